/**
 * Post-processing of Chromium's tagged PDF with pdf-lib (pure JavaScript): document
 * metadata, /Lang, and on every page the protective marking (top and bottom centre),
 * "Page X of Y" (bottom right) and the draft/practice warnings (top centre).
 *
 * The pages are changed in place, never copied into a new document, so the structure tree
 * (/StructTreeRoot, /MarkInfo, each page's /StructParents) that makes the PDF accessible is
 * kept. Everything drawn is wrapped as a pagination artifact (/Artifact BDC ... EMC), which
 * screen readers skip and which does not need a place in the structure tree.
 */
import {
  PDFDocument,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  StandardFonts,
  rgb,
  type PDFDict,
  type PDFFont,
  type PDFPage,
  type RGB,
} from 'pdf-lib';
import { defaultLayout, pageLabel, pageWords, warningSizePt, WARNING_LINE_GAP_PT, type Layout } from './layout';
import type { DocumentMetadata } from './model';
import { cleanLine } from './sanitise';
import { xmpPacket } from './pdf-xmp';

/** @pdf-lib/fontkit's instance type, as pdf-lib's registerFontkit declares it. */
export type Fontkit = Parameters<PDFDocument['registerFontkit']>[0];

/** The family font to embed for the drawn text (TTF/OTF; WOFF needs a fontkit that reads WOFF). */
export interface PdfFont {
  bytes: Uint8Array;
  /** The bold face, for the marking and the DRAFT wording; the regular face is used without it. */
  boldBytes?: Uint8Array;
  /** @pdf-lib/fontkit: pdf-lib cannot read font files without it. */
  fontkit: Fontkit;
}

export interface PdfPostOptions {
  metadata: DocumentMetadata;
  layout?: Layout;
  /** Without it the standard Helvetica is used, which is not embedded: every app caller passes the family font. */
  font?: PdfFont;
  now?: Date;
  producer?: string;
}

export const PDF_CREATOR = 'Team Around';
const POINTS_PER_MM = 72 / 25.4;

/** One operand of a content-stream operator (pdf-lib does not export the type by name). */
type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];

interface Fonts {
  regular: PDFFont;
  strong: PDFFont;
}

async function embedFonts(pdf: PDFDocument, font: PdfFont | undefined): Promise<Fonts> {
  if (font === undefined) {
    return { regular: await pdf.embedFont(StandardFonts.Helvetica), strong: await pdf.embedFont(StandardFonts.HelveticaBold) };
  }
  pdf.registerFontkit(font.fontkit);
  const regular = await pdf.embedFont(font.bytes, { subset: true });
  const strong = font.boldBytes === undefined ? regular : await pdf.embedFont(font.boldBytes, { subset: true });
  return { regular, strong };
}

/** Replaces characters the font cannot show (Helvetica only has WinAnsi) so drawing never throws. */
function drawable(text: string, font: PDFFont): string {
  const supported = new Set(font.getCharacterSet());
  return Array.from(cleanLine(text), (ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

function colour(hex: string): RGB {
  const n = Number.parseInt(hex, 16);
  return rgb(((n >> 16) & 255) / 255, ((n >> 8) & 255) / 255, (n & 255) / 255);
}

/**
 * `/Artifact <</Type /Pagination /Subtype /Header>> BDC`. pdf-lib's PDFOperatorArg type leaves
 * out PDFDict, but PDFOperator writes any PDFObject operand with its own serialiser, so the
 * property list is passed through this one narrowing.
 */
function beginArtifact(pdf: PDFDocument, subtype: 'Header' | 'Footer'): PDFOperator {
  const properties: PDFDict = pdf.context.obj({ Type: 'Pagination', Subtype: subtype });
  return PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Artifact'), properties as unknown as OperatorArg]);
}

function endArtifact(): PDFOperator {
  return PDFOperator.of(PDFOperatorNames.EndMarkedContent);
}

interface Line {
  text: string;
  font: PDFFont;
  size: number;
  colour: RGB;
  align: 'centre' | 'right';
}

function drawLine(page: PDFPage, line: Line, y: number, rightEdge: number): void {
  const text = drawable(line.text, line.font);
  if (text === '') return;
  const width = line.font.widthOfTextAtSize(text, line.size);
  const box = page.getMediaBox();
  const x = line.align === 'centre' ? box.x + (box.width - width) / 2 : rightEdge - width;
  page.drawText(text, { x, y, size: line.size, font: line.font, color: line.colour });
}

function drawArtifact(pdf: PDFDocument, page: PDFPage, subtype: 'Header' | 'Footer', draw: () => void): void {
  page.pushOperators(beginArtifact(pdf, subtype));
  draw();
  page.pushOperators(endArtifact());
}

function markPages(pdf: PDFDocument, metadata: DocumentMetadata, layout: Layout, fonts: Fonts): void {
  const words = pageWords(layout, metadata);
  const size = layout.marking.sizePt;
  const warningSize = warningSizePt(layout);
  const inset = layout.page.markingInsetMm * POINTS_PER_MM;
  const text = colour(layout.colours.text);
  const pages = pdf.getPages();
  pages.forEach((page, index) => {
    const box = page.getMediaBox();
    const rightEdge = box.x + box.width - layout.page.marginsMm.right * POINTS_PER_MM;
    const top = box.y + box.height - inset - size;
    const bottom = box.y + inset;
    drawArtifact(pdf, page, 'Header', () => {
      drawLine(page, { text: words.header, font: fonts.strong, size, colour: text, align: 'centre' }, top, rightEdge);
      words.warnings.forEach((warning, i) => {
        const y = top - (i + 1) * (warningSize + WARNING_LINE_GAP_PT);
        drawLine(page, { text: warning, font: fonts.strong, size: warningSize, colour: colour(layout.colours.draft), align: 'centre' }, y, rightEdge);
      });
    });
    drawArtifact(pdf, page, 'Footer', () => {
      const footerFont = metadata.plainFooter === undefined ? fonts.strong : fonts.regular;
      drawLine(page, { text: words.footer, font: footerFont, size, colour: text, align: 'centre' }, bottom, rightEdge);
      drawLine(page, { text: pageLabel(layout, index + 1, pages.length), font: fonts.regular, size, colour: text, align: 'right' }, bottom, rightEdge);
    });
  });
}

function setMetadata(pdf: PDFDocument, metadata: DocumentMetadata, now: Date, producer: string): void {
  const created = metadata.createdAt === undefined ? now : new Date(metadata.createdAt);
  pdf.setTitle(cleanLine(metadata.title), { showInWindowTitleBar: true });
  pdf.setAuthor(cleanLine(metadata.author));
  pdf.setSubject(cleanLine(metadata.subject));
  pdf.setKeywords(metadata.keywords.map(cleanLine));
  pdf.setCreator(PDF_CREATOR);
  pdf.setProducer(producer);
  pdf.setLanguage(metadata.language);
  pdf.setCreationDate(created);
  pdf.setModificationDate(now);
  // The XMP packet says the same as the Info dictionary (PDF 2.0 readers use only XMP).
  const xmp = pdf.context.stream(xmpPacket({ metadata, created, modified: now, creator: PDF_CREATOR, producer }), {
    Type: 'Metadata',
    Subtype: 'XML',
  });
  pdf.catalog.set(PDFName.of('Metadata'), pdf.context.register(xmp));
}

/** Adds metadata and page markings to Chromium's PDF; returns the new file. */
export async function postProcessPdf(input: Uint8Array, options: PdfPostOptions): Promise<Uint8Array> {
  const layout = options.layout ?? defaultLayout;
  const now = options.now ?? new Date();
  const pdf = await PDFDocument.load(input, { updateMetadata: false });
  const fonts = await embedFonts(pdf, options.font);
  setMetadata(pdf, options.metadata, now, options.producer ?? `${PDF_CREATOR} (Chromium, pdf-lib)`);
  markPages(pdf, options.metadata, layout, fonts);
  return pdf.save();
}
