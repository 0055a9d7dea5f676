/**
 * The Word and PDF rows measure the export's own path. Spies sit on what the export calls
 * (renderDocx, renderHtml, postProcessPdf); each row is run once, then the export button's
 * makeDocumentFile is run on the same minutes, and each row must have passed the very same font
 * objects (the family font's files, the print page's font sources, the PDF's font and fontkit)
 * and an equal document. A row that made its file another way (renderDocx without the font,
 * fonts of its own, another print page) fails here.
 */
import { chromium, type Browser, type BrowserContext } from '@playwright/test';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { postProcessPdf } from '../../shared/documents/pdf-post';
import { renderDocx } from '../../shared/documents/render-docx';
import { renderHtml } from '../../shared/documents/render-html';
import type * as PdfPost from '../../shared/documents/pdf-post';
import type * as RenderDocx from '../../shared/documents/render-docx';
import type * as RenderHtml from '../../shared/documents/render-html';
import { makeDocumentFile } from '../../renderer/documents/document-files';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './browser';
import { TINY_CASELOAD } from './caseload';
import { benchMinutes } from './documents/minutes-content';
import { minutesDocument } from './documents/minutes-model';
import type { PathContext } from './paths/context';
import { docxRow } from './paths/docx';
import { pdfRow, printer } from './paths/pdf';

vi.mock('../../shared/documents/render-docx', async (importOriginal) => {
  const actual = await importOriginal<typeof RenderDocx>();
  return { ...actual, renderDocx: vi.fn(actual.renderDocx) };
});
vi.mock('../../shared/documents/render-html', async (importOriginal) => {
  const actual = await importOriginal<typeof RenderHtml>();
  return { ...actual, renderHtml: vi.fn(actual.renderHtml) };
});
vi.mock('../../shared/documents/pdf-post', async (importOriginal) => {
  const actual = await importOriginal<typeof PdfPost>();
  return { ...actual, postProcessPdf: vi.fn(actual.postProcessPdf) };
});

const SEED = 7;

describe('the Word and PDF rows run the export button\'s path', () => {
  let browser: Browser;
  let context: BrowserContext;
  let ctx: PathContext;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    context = await browser.newContext({ locale: 'en-GB', timezoneId: 'Europe/London' });
    const benchPage = await context.newPage();
    ctx = { runs: 1, quickRuns: 1, warmup: 0, seed: SEED, size: TINY_CASELOAD, pbkdf2Iterations: 1, browser: context, benchPage, origin: '', distDir: '', log: () => undefined };
  }, 60_000);
  afterAll(async () => {
    await browser.close();
  });

  it('Word: the row embeds the same font files in an equal document as the export', async () => {
    vi.mocked(renderDocx).mockClear();
    await docxRow(ctx);
    expect(vi.mocked(renderDocx)).toHaveBeenCalledTimes(1);
    const [rowDoc, rowOptions] = vi.mocked(renderDocx).mock.calls[0] ?? [];

    vi.mocked(renderDocx).mockClear();
    const made = await makeDocumentFile(minutesDocument(benchMinutes(SEED).input), 'docx', { name: (ext) => `minutes.${ext}`, print: printer(ctx.benchPage) });
    expect(made).toHaveProperty('kind', 'docx');
    const [productDoc, productOptions] = vi.mocked(renderDocx).mock.calls[0] ?? [];

    expect(rowDoc).toEqual(productDoc);
    // The export really embeds the family font: a whole face's bytes, not an empty stand-in.
    expect(productOptions?.font?.regular.byteLength).toBeGreaterThan(10_000);
    expect(rowOptions?.font).toBe(productOptions?.font);
  }, 60_000);

  it('PDF: the row prints the same page fonts and stamps with the same embedded font as the export', async () => {
    vi.mocked(renderHtml).mockClear();
    vi.mocked(postProcessPdf).mockClear();
    await pdfRow(ctx);
    expect(vi.mocked(renderHtml)).toHaveBeenCalledTimes(1);
    expect(vi.mocked(postProcessPdf)).toHaveBeenCalledTimes(1);
    const [rowDoc, rowHtml] = vi.mocked(renderHtml).mock.calls[0] ?? [];
    const rowPost = vi.mocked(postProcessPdf).mock.calls[0]?.[1];

    vi.mocked(renderHtml).mockClear();
    vi.mocked(postProcessPdf).mockClear();
    const made = await makeDocumentFile(minutesDocument(benchMinutes(SEED).input), 'pdf', { name: (ext) => `minutes.${ext}`, print: printer(ctx.benchPage) });
    expect(made).toHaveProperty('kind', 'pdf');
    const [productDoc, productHtml] = vi.mocked(renderHtml).mock.calls[0] ?? [];
    const productPost = vi.mocked(postProcessPdf).mock.calls[0]?.[1];

    expect(rowDoc).toEqual(productDoc);
    expect(productHtml?.fonts?.regular).toMatch(/^data:/);
    expect(rowHtml?.fonts).toBe(productHtml?.fonts);
    expect(productPost?.font?.bytes.byteLength).toBeGreaterThan(10_000);
    expect(rowPost?.font?.bytes).toBe(productPost?.font?.bytes);
    expect(rowPost?.font?.boldBytes).toBe(productPost?.font?.boldBytes);
    expect(rowPost?.font?.fontkit).toBe(productPost?.font?.fontkit);
    expect(rowPost?.metadata).toEqual(productPost?.metadata);
  }, 120_000);
});
