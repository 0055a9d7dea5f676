/**
 * Small helpers so document builders read like the document:
 *
 *   documentOf({ title: 'Minutes' }, [
 *     h1('Minutes'),
 *     p('Meeting held at ', bold('Oak School'), '.'),
 *     ul('Mum', li('Dad', 'lives in Leeds')),
 *     table('Actions', ['Action', 'Who', 'By when'], [['Ring housing', 'Sam', '1 May 2026']]),
 *   ]);
 */
import {
  documentSchema,
  type BlockInput,
  type Cell,
  type DocumentMetadataInput,
  type HeadingBlock,
  type ImageMime,
  type ListItem,
  type PageBreakBlock,
  type ParagraphBlock,
  type Run,
  type TeamDocument,
} from './model';
import type { ChartData } from './chart';
import { chartPng } from './chart-png';

/** Plain text or a formatted run. */
export type Inline = string | Run;
/** What a list item may be given as: text, runs, or a finished item with children. */
export type ItemInput = Inline | Inline[] | ListItem;

export const text = (value: string): Run => ({ text: value });
export const bold = (value: string): Run => ({ text: value, bold: true });
export const italic = (value: string): Run => ({ text: value, italic: true });

export function runs(...parts: Inline[]): Run[] {
  return parts.map((part) => (typeof part === 'string' ? { text: part } : part));
}

export function h(level: 1 | 2 | 3, value: string): HeadingBlock {
  return { kind: 'heading', level, text: value };
}
export const h1 = (value: string): HeadingBlock => h(1, value);
export const h2 = (value: string): HeadingBlock => h(2, value);
export const h3 = (value: string): HeadingBlock => h(3, value);

export function p(...parts: Inline[]): ParagraphBlock {
  return { kind: 'paragraph', runs: runs(...parts) };
}

/** The paragraph, kept on the same page as the block after it. */
export const keptWithNext = (paragraph: ParagraphBlock): ParagraphBlock => ({ ...paragraph, keepWithNext: true });

function isListItem(item: ItemInput): item is ListItem {
  return typeof item === 'object' && !Array.isArray(item) && 'runs' in item;
}

function toItem(item: ItemInput): ListItem {
  if (isListItem(item)) return item;
  return { runs: Array.isArray(item) ? runs(...item) : runs(item) };
}

/** A list item with nested items under it. */
export function li(content: Inline | Inline[], ...children: ItemInput[]): ListItem {
  const item: ListItem = { runs: Array.isArray(content) ? runs(...content) : runs(content) };
  if (children.length > 0) item.children = children.map(toItem);
  return item;
}

export function ul(...items: ItemInput[]): BlockInput {
  return { kind: 'list', style: 'bulleted', items: items.map(toItem) };
}

export function ol(...items: ItemInput[]): BlockInput {
  return { kind: 'list', style: 'numbered', items: items.map(toItem) };
}

function toCell(cell: Inline | Inline[]): Cell {
  return Array.isArray(cell) ? runs(...cell) : runs(cell);
}

export function table(
  caption: string,
  header: (Inline | Inline[])[],
  rows: (Inline | Inline[])[][],
  columnWidths?: number[],
): BlockInput {
  return {
    kind: 'table',
    caption,
    header: header.map(toCell),
    rows: rows.map((row) => row.map(toCell)),
    ...(columnWidths ? { columnWidths } : {}),
  };
}

export function image(options: { bytes: Uint8Array; mime: ImageMime; alt: string; widthMm?: number; caption?: string }): BlockInput {
  return { kind: 'image', ...options };
}

/**
 * A line chart: the PNG for Word is drawn from the numbers here, and the printed page draws them
 * as SVG. `alt` says what the chart shows in words (the trend); put the numbers in a table too.
 */
export function chart(options: { data: ChartData; alt: string; caption?: string; widthMm?: number }): BlockInput {
  const { data, ...rest } = options;
  return { kind: 'image', bytes: chartPng(data), mime: 'image/png', chart: data, widthMm: 150, ...rest };
}

export function quote(value: string, speaker: string, options: { ownWords?: boolean; toReader?: boolean; howGathered?: string } = {}): BlockInput {
  return { kind: 'quotation', text: value, speaker, ...options };
}

export function note(content: Inline | Inline[], options: { title?: string; tone?: 'info' | 'important' } = {}): BlockInput {
  return { kind: 'note', runs: Array.isArray(content) ? runs(...content) : runs(content), ...options };
}

export function pageBreak(): PageBreakBlock {
  return { kind: 'pageBreak' };
}

/** Validates the whole document and fills the defaults (marking, language, draft ...). */
export function documentOf(metadata: DocumentMetadataInput, blocks: BlockInput[]): TeamDocument {
  return documentSchema.parse({ metadata, blocks });
}
