import { BrowserWindow, session } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  PRINT_FAILED_MESSAGE,
  PRINT_PARTITION,
  PRINT_TO_PDF_OPTIONS,
  type PrintSurface,
  createPdfPrinter,
  createPrintWindowHost,
  setUpPrintSession,
} from '../../../electron/ipc/print';
import { PRINT_CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { BrowserWindow as MockBrowserWindow, resetElectronMock, session as mockSession } from '../../mocks/electron';

vi.mock('electron', () => import('../../mocks/electron'));

beforeEach(() => resetElectronMock());

/** A print surface that, like the real window, asks the print session's protocol for the page it loads. */
function fakeSurface(pages: Map<string, string>) {
  const seen: string[] = [];
  const surface = {
    loadURL: vi.fn(async (url: string) => {
      if (new URL(url).protocol === 'app:') seen.push(pages.get(new URL(url).pathname) ?? '(missing)');
    }),
    printToPDF: vi.fn<PrintSurface['printToPDF']>(async () => Buffer.from('%PDF-1.7 fake')),
  };
  return { surface, seen };
}

const REQUEST = { html: '<!doctype html><h1>Minutes</h1><p>Jayden</p>', title: 'Minutes' };

describe('printPdf', () => {
  it('prints with tagging, an outline, backgrounds, CSS page size and A4', () => {
    expect(PRINT_TO_PDF_OPTIONS).toEqual({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      printBackground: true,
      preferCSSPageSize: true,
      pageSize: 'A4',
    });
  });

  it('loads the HTML from an in-memory app route, prints it, returns bytes, and forgets the page', async () => {
    const pages = new Map<string, string>();
    const { surface, seen } = fakeSurface(pages);
    const print = createPdfPrinter({ pages, getSurface: () => surface, newToken: () => 'token-1' });

    const result = await print(REQUEST);
    expect(result.status).toBe('printed');
    expect(result.status === 'printed' && Buffer.from(result.data).toString()).toBe('%PDF-1.7 fake');
    expect(result.status === 'printed' && Object.getPrototypeOf(result.data)).toBe(Uint8Array.prototype);
    expect(surface.loadURL.mock.calls[0]).toEqual(['app://team-around/print/token-1.html']);
    expect(seen).toEqual([REQUEST.html]);
    expect(surface.printToPDF).toHaveBeenCalledWith(PRINT_TO_PDF_OPTIONS);
    expect(pages.size).toBe(0);
    // The hidden window does not keep showing the document.
    expect(surface.loadURL.mock.calls.at(-1)).toEqual(['about:blank']);
  });

  it('uses a fresh unguessable token for each document', async () => {
    const pages = new Map<string, string>();
    const { surface } = fakeSurface(pages);
    const print = createPdfPrinter({ pages, getSurface: () => surface });
    await print(REQUEST);
    await print(REQUEST);
    const urls = surface.loadURL.mock.calls.map(([url]) => url).filter((url) => url !== 'about:blank');
    expect(new Set(urls).size).toBe(2);
    for (const url of urls) expect(url).toMatch(/^app:\/\/team-around\/print\/[0-9a-f-]{36}\.html$/);
  });

  it('reports a plain failure, and still forgets the page, when printing fails', async () => {
    const pages = new Map<string, string>();
    const { surface } = fakeSurface(pages);
    surface.printToPDF.mockRejectedValueOnce(new Error('Printing failed'));
    const print = createPdfPrinter({ pages, getSurface: () => surface });
    await expect(print(REQUEST)).resolves.toEqual({ status: 'failed', message: PRINT_FAILED_MESSAGE });
    expect(pages.size).toBe(0);
  });

  it('prints one document at a time in the one window', async () => {
    const pages = new Map<string, string>();
    const { surface } = fakeSurface(pages);
    let active = 0;
    let maxActive = 0;
    surface.printToPDF.mockImplementation(async () => {
      active += 1;
      maxActive = Math.max(maxActive, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active -= 1;
      return Buffer.from('%PDF');
    });
    const print = createPdfPrinter({ pages, getSurface: () => surface });
    const results = await Promise.all([print(REQUEST), print(REQUEST), print(REQUEST)]);
    expect(results.map((r) => r.status)).toEqual(['printed', 'printed', 'printed']);
    expect(maxActive).toBe(1);
  });
});

describe('createPrintWindowHost', () => {
  it('creates the hidden window once and reuses it', () => {
    const create = vi.fn(() => new BrowserWindow({ show: false }));
    const host = createPrintWindowHost(create);
    expect(create).not.toHaveBeenCalled();
    const first = host.surface();
    expect(host.surface()).toBe(first);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('destroys it on request and makes a new one if needed again', () => {
    const host = createPrintWindowHost(() => new BrowserWindow({ show: false }));
    host.surface();
    host.destroy();
    expect(MockBrowserWindow.created[0]?.destroyed).toBe(true);
    host.surface();
    expect(MockBrowserWindow.created).toHaveLength(2);
  });
});

describe('setUpPrintSession', () => {
  it('locks the print session down and serves pages from memory with the print CSP', async () => {
    const printSession = session.fromPartition(PRINT_PARTITION);
    const pages = new Map([['/print/t.html', '<p>doc</p>']]);
    setUpPrintSession(printSession, '/nowhere', pages);

    const mock = mockSession.partitions.get(PRINT_PARTITION);
    expect(PRINT_PARTITION.startsWith('persist:')).toBe(false);
    const callback = vi.fn();
    mock?.permissionRequestHandler?.({}, 'media', callback, {});
    expect(callback).toHaveBeenCalledWith(false);

    const handler = mock?.protocol.handlers.get('app');
    const response = await handler?.(new Request('app://team-around/print/t.html'));
    expect(await response?.text()).toBe('<p>doc</p>');
    expect(response?.headers.get('content-security-policy')).toBe(PRINT_CONTENT_SECURITY_POLICY);

    let headers: Record<string, string[]> | undefined;
    mock?.headersReceived?.({ url: 'app://team-around/print/t.html', responseHeaders: {} }, (r) => {
      headers = r.responseHeaders;
    });
    expect(headers).toEqual({ 'Content-Security-Policy': [PRINT_CONTENT_SECURITY_POLICY] });
  });
});
