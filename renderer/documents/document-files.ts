/**
 * A document's Word and PDF files, the one way every screen makes them: the family font
 * declared in the printed page and embedded in the PDF (the marking and page numbers drawn
 * afterwards included) and in the Word file. Loaded only when a file is asked for: the Word and
 * PDF libraries and the font are most of the app's code and are not needed to open it.
 */
import type { PrintPdfRequest, PrintPdfResult } from '../../shared/contract';
import type { TeamDocument } from '../../shared/documents/model';
import { postProcessPdf } from '../../shared/documents/pdf-post';
import { renderDocx } from '../../shared/documents/render-docx';
import { renderHtml } from '../../shared/documents/render-html';

export type PrintPdf = (request: PrintPdfRequest) => Promise<PrintPdfResult>;

// The font files and fontkit are chunks of their own, loaded with the first file made.
const familyFont = () => import('./family-font');

export async function documentDocx(doc: TeamDocument): Promise<Uint8Array> {
  const { familyFontFiles } = await familyFont();
  return renderDocx(doc, { font: familyFontFiles() });
}

/** The PDF's bytes, or why it could not be printed. */
export async function documentPdf(doc: TeamDocument, print: PrintPdf): Promise<Uint8Array | { failed: string }> {
  const [{ familyFontFiles, familyFontSources }, { default: fontkit }] = await Promise.all([familyFont(), import('@pdf-lib/fontkit')]);
  const printed = await print({ html: renderHtml(doc, { fonts: familyFontSources }), title: doc.metadata.title });
  if (printed.status === 'failed') return { failed: printed.message };
  const font = familyFontFiles();
  return postProcessPdf(printed.data, { metadata: doc.metadata, font: { bytes: font.regular, boldBytes: font.bold, fontkit } });
}
