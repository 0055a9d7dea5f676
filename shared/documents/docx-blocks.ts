/** Converts model blocks to docx paragraphs and tables. All text passes through cleanText. */
import {
  BorderStyle,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { RecordRow } from './docx-record';
import { LIST_REFERENCE, STYLE } from './docx-styles';
import { chartKey } from './chart';
import { imageSize } from './image-size';
import { attributionTemplate, fillTemplate, textWidthMm, type Layout } from './layout';
import type { Block, Cell, ImageBlock, ListBlock, ListItem, NoteBlock, QuotationBlock, Run, TableBlock } from './model';
import { cleanLine, cleanText } from './sanitise';
import { keepDatesTogether, tableFit } from './table-fit';

const TWIPS_PER_MM = 1440 / 25.4;
const PIXELS_PER_MM = 96 / 25.4;
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

export interface DocxContext {
  layout: Layout;
  /** The body text size, which table columns are fitted to. */
  bodyPt: number;
  /** Each numbered list is a new numbering instance, so it starts again at 1. */
  nextListInstance: number;
  imageCount: number;
}

type RunStyle = { bold?: boolean; italics?: boolean };

/** One model run as Word runs: newlines become line breaks. */
function textRuns(runs: readonly Run[], extra: RunStyle = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const run of runs) {
    const lines = cleanText(run.text).split('\n');
    lines.forEach((line, index) => {
      // Only "on" properties are written: every extra attribute costs packing time on long tables.
      const bold = extra.bold ?? run.bold ?? false;
      const italics = extra.italics ?? run.italic ?? false;
      out.push(new TextRun({
        text: line,
        ...(bold ? { bold } : {}),
        ...(italics ? { italics } : {}),
        ...(index > 0 ? { break: 1 } : {}),
      }));
    });
  }
  return out;
}

function listParagraphs(list: ListBlock, context: DocxContext): Paragraph[] {
  const reference = LIST_REFERENCE[list.style];
  const instance = context.nextListInstance++;
  const out: Paragraph[] = [];
  const walk = (items: readonly ListItem[], level: number) => {
    for (const item of items) {
      out.push(new Paragraph({ children: textRuns(item.runs), numbering: { reference, level, instance } }));
      walk(item.children ?? [], level + 1);
    }
  };
  walk(list.items, 0);
  return out;
}

function datesKeptTogether(cell: Cell): Cell {
  return cell.map((run) => ({ ...run, text: keepDatesTogether(run.text) }));
}

function tableElements(table: TableBlock, context: DocxContext): (Paragraph | Table)[] {
  const { layout } = context;
  const total = Math.floor(textWidthMm(layout) * TWIPS_PER_MM);
  const fit = tableFit(table, layout, context.bodyPt);
  const widths = fit.stacked ? [total] : fit.shares.map((share) => Math.floor(total * share));
  const line = { style: BorderStyle.SINGLE, size: 4, color: layout.colours.tableBorder };
  // Cell spacing and margins live in the TableText style and on the table, not on each of hundreds of
  // cells; docx gives each cell its column's width. keepNext: the header row keeps with the row
  // below it, so it never stands alone at a page's foot. A stacked table is one card per record.
  const cell = (content: Cell, header: boolean) => new TableCell({
    children: [new Paragraph({ style: STYLE.tableText, ...(header ? { keepNext: true } : {}), children: textRuns(datesKeptTogether(content), header ? { bold: true } : {}) })],
    ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: layout.colours.tableHeaderFill } } : {}),
  });
  const rows = fit.stacked
    ? table.rows.map((row) => new RecordRow(table.header, row, total, STYLE.tableText, STYLE.fieldLabel))
    : [
      new TableRow({ tableHeader: true, cantSplit: true, children: table.header.map((c) => cell(c, true)) }),
      ...table.rows.map((row) => new TableRow({ cantSplit: true, children: row.map((c) => cell(c, false)) })),
    ];
  return [
    new Paragraph({ style: STYLE.caption, children: [new TextRun(cleanLine(table.caption))] }),
    new Table({
      rows,
      width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      margins: { top: 60, bottom: 60, left: 100, right: 100 },
      borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
    }),
    // Word joins two tables that touch; an empty paragraph keeps them apart.
    new Paragraph({ children: [], spacing: { after: 0 } }),
  ];
}

function imageParagraphs(block: ImageBlock, context: DocxContext): Paragraph[] {
  const size = imageSize(block.bytes, block.mime) ?? { width: 1, height: 1 };
  const widthMm = Math.min(block.widthMm, textWidthMm(context.layout));
  const width = Math.round(widthMm * PIXELS_PER_MM);
  const height = Math.max(1, Math.round((width * size.height) / size.width));
  context.imageCount += 1;
  const alt = cleanLine(block.alt);
  const caption = block.caption === undefined ? '' : cleanLine(block.caption);
  const picture = new Paragraph({
    keepNext: caption !== '',
    // Single, automatic line spacing: the body's line height would clip the picture to one line in LibreOffice.
    spacing: { line: 240, lineRule: LineRuleType.AUTO },
    children: [new ImageRun({
      type: block.mime === 'image/png' ? 'png' : 'jpg',
      data: block.bytes,
      transformation: { width, height },
      altText: { name: `Picture ${context.imageCount}`, title: caption || alt, description: alt },
    })],
  });
  const out = caption === '' ? [picture] : [picture, new Paragraph({ style: STYLE.caption, children: [new TextRun(caption)] })];
  if (block.chart) out.push(new Paragraph({ children: [new TextRun(cleanLine(chartKey(block.chart)))] }));
  return out;
}

function quotationParagraphs(block: QuotationBlock, layout: Layout): Paragraph[] {
  const speaker = cleanLine(block.speaker);
  const attribution = fillTemplate(attributionTemplate(block, layout), { speaker });
  // Without a line under it, the words keep a body paragraph's space after them (Word draws one bar beside quotations in a row).
  const out = [new Paragraph({ style: STYLE.quote, ...(attribution === '' ? { spacing: { after: 160 } } : {}), children: textRuns([{ text: block.text }]) })];
  if (attribution !== '') out.push(new Paragraph({ style: STYLE.quoteAttribution, keepNext: block.howGathered !== undefined, children: [new TextRun(attribution)] }));
  if (block.howGathered !== undefined) {
    const how = fillTemplate(layout.wording.howGathered, { how: cleanLine(block.howGathered) });
    out.push(new Paragraph({ style: STYLE.quoteAttribution, children: [new TextRun({ text: how, italics: true })] }));
  }
  return out;
}

function noteParagraphs(block: NoteBlock): Paragraph[] {
  const style = block.tone === 'important' ? STYLE.noteImportant : STYLE.note;
  const out: Paragraph[] = [];
  if (block.title !== undefined) {
    out.push(new Paragraph({ style, keepNext: true, spacing: { after: 0 }, children: [new TextRun({ text: cleanLine(block.title), bold: true })] }));
  }
  out.push(new Paragraph({ style, children: textRuns(block.runs) }));
  return out;
}

export function blockElements(block: Block, context: DocxContext): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level - 1], children: [new TextRun(cleanLine(block.text))] })];
    case 'paragraph':
      return [new Paragraph({ children: textRuns(block.runs), ...(block.keepWithNext ? { keepNext: true } : {}) })];
    case 'list':
      return listParagraphs(block, context);
    case 'table':
      return tableElements(block, context);
    case 'image':
      return imageParagraphs(block, context);
    case 'quotation':
      return quotationParagraphs(block, context.layout);
    case 'note':
      return noteParagraphs(block);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}
