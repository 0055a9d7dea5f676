/**
 * Writes CSV that opens cleanly in Excel and is safe there: UTF-8 with a byte-order mark (so
 * accents and non-Latin scripts show correctly), CRLF line ends, quotes where needed, and every
 * cell that a spreadsheet could run as a formula made harmless with a leading apostrophe.
 */
import Papa from 'papaparse';

// A cell starting with one of these can be run as a formula; tab and carriage return can hide one.
// Any apostrophes already in front are counted too, so that escaping can always be undone exactly.
const FORMULA_START = /^'*[=+\-@\t\r]/;
const ESCAPED_FORMULA_START = /^'+[=+\-@\t\r]/;

export function escapeFormula(cell: string): string {
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The reverse of `escapeFormula`, applied on import so that an export imports back unchanged. */
export function unescapeFormula(cell: string): string {
  return ESCAPED_FORMULA_START.test(cell) ? cell.slice(1) : cell;
}

export function writeCsv(headings: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const data = [headings, ...rows].map((row) => row.map(escapeFormula));
  return `\uFEFF${Papa.unparse(data, { delimiter: ',', newline: '\r\n', quotes: false })}\r\n`;
}
