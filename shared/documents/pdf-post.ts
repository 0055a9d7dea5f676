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
  degrees,
  drawLinesOfText,
  PDFDocument,
  PDFName,
  PDFOperator,
  PDFOperatorNames,
  ParseSpeeds,
  StandardFonts,
  rgb,
  type PDFDict,
  type PDFFont,
  type PDFHexString,
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
/**
 * pdf-lib yields to the event loop (setTimeout 0) every 100 objects read and every 50 written;
 * a renderer clamps those timeouts to 4 ms, so a 30-page tagged PDF (some 2,400 objects) spent
 * about 0.3 s waiting. Yielding every 1,500 still lets a frame through every few tens of ms.
 */
const OBJECTS_PER_TICK = ParseSpeeds.Fast;
/** PDFPage's default line height, which page.drawText writes (TL); each stamp is one line, so it moves nothing. */
const DRAW_TEXT_LINE_HEIGHT = 24;

/** One operand of a content-stream operator (pdf-lib does not export the type by name). */
type OperatorArg = NonNullable<Parameters<typeof PDFOperator.of>[1]>[number];

interface Fonts {
  regular: PDFFont;
  strong: PDFFont;
}

type ParsedFont = ReturnType<Fontkit['create']>;
const parsedFonts = new WeakMap<Fontkit, WeakMap<Uint8Array, ParsedFont>>();

/**
 * The font with each text's layout kept for the session: pdf-lib lays a stamped line out twice
 * (to measure it and to encode it) for every document, and "Page 7 of 28" and the marking are the
 * same lines export after export. Shaping (fontkit's GSUB and GPOS) was most of the stamping's
 * cost; the glyph runs are only read, as fontkit's own glyph cache is.
 */
function layingOutOnce(font: ParsedFont): ParsedFont {
  const layout = font.layout.bind(font);
  const runs = new Map<string, ReturnType<ParsedFont['layout']>>();
  font.layout = (text, features) => {
    if (features !== undefined) return layout(text, features);
    let run = runs.get(text);
    if (run === undefined) {
      run = layout(text);
      runs.set(text, run);
    }
    return run;
  };
  return font;
}

/**
 * fontkit that parses each font file once per session: pdf-lib parses the file again for every
 * document, and the parsed font's tables (loaded as laying out text first needs them) are most
 * of the stamping's cost. The parsed font is only read; each document's subset is its own.
 */
function parsingOnce(fontkit: Fontkit): Fontkit {
  let parsed = parsedFonts.get(fontkit);
  if (parsed === undefined) {
    parsed = new WeakMap();
    parsedFonts.set(fontkit, parsed);
  }
  const cache = parsed;
  return {
    create(bytes, postscriptName) {
      if (postscriptName !== undefined) return fontkit.create(bytes, postscriptName);
      let font = cache.get(bytes);
      if (font === undefined) {
        font = layingOutOnce(fontkit.create(bytes));
        cache.set(bytes, font);
      }
      return font;
    },
  };
}

async function embedFonts(pdf: PDFDocument, font: PdfFont | undefined): Promise<Fonts> {
  if (font === undefined) {
    return { regular: await pdf.embedFont(StandardFonts.Helvetica), strong: await pdf.embedFont(StandardFonts.HelveticaBold) };
  }
  pdf.registerFontkit(parsingOnce(font.fontkit));
  const regular = await pdf.embedFont(font.bytes, { subset: true });
  const strong = font.boldBytes === undefined ? regular : await pdf.embedFont(font.boldBytes, { subset: true });
  return { regular, strong };
}

/**
 * A font's character set, and its text encoded and measured: the same few lines are drawn on
 * every page (the marking, the warnings), and laying text out with fontkit (shaping, kerning) is
 * most of the stamping's cost, so each line is laid out once per font and size, not once per page.
 */
interface FontText {
  supported: ReadonlySet<number>;
  encoded: Map<string, PDFHexString>;
  widths: Map<string, number>;
}

const fontTexts = new WeakMap<PDFFont, FontText>();

function textOf(font: PDFFont): FontText {
  let text = fontTexts.get(font);
  if (text === undefined) {
    text = { supported: new Set(font.getCharacterSet()), encoded: new Map(), widths: new Map() };
    fontTexts.set(font, text);
  }
  return text;
}

/** Replaces characters the font cannot show (Helvetica only has WinAnsi) so drawing never throws. */
function drawable(text: string, font: PDFFont): string {
  const { supported } = textOf(font);
  return Array.from(cleanLine(text), (ch) => (supported.has(ch.codePointAt(0) ?? 0) ? ch : '?')).join('');
}

function encoded(font: PDFFont, text: string): PDFHexString {
  const cache = textOf(font).encoded;
  let hex = cache.get(text);
  if (hex === undefined) {
    hex = font.encodeText(text);
    cache.set(text, hex);
  }
  return hex;
}

function widthOf(font: PDFFont, text: string, size: number): number {
  const cache = textOf(font).widths;
  const key = `${size} ${text}`;
  let width = cache.get(key);
  if (width === undefined) {
    width = font.widthOfTextAtSize(text, size);
    cache.set(key, width);
  }
  return width;
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
  const width = widthOf(line.font, text, line.size);
  const box = page.getMediaBox();
  const x = line.align === 'centre' ? box.x + (box.width - width) / 2 : rightEdge - width;
  // The operators page.drawText writes for one line, with the line laid out once per document.
  page.pushOperators(...drawLinesOfText([encoded(line.font, text)], {
    color: line.colour,
    font: page.node.newFontDictionary(line.font.name, line.font.ref),
    size: line.size,
    rotate: degrees(0),
    xSkew: degrees(0),
    ySkew: degrees(0),
    x,
    y,
    lineHeight: DRAW_TEXT_LINE_HEIGHT,
  }));
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
  const pdf = await PDFDocument.load(input, { updateMetadata: false, parseSpeed: OBJECTS_PER_TICK });
  const fonts = await embedFonts(pdf, options.font);
  setMetadata(pdf, options.metadata, now, options.producer ?? `${PDF_CREATOR} (Chromium, pdf-lib)`);
  markPages(pdf, options.metadata, layout, fonts);
  return pdf.save({ objectsPerTick: OBJECTS_PER_TICK });
}
