/**
 * The format-neutral document model. Every document the app produces (agenda, invitation,
 * minutes, the family's version, letters to children, action plans, school briefings) is
 * built once as a `TeamDocument`, then rendered to Word (render-docx) and to HTML for
 * Chromium's tagged PDF print (render-html, then pdf-post). Renderers never see app data.
 */
import { z } from 'zod';
import { chartDataSchema } from './chart';
import { imageSize } from './image-size';

/** Longest single piece of text accepted: a 1 MB note must still export. */
export const MAX_TEXT = 2_000_000;
/** Lists nest at most this deep (Word and HTML both read well to three levels). */
export const MAX_LIST_DEPTH = 3;

export const runSchema = z.object({
  text: z.string().max(MAX_TEXT),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
});
export type Run = z.infer<typeof runSchema>;

const runsSchema = z.array(runSchema);

export interface ListItem {
  runs: Run[];
  children?: ListItem[];
}

export const listItemSchema: z.ZodType<ListItem> = z.lazy(() =>
  z.object({
    runs: runsSchema,
    children: z.array(listItemSchema).optional(),
  }),
);

function listDepth(items: readonly ListItem[]): number {
  let deepest = 0;
  for (const item of items) deepest = Math.max(deepest, 1 + listDepth(item.children ?? []));
  return deepest;
}

export const headingBlockSchema = z.object({
  kind: z.literal('heading'),
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string().min(1).max(MAX_TEXT),
});

export const paragraphBlockSchema = z.object({
  kind: z.literal('paragraph'),
  runs: runsSchema,
  /** Kept on the same page as the block after it (a question and its tick boxes). */
  keepWithNext: z.literal(true).optional(),
});

export const listBlockSchema = z.object({
  kind: z.literal('list'),
  style: z.enum(['bulleted', 'numbered']),
  items: z.array(listItemSchema).min(1),
}).refine((list) => listDepth(list.items) <= MAX_LIST_DEPTH, `Lists nest at most ${MAX_LIST_DEPTH} levels deep`);

/** A table cell is a sequence of runs. */
export const cellSchema = runsSchema;
export type Cell = Run[];

export const tableBlockSchema = z.object({
  kind: z.literal('table'),
  /** Read out before the table and repeated in Word's caption: say what the table is. */
  caption: z.string().min(1, 'A table needs a caption').max(1000),
  /** The header row is required: it is repeated on every page and tells screen readers what each column is. */
  header: z.array(cellSchema).min(1, 'A table needs a header row'),
  rows: z.array(z.array(cellSchema)),
  /** Relative column widths (any positive numbers); equal columns when left out. */
  columnWidths: z.array(z.number().positive()).optional(),
}).refine((t) => t.rows.every((row) => row.length === t.header.length), 'Every row must have as many cells as the header')
  .refine((t) => t.columnWidths === undefined || t.columnWidths.length === t.header.length, 'Give one width per column');

export const imageMimeSchema = z.enum(['image/png', 'image/jpeg']);
export type ImageMime = z.infer<typeof imageMimeSchema>;

export const imageBlockSchema = z.object({
  kind: z.literal('image'),
  bytes: z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'Image bytes are needed'),
  mime: imageMimeSchema,
  /** Required: what the picture shows, for people who cannot see it. */
  alt: z.string().trim().min(1, 'An image needs alt text').max(1000),
  /** Printed width; clamped to the text width of the page. */
  widthMm: z.number().positive().max(500).default(80),
  caption: z.string().max(1000).optional(),
  /** For a chart: its numbers. The printed page draws them as SVG; Word shows the PNG drawn from them. */
  chart: chartDataSchema.optional(),
}).refine((img) => imageSize(img.bytes, img.mime) !== null, 'The image is not a readable PNG or JPEG of the stated type');

export const quotationBlockSchema = z.object({
  kind: z.literal('quotation'),
  text: z.string().min(1).max(MAX_TEXT),
  speaker: z.string().min(1).max(300),
  /** True when these are the person's own words, not a summary of them. */
  ownWords: z.boolean().default(true),
  /** True when the document is addressed to the speaker (the child's letter): their own words carry no line under each; the letter says it once above. */
  toReader: z.boolean().default(false),
  /** How and when the words were gathered, and by whom (the child's voice section asks for this). */
  howGathered: z.string().max(2000).optional(),
});

export const noteBlockSchema = z.object({
  kind: z.literal('note'),
  tone: z.enum(['info', 'important']).default('info'),
  title: z.string().max(300).optional(),
  runs: runsSchema,
});

export const pageBreakBlockSchema = z.object({ kind: z.literal('pageBreak') });

export const blockSchema = z.discriminatedUnion('kind', [
  headingBlockSchema,
  paragraphBlockSchema,
  listBlockSchema,
  tableBlockSchema,
  imageBlockSchema,
  quotationBlockSchema,
  noteBlockSchema,
  pageBreakBlockSchema,
]);

export const documentKindSchema = z.enum([
  'agenda',
  'invitation',
  'minutes',
  'family-version',
  'child-letter',
  'action-plan',
  'school-briefing',
  'other',
]);

export const metadataSchema = z.object({
  title: z.string().trim().min(1, 'A document needs a title').max(300),
  author: z.string().max(300).default(''),
  subject: z.string().max(1000).default(''),
  keywords: z.array(z.string().max(100)).max(50).default([]),
  kind: documentKindSchema.default('other'),
  /** Only British English is produced; the renderers write it into every format. */
  language: z.literal('en-GB').default('en-GB'),
  /** Government Security Classifications marking, on every page. */
  marking: z.string().trim().min(1).max(100).default('OFFICIAL-SENSITIVE'),
  /**
   * For a reader the protective marking would frighten (a letter to a child): one plain line,
   * printed small at the foot of each page instead of the marking in the header and footer.
   * The marking stays in the file's properties (record 0046).
   */
  plainFooter: z.string().trim().min(1).max(200).optional(),
  /** Not yet agreed with the family: every page says so. */
  draft: z.boolean().default(false),
  /** Made-up data from practice mode: every page says so. */
  practice: z.boolean().default(false),
  /** Larger text, for the family's version and letters to children. */
  largePrint: z.boolean().default(false),
  /** ISO 8601 date-time the document was produced; the renderers use "now" when left out. */
  createdAt: z.iso.datetime({ offset: true }).optional(),
});

export const documentSchema = z.object({
  metadata: metadataSchema,
  blocks: z.array(blockSchema),
});

export type HeadingBlock = z.output<typeof headingBlockSchema>;
export type ParagraphBlock = z.output<typeof paragraphBlockSchema>;
export type ListBlock = z.output<typeof listBlockSchema>;
export type TableBlock = z.output<typeof tableBlockSchema>;
export type ImageBlock = z.output<typeof imageBlockSchema>;
export type QuotationBlock = z.output<typeof quotationBlockSchema>;
export type NoteBlock = z.output<typeof noteBlockSchema>;
export type PageBreakBlock = z.output<typeof pageBreakBlockSchema>;
export type Block = z.output<typeof blockSchema>;
export type BlockInput = z.input<typeof blockSchema>;
export type DocumentKind = z.output<typeof documentKindSchema>;
export type DocumentMetadata = z.output<typeof metadataSchema>;
export type DocumentMetadataInput = z.input<typeof metadataSchema>;
/** A complete, validated document, ready for any renderer. */
export type TeamDocument = z.output<typeof documentSchema>;
export type TeamDocumentInput = z.input<typeof documentSchema>;

/** Validates and fills defaults; throws a ZodError naming the first problem. */
export function parseDocument(input: unknown): TeamDocument {
  return documentSchema.parse(input);
}
