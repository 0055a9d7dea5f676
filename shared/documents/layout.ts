/**
 * Layout and wording shared by every renderer: fonts, sizes, margins, colours and the words
 * printed on every page. The data lives in templates/documents/layout.json so an area can
 * change it without code; anything left out of that file falls back to the defaults here.
 */
import { z } from 'zod';
import layoutJson from '../../templates/documents/layout.json';
import type { DocumentMetadata } from './model';
import { cleanLine } from './sanitise';

const hex = z.string().regex(/^[0-9A-Fa-f]{6}$/, 'A colour is six hex digits, without #');
const size = (fallback: number) => z.number().min(6).max(72).default(fallback);
const mm = (fallback: number) => z.number().min(0).max(80).default(fallback);
const words = (fallback: string) => z.string().max(500).default(fallback);

export const layoutSchema = z.object({
  font: z.object({
    family: z.string().regex(/^[\p{L}\p{N} _-]{1,64}$/u, 'A font family name is letters, digits, spaces and dashes').default('Atkinson Hyperlegible'),
    fallback: z.array(z.string().regex(/^[\p{L}\p{N} _-]{1,64}$/u)).max(8).default(['Arial', 'Helvetica', 'sans-serif']),
    baseSizePt: size(12),
    largePrintSizePt: size(16),
    /** Heading sizes as multiples of the body size, for levels 1, 2 and 3. */
    headingScale: z.tuple([z.number().min(1).max(4), z.number().min(1).max(4), z.number().min(1).max(4)]).default([1.6, 1.3, 1.1]),
    lineHeight: z.number().min(1).max(3).default(1.4),
  }).prefault({}),
  page: z.object({
    size: z.literal('A4').default('A4'),
    marginsMm: z.object({ top: mm(25), right: mm(20), bottom: mm(25), left: mm(20) }).prefault({}),
    /** Distance of the drawn marking lines from the top and bottom edges of the page. */
    markingInsetMm: mm(10),
  }).prefault({}),
  marking: z.object({
    sizePt: size(9),
  }).prefault({}),
  colours: z.object({
    text: hex.default('0B0C0C'),
    draft: hex.default('A4000F'),
    tableBorder: hex.default('505A5F'),
    tableHeaderFill: hex.default('F3F2F1'),
    note: hex.default('1D70B8'),
    important: hex.default('D4351C'),
    quotation: hex.default('505A5F'),
  }).prefault({}),
  wording: z.object({
    /** Placeholders: {marking}, {title}. */
    header: words('{marking}'),
    footer: words('{marking}'),
    /** Placeholders: {page}, {pages}. */
    pageLabel: words('Page {page} of {pages}'),
    draft: words('DRAFT - not yet agreed with the family'),
    practice: words('PRACTICE - made-up example, not about a real family'),
    /** Placeholder: {speaker}. */
    ownWords: words('{speaker}, in their own words'),
    reported: words("What {speaker} said, in the writer's words"),
    /** Placeholder: {how}. */
    howGathered: words('How this was gathered: {how}'),
  }).prefault({}),
});

export type Layout = z.output<typeof layoutSchema>;
export type LayoutInput = z.input<typeof layoutSchema>;

/** Validates layout data (for example an area's own layout.json); throws on bad values. */
export function parseLayout(input: unknown): Layout {
  return layoutSchema.parse(input);
}

/** The layout shipped in templates/documents/layout.json. */
export const defaultLayout: Layout = parseLayout(layoutJson);

/** A piece of a wording template: literal text or a named placeholder such as {page}. */
export type TemplatePart = { text: string } | { placeholder: string };

export function templateParts(template: string): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let last = 0;
  for (const match of template.matchAll(/\{([a-z]+)\}/g)) {
    if (match.index > last) parts.push({ text: template.slice(last, match.index) });
    parts.push({ placeholder: match[1] ?? '' });
    last = match.index + match[0].length;
  }
  if (last < template.length) parts.push({ text: template.slice(last) });
  return parts;
}

/**
 * Fills {name} placeholders in one pass, so a value that itself contains "{page}" is left alone.
 * Unknown placeholders stay as written, which makes a typo in layout.json visible.
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return templateParts(template)
    .map((part) => ('text' in part ? part.text : String(values[part.placeholder] ?? `{${part.placeholder}}`)))
    .join('');
}

export function pageLabel(layout: Layout, page: number, pages: number): string {
  return fillTemplate(layout.wording.pageLabel, { page, pages });
}

/** The words printed on every page, once the document's own values are filled in. */
export interface PageWords {
  /** Empty when the document has a plain footer instead of the marking. */
  header: string;
  footer: string;
  /** Draft and practice warnings, in that order; empty when neither applies. */
  warnings: string[];
}

export function pageWords(layout: Layout, metadata: DocumentMetadata): PageWords {
  const values = { marking: cleanLine(metadata.marking), title: cleanLine(metadata.title) };
  const warnings: string[] = [];
  if (metadata.draft) warnings.push(layout.wording.draft);
  if (metadata.practice) warnings.push(layout.wording.practice);
  if (metadata.plainFooter !== undefined) return { header: '', footer: cleanLine(metadata.plainFooter), warnings: warnings.map(cleanLine) };
  return {
    header: cleanLine(fillTemplate(layout.wording.header, values)),
    footer: cleanLine(fillTemplate(layout.wording.footer, values)),
    warnings: warnings.map(cleanLine),
  };
}

/** Body text size in points for this document. */
export function bodySizePt(layout: Layout, metadata: DocumentMetadata): number {
  return metadata.largePrint ? layout.font.largePrintSizePt : layout.font.baseSizePt;
}

/** Size of the draft and practice warnings: never smaller than 10 pt. */
export function warningSizePt(layout: Layout): number {
  return Math.max(layout.marking.sizePt, 10);
}

/** Distance between the baselines of the lines drawn at the top of each page, in points. */
export const WARNING_LINE_GAP_PT = 4;

const MM_PER_POINT = 25.4 / 72;

/**
 * The top margin for the body: the layout's, or more when the marking and warnings drawn
 * above it would otherwise come within 4 mm of the text.
 */
export function topMarginMm(layout: Layout, metadata: DocumentMetadata): number {
  const warnings = (metadata.draft ? 1 : 0) + (metadata.practice ? 1 : 0);
  const drawn = layout.page.markingInsetMm
    + (layout.marking.sizePt + warnings * (warningSizePt(layout) + WARNING_LINE_GAP_PT)) * MM_PER_POINT;
  return Math.max(layout.page.marginsMm.top, Math.ceil(drawn + 4));
}

/** Width of the text column in millimetres (A4 is 210 mm wide). */
export function textWidthMm(layout: Layout): number {
  return 210 - layout.page.marginsMm.left - layout.page.marginsMm.right;
}

/**
 * Which attribution a quotation gets: theirs or a summary; none for the reader's own words in a
 * letter to them, which says so once above them rather than under every quotation.
 */
export function attributionTemplate(quote: { ownWords: boolean; toReader: boolean }, layout: Layout): string {
  if (quote.ownWords && quote.toReader) return '';
  return quote.ownWords ? layout.wording.ownWords : layout.wording.reported;
}
