/**
 * The minutes to PDF: the export's own function (documentPdf: the app's HTML renderer with the
 * family font, Chromium's tagged print, pdf-lib post-processing), vs a bare Chromium print of
 * equivalent plain HTML in the same font. Both print in the same already-open tab (as the app
 * keeps a hidden print window ready) with the same print options.
 */
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import type { PrintPdfRequest, PrintPdfResult } from '../../../shared/contract';
import { documentPdf } from '../../../renderer/documents/document-files';
import { floorFonts } from '../documents/fonts';
import { benchMinutes } from '../documents/minutes-content';
import { plainMinutesHtml } from '../documents/minutes-html-plain';
import { minutesDocument } from '../documents/minutes-model';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

/** Electron's PRINT_TO_PDF_OPTIONS (electron/ipc/print.ts) in Playwright's words. */
const PRINT_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

async function print(page: Page, html: string): Promise<Uint8Array<ArrayBuffer>> {
  await page.setContent(html, { waitUntil: 'load' });
  // Web fonts load on first use; print only once they have.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return Uint8Array.from(await page.pdf(PRINT_OPTIONS));
}

/** The bridge's printPdf, played by the already-open tab. */
export function printer(page: Page): (request: PrintPdfRequest) => Promise<PrintPdfResult> {
  return async (request) => ({ status: 'printed', data: await print(page, request.html) });
}

export const PDF_PATH: PathInfo = {
  id: 'minutes-pdf',
  path: 'Minutes (30 pages) to PDF',
  unit: 'ms',
  budget: { maxRatio: 1.5 },
};

export async function pdfRow(ctx: PathContext): Promise<BenchRow> {
  const { input, floor: content } = benchMinutes(ctx.seed);
  const fonts = floorFonts();
  const page = await ctx.browser.newPage();
  const printPdf = printer(page);
  let ours: Uint8Array = new Uint8Array();
  let floor: Uint8Array = new Uint8Array();
  try {
    const s = await alternate(
      ctx.runs,
      ctx.warmup,
      async () => {
        const start = performance.now();
        const made = await documentPdf(minutesDocument(input), printPdf);
        if (!(made instanceof Uint8Array)) throw new Error(`The minutes could not be printed: ${made.failed}`);
        ours = made;
        return performance.now() - start;
      },
      async () => {
        const start = performance.now();
        floor = await print(page, plainMinutesHtml(content, fonts));
        return performance.now() - start;
      },
    );
    const oursPages = (await PDFDocument.load(ours)).getPageCount();
    const floorPages = (await PDFDocument.load(floor)).getPageCount();
    return measuredRow(
      {
        ...PDF_PATH,
        note:
          `Minutes to PDF: the meeting's data -> shared/minutes minutesContent -> minutesDocument -> documentPdf (the export's own function: renderHtml with the family font's four faces as data: URLs -> setContent + page.pdf (tagged, outline, A4) in place of the print window -> postProcessPdf (pdf-lib: metadata, marking and page numbers on every page in the embedded family font)), ` +
          `${oursPages} pages, ${(ours.byteLength / 1024).toFixed(0)} KB; vs setContent + page.pdf with the same options of equivalent plain HTML in the same four faces, ${floorPages} pages, ` +
          `${(floor.byteLength / 1024).toFixed(0)} KB. Print tab already open; timed in Node around the whole path.`,
      },
      summarise(s.ours),
      summarise(s.floor),
      s,
    );
  } finally {
    await page.close();
  }
}
