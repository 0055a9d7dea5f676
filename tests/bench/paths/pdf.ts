/**
 * The minutes to PDF: the app's HTML renderer, Chromium's tagged print and pdf-lib
 * post-processing, vs a bare Chromium print of equivalent plain HTML. Both print in the same
 * already-open tab (as the app keeps a hidden print window ready) with the same print options.
 */
import type { Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderHtml } from '../../../shared/documents/render-html';
import { printFonts } from '../documents/fonts';
import { benchMinutes } from '../documents/minutes-content';
import { plainMinutesHtml } from '../documents/minutes-html-plain';
import { minutesDocument } from '../documents/minutes-model';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

const NOW = new Date('2026-11-23T17:00:00Z');
const PRINT_OPTIONS = { format: 'A4', printBackground: true, preferCSSPageSize: true, tagged: true, outline: true } as const;

async function print(page: Page, html: string): Promise<Uint8Array> {
  await page.setContent(html, { waitUntil: 'load' });
  // Web fonts load on first use; print only once they have (a no-op for the plain page).
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  return new Uint8Array(await page.pdf(PRINT_OPTIONS));
}

export const PDF_PATH: PathInfo = {
  id: 'minutes-pdf',
  path: 'Minutes (30 pages) to PDF',
  unit: 'ms',
  budget: { maxRatio: 1.5 },
};

export async function pdfRow(ctx: PathContext): Promise<BenchRow> {
  const { input, floor: content } = benchMinutes(ctx.seed);
  const fonts = printFonts();
  const page = await ctx.browser.newPage();
  let ours: Uint8Array = new Uint8Array();
  let floor: Uint8Array = new Uint8Array();
  try {
    const s = await alternate(
      ctx.runs,
      ctx.warmup,
      async () => {
        const start = performance.now();
        const doc = minutesDocument(input);
        const printed = await print(page, renderHtml(doc, { fonts }));
        ours = await postProcessPdf(printed, { metadata: doc.metadata, now: NOW });
        return performance.now() - start;
      },
      async () => {
        const start = performance.now();
        floor = await print(page, plainMinutesHtml(content));
        return performance.now() - start;
      },
    );
    const oursPages = (await PDFDocument.load(ours)).getPageCount();
    const floorPages = (await PDFDocument.load(floor)).getPageCount();
    return measuredRow(
      {
        ...PDF_PATH,
        note:
          `Minutes to PDF: the meeting's data -> shared/minutes minutesContent -> minutesDocument -> renderHtml (Atkinson Hyperlegible as data: URLs) -> setContent + page.pdf (tagged, outline, A4) -> postProcessPdf (pdf-lib: metadata, marking and page numbers on every page), ` +
          `${oursPages} pages, ${(ours.byteLength / 1024).toFixed(0)} KB; vs setContent + page.pdf with the same options of equivalent plain HTML, ${floorPages} pages, ` +
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
