/**
 * HTML -> tagged PDF through Chromium's print path, in one reused hidden window.
 *
 * The HTML is served from memory at app://team-around/print/<random>.html in the print
 * window's own in-memory session, not loaded as a data: URL: Chromium refuses to navigate to
 * URLs over 2 MB (a long set of minutes passes that easily), and a data: page has an opaque
 * origin, so the app's fonts and styles ('self') would not load. Nothing is written to disk,
 * and the page is dropped from memory as soon as the PDF is made.
 */
import { randomUUID } from 'node:crypto';
import type { BrowserWindow, PrintToPDFOptions, Session } from 'electron';
import { APP_ORIGIN, type PrintPdfRequest, type PrintPdfResult } from '../../shared/contract';
import { registerAppProtocol } from '../protocol';
import { PRINT_CONTENT_SECURITY_POLICY, installSessionPolicy } from '../security';

export const PRINT_TO_PDF_OPTIONS = {
  generateTaggedPDF: true,
  generateDocumentOutline: true,
  printBackground: true,
  preferCSSPageSize: true,
  // Chromium's default is US Letter; documents that set their own @page size still win.
  pageSize: 'A4',
} as const satisfies PrintToPDFOptions;

/** No `persist:` prefix: Chromium keeps this session in memory only. */
export const PRINT_PARTITION = 'team-around-print';

export const PRINT_FAILED_MESSAGE = 'The PDF could not be made. Try again; if it keeps happening, restart Team Around.';

/** What printing needs from a webContents. */
export interface PrintSurface {
  loadURL(url: string): Promise<void>;
  printToPDF(options: PrintToPDFOptions): Promise<Uint8Array>;
}

export interface PdfPrinterDeps {
  /** Shared with the print session's protocol handler. */
  pages: Map<string, string>;
  getSurface: () => PrintSurface;
  newToken?: () => string;
}

export function createPdfPrinter({ pages, getSurface, newToken = randomUUID }: PdfPrinterDeps): (request: PrintPdfRequest) => Promise<PrintPdfResult> {
  async function printOne(request: PrintPdfRequest): Promise<PrintPdfResult> {
    const pagePath = `/print/${newToken()}.html`;
    pages.set(pagePath, request.html);
    const surface = getSurface();
    try {
      await surface.loadURL(`${APP_ORIGIN}${pagePath}`);
      const pdf = await surface.printToPDF(PRINT_TO_PDF_OPTIONS);
      // A plain copy: Electron hands back a Buffer that may share a larger pool.
      return { status: 'printed', data: new Uint8Array(pdf) };
    } catch {
      return { status: 'failed', message: PRINT_FAILED_MESSAGE };
    } finally {
      pages.delete(pagePath);
      // Do not leave the document on display in the hidden window.
      await surface.loadURL('about:blank').catch(() => undefined);
    }
  }

  // One window, so one print at a time.
  let queue: Promise<unknown> = Promise.resolve();
  return (request) => {
    const run = queue.then(() => printOne(request));
    queue = run.catch(() => undefined);
    return run;
  };
}

/** The print session gets the same rules as the app's, a print CSP, and pages served from memory. */
export function setUpPrintSession(printSession: Session, rendererDir: string, pages: ReadonlyMap<string, string>): void {
  installSessionPolicy(printSession, { csp: PRINT_CONTENT_SECURITY_POLICY });
  registerAppProtocol(printSession.protocol, rendererDir, { csp: PRINT_CONTENT_SECURITY_POLICY, pages });
}

/** Creates the hidden window on first use and keeps it: a cold one costs 0.7-0.9 s per print. */
export function createPrintWindowHost(create: () => BrowserWindow): { surface: () => PrintSurface; destroy: () => void } {
  let window: BrowserWindow | null = null;
  return {
    surface() {
      if (window === null || window.isDestroyed()) window = create();
      return window.webContents;
    },
    destroy() {
      if (window !== null && !window.isDestroyed()) window.destroy();
      window = null;
    },
  };
}
