/**
 * A document's Word and PDF files, the one way every screen makes them: the family font
 * declared in the printed page and embedded in the PDF (the marking and page numbers drawn
 * afterwards included) and in the Word file. Loaded only when a file is asked for: the Word and
 * PDF libraries and the font are most of the app's code and are not needed to open it.
 */
import type { FileKind, PrintPdfRequest, PrintPdfResult } from '../../shared/contract';
import type { TeamDocument } from '../../shared/documents/model';
import { postProcessPdf, type PdfFont } from '../../shared/documents/pdf-post';
import { renderDocx } from '../../shared/documents/render-docx';
import { FILE_KIND_TABLE } from '../../shared/file-kinds';
import { renderHtml, type FontSources } from '../../shared/documents/render-html';

export type PrintPdf = (request: PrintPdfRequest) => Promise<PrintPdfResult>;

// The font files and fontkit are chunks of their own, loaded with the first file made.
const familyFont = () => import('./family-font');

/**
 * Loads the file-making code and the family font, and decodes the font's faces, ahead of the first
 * file: called when a screen that makes files opens, so the wait after "Make and save" is the
 * file's own.
 */
export async function prepareDocumentFiles(): Promise<void> {
  const [{ familyFontFiles }] = await Promise.all([familyFont(), import('@pdf-lib/fontkit')]);
  familyFontFiles();
}

export async function documentDocx(doc: TeamDocument): Promise<Uint8Array> {
  const { familyFontFiles } = await familyFont();
  return renderDocx(doc, { font: familyFontFiles() });
}

/** The family font as the print page declares it and as the PDF's stamping embeds it. */
export async function familyFontParts(): Promise<{ sources: FontSources; font: PdfFont }> {
  const [{ familyFontFiles, familyFontSources }, { default: fontkit }] = await Promise.all([familyFont(), import('@pdf-lib/fontkit')]);
  const files = familyFontFiles();
  return { sources: familyFontSources, font: { bytes: files.regular, boldBytes: files.bold, fontkit } };
}

/** The PDF's bytes, or why it could not be printed. */
export async function documentPdf(doc: TeamDocument, print: PrintPdf): Promise<Uint8Array | { failed: string }> {
  const { sources, font } = await familyFontParts();
  const html = renderHtml(doc, { fonts: sources });
  const printed = await print({ html, title: doc.metadata.title });
  if (printed.status === 'failed') return { failed: printed.message };
  return postProcessPdf(printed.data, { metadata: doc.metadata, font });
}

export type DocumentFormat = Extract<FileKind, 'docx' | 'pdf'>;


/** A document made into a file, ready for the save dialog. */
export interface DocumentFile {
  name: string;
  kind: DocumentFormat;
  mime: string;
  data: Uint8Array<ArrayBuffer>;
}

export interface DocumentFileOptions {
  /** The file name for an extension ("docx" or "pdf"). */
  name: (extension: DocumentFormat) => string;
  /** Prints the PDF's pages (the bridge's printPdf); not used for Word. */
  print: PrintPdf;
}

/** The one way a screen turns a document into a Word or PDF file; when the PDF cannot be printed, why. */
export async function makeDocumentFile(doc: TeamDocument, format: DocumentFormat, options: DocumentFileOptions): Promise<DocumentFile | { failed: string }> {
  const made = format === 'docx' ? await documentDocx(doc) : await documentPdf(doc, options.print);
  if (!(made instanceof Uint8Array)) return made;
  return { name: options.name(format), kind: format, mime: FILE_KIND_TABLE[format].mime, data: new Uint8Array(made) };
}
