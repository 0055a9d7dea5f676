/**
 * Reads CSV text into rows of cells, each with the line of the file it starts on, so that a
 * problem can be reported as "line 7" as a spreadsheet or text editor would show it.
 * Handles a byte-order mark, CRLF or LF line ends, and quoted commas, quotes and line breaks.
 */
import Papa from 'papaparse';

export interface CsvRow {
  /** The line of the file this row starts on, counting the first line as 1. */
  line: number;
  cells: string[];
}

export interface CsvProblem {
  line: number;
  /** The column heading the problem is in, or '' for a problem with the whole row or file. */
  field: string;
  message: string;
}

export type CsvTable = { ok: true; rows: CsvRow[] } | { ok: false; errors: CsvProblem[] };

export const MAX_CSV_CHARS = 5_000_000;

const LINE_BREAK = /\r\n|\r|\n/g;

function countLineBreaks(text: string): number {
  return text.match(LINE_BREAK)?.length ?? 0;
}

/** All rows that are not blank. A blank row (no cells, or only empty cells) is skipped. */
export function readCsvTable(text: string): CsvTable {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  if (body.trim() === '') return { ok: false, errors: [{ line: 1, field: '', message: 'The file is empty' }] };
  if (body.length > MAX_CSV_CHARS) {
    return { ok: false, errors: [{ line: 1, field: '', message: 'The file is too large to import: split it into smaller files' }] };
  }

  const rows: CsvRow[] = [];
  const errors: CsvProblem[] = [];
  let rowStart = 0;
  let countedTo = 0;
  let line = 1;

  Papa.parse<string[]>(body, {
    delimiter: ',',
    skipEmptyLines: false,
    step: (result) => {
      line += countLineBreaks(body.slice(countedTo, rowStart));
      countedTo = rowStart;
      const cells = result.data;
      if (result.errors.some((e) => e.code === 'MissingQuotes')) {
        errors.push({
          line,
          field: '',
          message: 'A quotation mark (") on this line is not closed, so the rest of the file cannot be read. Check the line for a missing "',
        });
      } else if (cells.some((c) => c.trim() !== '')) {
        rows.push({ line, cells });
      }
      rowStart = result.meta.cursor;
    },
  });

  return errors.length > 0 ? { ok: false, errors } : { ok: true, rows };
}
