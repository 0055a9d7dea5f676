/**
 * Table columns that fit their content, worked out once for both renderers so Word and PDF lay
 * a table out alike: every column is at least as wide as its longest word (a date counts as one
 * word, so "14 December 2026" never breaks), and what is left is shared out as the document asks
 * (`columnWidths`). Words then wrap only between words; a word longer than a whole column (a
 * long web address) is the only thing ever broken, and nothing runs past the right margin.
 */
import { textWidthMm, type Layout } from './layout';
import type { Cell, TableBlock } from './model';

const MM_PER_PT = 25.4 / 72;
/** Cell padding (0.4em each side in print, 100 twips in Word at 12pt) and borders, in ems. */
const CELL_PADDING_EM = 0.9;
/** Bold is wider, and the estimate leaves a little room to spare. */
const BOLD = 1.1;
const SPARE = 1.06;

/** "14 December 2026", "14 Dec": the day and the month. */
const DATE = /\b(\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\b/g;

/**
 * Joins each date's day and month with a no-break space, so neither renderer splits "14
 * December"; the year may go on the next line of a narrow column.
 */
export function keepDatesTogether(text: string): string {
  return text.replace(DATE, (_, day: string, month: string) => `${day}\u00A0${month}`);
}

/** Atkinson Hyperlegible's advance widths, in ems, grouped closely enough to size a column. */
function charGroupEm(ch: string): number {
  if (/[mwMW]/.test(ch)) return 0.85;
  if (/[fijlrtI1]/.test(ch)) return 0.42;
  if (/[A-Z0-9]/.test(ch)) return 0.68;
  if (/[a-z]/.test(ch)) return 0.56;
  if (/[\s.,:;'!|()-]/.test(ch)) return 0.35;
  return 0.62;
}

const charEms = new Map<string, number>();

/** A character's width, grouped once per character: a long action table measures every character of every cell. */
function charEm(ch: string): number {
  let em = charEms.get(ch);
  if (em === undefined) {
    em = charGroupEm(ch);
    charEms.set(ch, em);
  }
  return em;
}

/** The widest word of a cell, in ems (words split at spaces and after hyphens; dates kept whole). */
function longestWordEm(cell: Cell, bold: boolean): number {
  const text = keepDatesTogether(cell.map((run) => run.text).join(''));
  const words = text.split(/[ \t\n]+|(?<=-)/);
  const widest = Math.max(0, ...words.map((word) => [...word].reduce((sum, ch) => sum + charEm(ch), 0)));
  return widest * (bold || cell.some((run) => run.bold === true) ? BOLD : 1);
}

/** How a table is laid out: in its columns, or, when its words cannot sit side by side, one record per row. */
export type TableFit =
  | { stacked: false; shares: number[] }
  /**
   * Each row as one full-width cell of "Column name: value" lines, one line per column: a record
   * reads as a card, and Word and the PDF carry one cell per record instead of two per column.
   */
  | { stacked: true };

/**
 * No column is widened for one word beyond this share of the line: a word longer than that (a web
 * address) is broken to fit, the one case where a word breaks.
 */
const LONGEST_WORD_SHARE = 0.3;

/** When the columns' longest words need more than the line, the table is stacked. */
const STACK_WHEN = 1;

function minimumShares(table: TableBlock, layout: Layout, bodyPt: number): number[] {
  const emMm = bodyPt * MM_PER_PT;
  const total = textWidthMm(layout);
  return table.header.map((header, i) => {
    const cells = [{ cell: header, bold: true }, ...table.rows.map((row) => ({ cell: row[i] ?? [], bold: false }))];
    const em = Math.max(...cells.map(({ cell, bold }) => longestWordEm(cell, bold)));
    return Math.min(LONGEST_WORD_SHARE, ((em + CELL_PADDING_EM) * emMm * SPARE) / total);
  });
}

/**
 * A table with more columns than fit their words (a six-column action table) is stacked: each row
 * becomes its own full-width record, the column names as labels before their values. Both
 * renderers follow this, so Word and PDF agree, and no word is ever broken to fit.
 */
export function tableFit(table: TableBlock, layout: Layout, bodyPt: number): TableFit {
  const minimum = minimumShares(table, layout, bodyPt);
  if (minimum.reduce((a, b) => a + b, 0) < STACK_WHEN) return { stacked: false, shares: fittedColumnShares(table, layout, bodyPt) };
  return { stacked: true };
}

/**
 * Each column's share of the text width (the shares add up to 1). Columns the requested shares
 * would make narrower than their longest word get that width, taken from the columns with room
 * to spare; when even the words do not fit side by side, every column gets its words' share.
 */
export function fittedColumnShares(table: TableBlock, layout: Layout, bodyPt: number): number[] {
  const columns = table.header.length;
  const weights = table.columnWidths ?? table.header.map(() => 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const wanted = weights.map((w) => w / sum);
  const minimum = minimumShares(table, layout, bodyPt);
  const needed = minimum.reduce((a, b) => a + b, 0);
  if (needed >= 1) return minimum.map((m) => m / needed);
  // Raise the narrow columns to their minimum; share what is left among the rest, as asked.
  const shares = [...wanted];
  const fixed = shares.map(() => false);
  for (let round = 0; round < columns; round++) {
    const narrow = shares.map((share, i) => !fixed[i] && share < (minimum[i] ?? 0));
    if (!narrow.some(Boolean)) break;
    narrow.forEach((n, i) => { if (n) fixed[i] = true; });
    const fixedTotal = minimum.reduce((acc, m, i) => acc + (fixed[i] ? m : 0), 0);
    const freeWanted = wanted.reduce((acc, w, i) => acc + (fixed[i] ? 0 : w), 0);
    for (let i = 0; i < columns; i++) {
      shares[i] = fixed[i] ? (minimum[i] ?? 0) : ((wanted[i] ?? 0) / freeWanted) * (1 - fixedTotal);
    }
  }
  const given = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => share / given);
}
