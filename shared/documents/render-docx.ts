/**
 * Model -> Word (.docx) with the `docx` package, which is pure JavaScript: this runs in the
 * renderer and in Node alike. Every page carries the protective marking in its header and
 * footer, "Page X of Y" in its footer and, for drafts and practice documents, the warning.
 */
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { blockElements, type DocxContext } from './docx-blocks';
import { CORE_PROPERTIES_PATH, corePropertiesXml } from './docx-core';
import { documentNumbering, documentStyles, STYLE } from './docx-styles';
import { bodySizePt, defaultLayout, pageWords, templateParts, type Layout } from './layout';
import type { TeamDocument } from './model';
import { cleanLine, cleanText } from './sanitise';
import { FILE_KIND_TABLE } from '../file-kinds';

export const DOCX_MIME = FILE_KIND_TABLE.docx.mime;

/** The family font's TrueType files, to embed so the file reads the same on a machine without it. */
export interface DocxFontFiles {
  regular: Uint8Array;
  bold?: Uint8Array;
  italic?: Uint8Array;
  boldItalic?: Uint8Array;
}

export interface DocxOptions {
  layout?: Layout;
  /** Without it Word only names the font, and a machine without it shows another one. */
  font?: DocxFontFiles;
  /** The time written as "modified" (and "created" when the metadata has none). */
  now?: Date;
}

/** "Page {page} of {pages}" as runs, with Word's PAGE and NUMPAGES fields in the placeholders. */
function pageLabelRuns(layout: Layout): TextRun[] {
  return templateParts(layout.wording.pageLabel).map((part) => {
    if ('text' in part) return new TextRun(cleanText(part.text).replace(/\n/g, ' '));
    if (part.placeholder === 'page') return new TextRun({ children: [PageNumber.CURRENT] });
    if (part.placeholder === 'pages') return new TextRun({ children: [PageNumber.TOTAL_PAGES] });
    return new TextRun(`{${part.placeholder}}`);
  });
}

function pageHeader(doc: TeamDocument, layout: Layout): Header {
  const words = pageWords(layout, doc.metadata);
  const warnings = words.warnings.map((warning) => new Paragraph({ style: STYLE.warning, children: [new TextRun(warning)] }));
  // No marking (a letter to a child): the warnings alone, or one empty paragraph, as a header part must hold one.
  if (words.header === '') return new Header({ children: warnings.length > 0 ? warnings : [new Paragraph({ style: STYLE.marking, children: [] })] });
  return new Header({ children: [new Paragraph({ style: STYLE.marking, children: [new TextRun(words.header)] }), ...warnings] });
}

function pageFooter(doc: TeamDocument, layout: Layout): Footer {
  const words = pageWords(layout, doc.metadata);
  return new Footer({
    children: [
      // A plain footer (a letter to a child) is not bold: a quiet line, not a warning.
      new Paragraph({ style: STYLE.marking, children: [new TextRun({ text: words.footer, ...(doc.metadata.plainFooter === undefined ? {} : { bold: false }) })] }),
      new Paragraph({ style: STYLE.pageLabel, children: pageLabelRuns(layout) }),
    ],
  });
}

/**
 * docx types the files as Buffer but only reads their bytes (to obfuscate the first 32, as
 * ECMA-376 part 2 says), so a Uint8Array works in the renderer, which has no Buffer.
 */
type FontOptions = NonNullable<ConstructorParameters<typeof Document>[0]['fonts']>[number];

function embeddedFont(name: string, font: DocxFontFiles): FontOptions {
  const file = (bytes: Uint8Array) => bytes as unknown as FontOptions['data'];
  return {
    name,
    data: file(font.regular),
    ...(font.bold ? { bold: file(font.bold) } : {}),
    ...(font.italic ? { italic: file(font.italic) } : {}),
    ...(font.boldItalic ? { boldItalic: file(font.boldItalic) } : {}),
  };
}

/** Builds the docx `Document` (before packing), for callers that want to add to it. */
export function buildDocx(doc: TeamDocument, options: DocxOptions = {}): Document {
  const layout = options.layout ?? defaultLayout;
  const { metadata } = doc;
  const context: DocxContext = { layout, bodyPt: bodySizePt(layout, metadata), nextListInstance: 1, imageCount: 0 };
  const margins = layout.page.marginsMm;
  return new Document({
    title: cleanLine(metadata.title),
    subject: cleanLine(metadata.subject),
    creator: cleanLine(metadata.author),
    keywords: cleanLine(metadata.keywords.join(', ')),
    lastModifiedBy: cleanLine(metadata.author),
    styles: documentStyles(layout, bodySizePt(layout, metadata)),
    numbering: documentNumbering(),
    ...(options.font ? { fonts: [embeddedFont(layout.font.family, options.font)] } : {}),
    sections: [{
      properties: {
        page: {
          size: { width: '210mm', height: '297mm' },
          margin: {
            top: `${margins.top}mm`,
            right: `${margins.right}mm`,
            bottom: `${margins.bottom}mm`,
            left: `${margins.left}mm`,
            header: `${layout.page.markingInsetMm}mm`,
            footer: `${layout.page.markingInsetMm}mm`,
          },
        },
      },
      headers: { default: pageHeader(doc, layout) },
      footers: { default: pageFooter(doc, layout) },
      children: doc.blocks.flatMap((block) => blockElements(block, context)),
    }],
  });
}

/** The finished .docx file. Uses Packer.pack(…, 'uint8array'), which needs neither Buffer nor Blob. */
export async function renderDocx(doc: TeamDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const now = options.now ?? new Date();
  const file = buildDocx(doc, options);
  const core = { path: CORE_PROPERTIES_PATH, data: corePropertiesXml(doc.metadata, now) };
  return Packer.pack(file, 'uint8array', false, [core]);
}
