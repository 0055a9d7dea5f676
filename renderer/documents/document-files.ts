/**
 * A document's Word and PDF files, the one way every screen makes them: the family font
 * declared in the printed page and embedded in the PDF (the marking and page numbers drawn
 * afterwards included) and in the Word file. Loaded only when a file is asked for: the Word and
 * PDF libraries and the font are most of the app's code and are not needed to open it.
 */
import fontkit from '@pdf-lib/fontkit';
import type { PrintPdfRequest, PrintPdfResult } from '../../shared/contract';
import type { TeamDocument } from '../../shared/documents/model';
import { postProcessPdf } from '../../shared/documents/pdf-post';
import { renderDocx } from '../../shared/documents/render-docx';
import { renderHtml } from '../../shared/documents/render-html';
import { familyFontFiles, familyFontSources } from './family-font';

export type PrintPdf = (request: PrintPdfRequest) => Promise<PrintPdfResult>;

export function documentDocx(doc: TeamDocument): Promise<Uint8Array> {
  return renderDocx(doc, { font: familyFontFiles() });
}

/** The PDF's bytes, or why it could not be printed. */
export async function documentPdf(doc: TeamDocument, print: PrintPdf): Promise<Uint8Array | { failed: string }> {
  const printed = await print({ html: renderHtml(doc, { fonts: familyFontSources }), title: doc.metadata.title });
  if (printed.status === 'failed') return { failed: printed.message };
  const font = familyFontFiles();
  return postProcessPdf(printed.data, { metadata: doc.metadata, font: { bytes: font.regular, boldBytes: font.bold, fontkit } });
}
