import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import fontkit from '@pdf-lib/fontkit';
import { PDFArray, PDFBool, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream } from 'pdf-lib';
import { describe, expect, it, vi } from 'vitest';
import { documentOf } from '../../../shared/documents/builders';
import type { DocumentMetadataInput } from '../../../shared/documents/model';
import { postProcessPdf } from '../../../shared/documents/pdf-post';
import { pdfFonts, pdfInfo, pdfPageTexts } from './pdf-tools';

/** A small PDF shaped like Chromium's tagged output: /MarkInfo, /StructTreeRoot, /StructParents. */
async function taggedPdf(pages: number): Promise<{ bytes: Uint8Array; structTreeRoot: number }> {
  const pdf = await PDFDocument.create();
  const root = pdf.context.register(pdf.context.obj({ Type: 'StructTreeRoot', K: [] }));
  pdf.catalog.set(PDFName.of('StructTreeRoot'), root);
  pdf.catalog.set(PDFName.of('MarkInfo'), pdf.context.obj({ Marked: true }));
  for (let i = 0; i < pages; i++) {
    const page = pdf.addPage([595.92, 842.88]);
    page.node.set(PDFName.of('StructParents'), pdf.context.obj(i));
    page.drawText(`Body text on page ${i + 1}`, { x: 72, y: 700, size: 12 });
  }
  return { bytes: await pdf.save(), structTreeRoot: root.objectNumber };
}

function metadata(input: Partial<DocumentMetadataInput> = {}) {
  return documentOf({ title: 'Action plan', author: 'Sam Carter', ...input }, []).metadata;
}

/** The decoded text of the content stream pdf-post appended to a page. */
function lastContentStream(pdf: PDFDocument, index: number): string {
  const contents = pdf.getPage(index).node.Contents();
  if (!(contents instanceof PDFArray)) throw new Error('expected an array of content streams');
  const last = pdf.context.lookup(contents.get(contents.size() - 1));
  if (!(last instanceof PDFRawStream)) throw new Error('expected a raw stream');
  return Buffer.from(decodePDFRawStream(last).decode()).toString('latin1');
}

describe('PDF post-processing', () => {
  it('keeps the structure tree and marks every page, in place', async () => {
    const input = await taggedPdf(3);
    const output = await postProcessPdf(input.bytes, { metadata: metadata({ draft: true }) });
    const pdf = await PDFDocument.load(output);
    expect(pdf.getPageCount()).toBe(3);
    const root = pdf.catalog.get(PDFName.of('StructTreeRoot'));
    expect(root).toBeInstanceOf(PDFRef);
    expect((root as PDFRef).objectNumber).toBe(input.structTreeRoot);
    const markInfo = pdf.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(markInfo.get(PDFName.of('Marked'))).toBe(PDFBool.True);
    pdf.getPages().forEach((page, i) => expect(page.node.get(PDFName.of('StructParents'))?.toString()).toBe(String(i)));

    const texts = pdfPageTexts(output);
    expect(texts).toHaveLength(3);
    texts.forEach((text, i) => {
      expect(text).toContain(`Body text on page ${i + 1}`);
      expect(text.match(/OFFICIAL-SENSITIVE/g)).toHaveLength(2);
      expect(text).toContain(`Page ${i + 1} of 3`);
      expect(text).toContain('DRAFT - not yet agreed with the family');
    });
  });

  it('draws everything inside /Artifact marked-content sequences', async () => {
    const output = await postProcessPdf((await taggedPdf(2)).bytes, { metadata: metadata({ draft: true }) });
    const pdf = await PDFDocument.load(output);
    for (const index of [0, 1]) {
      const stream = lastContentStream(pdf, index);
      expect(stream).toMatch(/^\/Artifact <<\s*\/Type \/Pagination\s*\/Subtype \/Header\s*>> BDC/);
      expect(stream).toMatch(/\/Artifact <<\s*\/Type \/Pagination\s*\/Subtype \/Footer\s*>> BDC/);
      expect(stream.match(/ BDC\b/g)).toHaveLength(2);
      expect(stream.match(/\bEMC\b/g)).toHaveLength(2);
      // No text is shown outside an artifact: strip the artifacts and no Tj/TJ is left.
      const outside = stream.replace(/\/Artifact[\s\S]*?\bEMC\b/g, '');
      expect(outside).not.toMatch(/\bT[jJ]\b/);
    }
  });

  it('sets the metadata, /Lang and the XMP packet', async () => {
    const now = new Date('2027-03-01T12:00:00Z');
    const output = await postProcessPdf((await taggedPdf(1)).bytes, {
      metadata: metadata({ title: 'Plan for Ștefan Rădulescu', subject: 'Our plan', keywords: ['plan'], createdAt: '2027-02-14T10:30:00Z' }),
      now,
    });
    const info = pdfInfo(output);
    expect(info).toMatchObject({ Title: 'Plan for Ștefan Rădulescu', Author: 'Sam Carter', Subject: 'Our plan', Creator: 'Team Around', Tagged: 'yes' });
    expect(info.Producer).toContain('Team Around');
    const pdf = await PDFDocument.load(output, { updateMetadata: false });
    expect(pdf.catalog.get(PDFName.of('Lang'))?.toString()).toBe('(en-GB)');
    expect(pdf.getCreationDate()?.toISOString()).toBe('2027-02-14T10:30:00.000Z');
    expect(pdf.getModificationDate()?.toISOString()).toBe(now.toISOString());
    const viewer = pdf.catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict);
    expect(viewer.get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
    const xmp = pdf.catalog.lookup(PDFName.of('Metadata'));
    if (!(xmp instanceof PDFRawStream)) throw new Error('expected an XMP stream');
    const packet = Buffer.from(xmp.getContents()).toString('latin1');
    expect(packet).toContain('<rdf:li xml:lang="x-default">Plan for &#x218;tefan R&#x103;dulescu</rdf:li>');
    expect(packet).toContain('<rdf:li>en-GB</rdf:li>');
  });

  it('leaves DRAFT off agreed documents, and draws what Helvetica cannot show as ?', async () => {
    const output = await postProcessPdf((await taggedPdf(1)).bytes, { metadata: metadata({ marking: 'OFFICIAL – Ș' }) });
    const [text] = pdfPageTexts(output);
    expect(text).not.toContain('DRAFT');
    expect(text).toContain('OFFICIAL – ?');
  });

  it('parses the family font once for many documents, and gives each document a subset of its own', async () => {
    const require = createRequire(import.meta.url);
    const face = (file: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${file}`)));
    const font = { bytes: face('400Regular/AtkinsonHyperlegible_400Regular.ttf'), boldBytes: face('700Bold/AtkinsonHyperlegible_700Bold.ttf') };
    const create = vi.fn(fontkit.create.bind(fontkit));
    const counting = { create };
    const first = await postProcessPdf((await taggedPdf(2)).bytes, { metadata: metadata({ marking: 'OFFICIAL' }), font: { ...font, fontkit: counting } });
    // The second document needs letters the first never drew: its own subset must carry them.
    const second = await postProcessPdf((await taggedPdf(3)).bytes, { metadata: metadata({ marking: 'OFFICIAL – Ștefan Rădulescu' }), font: { ...font, fontkit: counting } });
    expect(create).toHaveBeenCalledTimes(2);
    expect(pdfPageTexts(first)[1]).toContain('Page 2 of 2');
    pdfPageTexts(second).forEach((text, i) => {
      expect(text.match(/OFFICIAL – Ștefan Rădulescu/g)).toHaveLength(2);
      expect(text).toContain(`Page ${i + 1} of 3`);
    });
    for (const output of [first, second]) expect(pdfFonts(output)).toMatch(/AtkinsonHyperlegible-Bold\S*\s+CID TrueType\s+Identity-H\s+yes/);
  });

  it('lays each stamped line out once a session, and stamps a document again to the same bytes', async () => {
    const require = createRequire(import.meta.url);
    const face = (file: string) => new Uint8Array(readFileSync(require.resolve(`@expo-google-fonts/atkinson-hyperlegible/${file}`)));
    const laidOut: string[] = [];
    const counting = {
      create(bytes: Uint8Array) {
        const font = fontkit.create(bytes);
        const layout = font.layout.bind(font);
        font.layout = (text, features) => {
          laidOut.push(text);
          return layout(text, features);
        };
        return font;
      },
    };
    const font = { bytes: face('400Regular/AtkinsonHyperlegible_400Regular.ttf'), boldBytes: face('700Bold/AtkinsonHyperlegible_700Bold.ttf'), fontkit: counting };
    const { bytes } = await taggedPdf(2);
    const options = { metadata: metadata({ marking: 'OFFICIAL' }), font, now: new Date('2026-11-23T18:00:00Z') };
    const first = await postProcessPdf(bytes, options);
    const second = await postProcessPdf(bytes, options);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(laidOut.filter((text) => text === 'Page 2 of 2')).toHaveLength(1);
    expect(laidOut.filter((text) => text === 'OFFICIAL')).toHaveLength(1);
    expect(pdfPageTexts(second)[1]).toContain('Page 2 of 2');
  });

  it('refuses bytes that are not a PDF', async () => {
    await expect(postProcessPdf(new Uint8Array([1, 2, 3]), { metadata: metadata() })).rejects.toThrow();
  });
});
