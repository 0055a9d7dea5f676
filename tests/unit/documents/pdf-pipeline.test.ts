/**
 * The whole PDF path: model -> HTML -> Chromium tagged print -> pdf-lib post-processing,
 * read back with poppler and pdf-lib, and compared with the Word file of the same model.
 * One Chromium for the file.
 */
import type { Browser } from '@playwright/test';
import mammoth from 'mammoth';
import { PDFBool, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TeamDocument } from '../../../shared/documents/model';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { renderDocx } from '../../../shared/documents/render-docx';
import { renderHtml } from '../../../shared/documents/render-html';
import { launchChromium, printHtml } from './chromium';
import { atkinsonFonts } from './fonts';
import { EVIL, hostileDocument } from './hostile';
import { pdfFonts, pdfInfo, pdfPageTexts, pdfXmp } from './pdf-tools';
import { CHILD_WORDS, NAMES, sampleDocument } from './sample';

const MARKING = 'OFFICIAL-SENSITIVE';
const DRAFT = 'DRAFT - not yet agreed with the family';

let browser: Browser;
const fonts = atkinsonFonts();

interface Printed {
  doc: TeamDocument;
  chromium: Uint8Array;
  final: Uint8Array;
}

async function printDocument(doc: TeamDocument): Promise<Printed> {
  const chromium = await printHtml(browser, renderHtml(doc, { fonts }));
  return { doc, chromium, final: await postProcessPdf(chromium, { metadata: doc.metadata }) };
}

/** Whitespace and bidi controls removed: line wrapping and pdftotext's bidi marks are not content. */
function squash(text: string): string {
  return text.normalize('NFC').replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, '');
}

/** The page text less the lines pdf-post drew (marking, warnings, page label). */
function bodyOf(pageText: string): string {
  return pageText.split('\n').filter((line) => {
    const l = line.trim();
    return l !== MARKING && l !== DRAFT && !/^(OFFICIAL-SENSITIVE )?Page \d+ of \d+$/.test(l);
  }).join('\n');
}

let draft: Printed;
let agreed: Printed;

beforeAll(async () => {
  browser = await launchChromium();
  draft = await printDocument(sampleDocument());
  agreed = await printDocument(sampleDocument({ draft: false, title: 'Agreed minutes' }));
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

describe('PDF from Chromium, post-processed', () => {
  it('is tagged before and after post-processing', () => {
    expect(pdfInfo(draft.chromium).Tagged).toBe('yes');
    const info = pdfInfo(draft.final);
    expect(info.Tagged).toBe('yes');
    expect(info.Pages).toBe(pdfInfo(draft.chromium).Pages);
    expect(Number(info.Pages)).toBeGreaterThan(2);
  });

  it('keeps the structure tree, the outline and /Lang en-GB', async () => {
    const pdf = await PDFDocument.load(draft.final, { updateMetadata: false });
    expect(pdf.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict).get(PDFName.of('Type'))?.toString()).toBe('/StructTreeRoot');
    expect(pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
    expect(pdf.catalog.get(PDFName.of('Outlines'))).toBeDefined();
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    for (const page of pdf.getPages()) expect(page.node.get(PDFName.of('StructParents'))).toBeDefined();
  });

  it('carries the title, author and subject in the Info dictionary and XMP', () => {
    const info = pdfInfo(draft.final);
    expect(info.Title).toBe(`Team Around the Family meeting: minutes for ${NAMES[1]}`);
    expect(info.Author).toBe(NAMES[0]);
    expect(info.Subject).toBe('Minutes of the review meeting');
    expect(info.Creator).toBe('Team Around');
    const xmp = pdfXmp(draft.final);
    expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>en-GB</rdf:li></rdf:Bag></dc:language>');
    expect(xmp).toContain('<dc:title>');
  });

  it('prints the marking, Page N of M and DRAFT on every page', () => {
    const pages = pdfPageTexts(draft.final);
    expect(pages.length).toBe(Number(pdfInfo(draft.final).Pages));
    pages.forEach((text, i) => {
      expect(text.match(new RegExp(MARKING, 'g'))?.length, `page ${i + 1}`).toBe(2);
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${pages.length}`);
      expect(text, `page ${i + 1}`).toContain(DRAFT);
    });
  });

  it('leaves DRAFT off an agreed document, keeping the marking and page numbers', () => {
    const pages = pdfPageTexts(agreed.final);
    pages.forEach((text, i) => {
      expect(text).not.toContain('DRAFT');
      expect(text).toContain(MARKING);
      expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    });
  });

  it('repeats the action table header on every page the table runs onto', () => {
    const pages = pdfPageTexts(draft.final).filter((text) => /Action \d+: agree/.test(text));
    expect(pages.length).toBeGreaterThan(1);
    for (const text of pages) expect(squash(text)).toContain(squash('Action Who By when Progress'));
  });

  it('prints in Atkinson Hyperlegible, embedded', () => {
    const fontList = pdfFonts(draft.final);
    expect(fontList).toMatch(/AtkinsonHyperlegible-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fontList).toMatch(/AtkinsonHyperlegible-Bold/);
  });

  it('says the same as the Word file of the same document', async () => {
    const word = (await mammoth.extractRawText({ buffer: Buffer.from(await renderDocx(draft.doc)) })).value;
    const paragraphs = word.split(/\n+/).map(squash).filter((t) => t !== '');
    expect(paragraphs.length).toBeGreaterThan(60);
    const pdfBody = squash(pdfPageTexts(draft.final).map(bodyOf).join('\n'));
    // Every Word paragraph is in the PDF ...
    for (const paragraph of paragraphs) expect(pdfBody, paragraph).toContain(paragraph);
    // ... and taking them all out (longest first; repeated table headers too) leaves only list markers.
    let rest = pdfBody;
    for (const paragraph of [...paragraphs].sort((a, b) => b.length - a.length)) rest = rest.split(paragraph).join('');
    expect(rest).toMatch(/^[0-9.•◦▪]*$/);
    expect(pdfBody).toContain(squash(CHILD_WORDS));
  });
});

describe('hostile text in the print window', () => {
  it('runs no script and prints the text as text', async () => {
    const html = renderHtml(hostileDocument(), { fonts });
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const result = await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: number }).pwned,
        scripts: document.querySelectorAll('script').length,
        images: document.querySelectorAll('img').length,
        title: document.title,
      }));
      expect(result).toEqual({ pwned: undefined, scripts: 0, images: 1, title: EVIL });
      const pdf = await postProcessPdf(new Uint8Array(await page.pdf({ tagged: true, format: 'A4' })), { metadata: hostileDocument().metadata });
      expect(squash(pdfPageTexts(pdf).join(''))).toContain(squash(EVIL));
    } finally {
      await context.close();
    }
  });
});
