/**
 * All-or-nothing import of CSV rows into records: either every row is valid and all are returned,
 * or nothing is returned and every problem is listed by line and column in plain words.
 */
import type { z } from 'zod';
import { searchKey } from '../rules/text';
import { readCsvTable, type CsvProblem, type CsvRow } from './csv-table';
import { unescapeFormula } from './csv-write';

export interface CsvColumn<K extends string> {
  key: K;
  /** The heading written on export and shown in messages. */
  heading: string;
  /** Other headings accepted on import, e.g. "Email" for "Secure email". */
  aliases: readonly string[];
  required: boolean;
}

export type CsvImport<T> = { ok: true; rows: T[] } | { ok: false; errors: CsvProblem[] };

export const MAX_IMPORT_ROWS = 5000;
/** After this many, the list of problems says how many more there are rather than listing them. */
export const MAX_REPORTED_PROBLEMS = 100;

/** "Secure e-mail " → "secure e mail"; accents and case ignored. */
export function normaliseHeading(text: string): string {
  return searchKey(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

interface HeaderMap<K extends string> {
  /** For each cell position, the column it holds, or null for an empty, unused column. */
  positions: Array<CsvColumn<K> | null>;
}

function mapHeader<K extends string>(header: CsvRow, columns: readonly CsvColumn<K>[], dataRows: readonly CsvRow[]): HeaderMap<K> | CsvProblem[] {
  const problems: CsvProblem[] = [];
  const line = header.line;
  const known = columns.map((c) => c.heading).join(', ');
  if (header.cells.length === 1 && (header.cells[0] ?? '').includes(';')) {
    return [{ line, field: '', message: 'The columns are separated by semicolons. Save the file as "CSV UTF-8 (comma delimited)" and try again' }];
  }
  const positions: Array<CsvColumn<K> | null> = [];
  const used = new Set<K>();
  header.cells.forEach((cell, index) => {
    const heading = cell.trim();
    if (heading === '') {
      const hasData = dataRows.some((r) => (r.cells[index] ?? '').trim() !== '');
      if (hasData) problems.push({ line, field: '', message: `Column ${index + 1} has no heading. Add a heading or remove the column` });
      positions.push(null);
      return;
    }
    const key = normaliseHeading(heading);
    const column = columns.find((c) => normaliseHeading(c.heading) === key || c.aliases.some((a) => normaliseHeading(a) === key));
    if (!column) {
      problems.push({ line, field: heading, message: `"${heading}" is not a column we know. Rename or remove it. The columns are: ${known}` });
      positions.push(null);
      return;
    }
    if (used.has(column.key)) {
      problems.push({ line, field: column.heading, message: `The column "${column.heading}" appears more than once` });
    }
    used.add(column.key);
    positions.push(column);
  });
  for (const column of columns) {
    if (column.required && !used.has(column.key)) {
      problems.push({ line, field: column.heading, message: `The column "${column.heading}" is missing. The columns are: ${known}` });
    }
  }
  return problems.length > 0 ? problems : { positions };
}

export interface ImportOptions<T> {
  /** Rows with the same key are reported as repeats, e.g. the same name at the same agency. */
  duplicateKey?: (row: T) => string;
}

/** Reads CSV text against the columns and the row schema. */
export function importCsv<K extends string, S extends z.ZodType>(
  text: string,
  columns: readonly CsvColumn<K>[],
  schema: S,
  options: ImportOptions<z.output<S>> = {},
): CsvImport<z.output<S>> {
  const table = readCsvTable(text);
  if (!table.ok) return table;
  const [header, ...dataRows] = table.rows;
  if (!header) return { ok: false, errors: [{ line: 1, field: '', message: 'The file is empty' }] };
  const map = mapHeader(header, columns, dataRows);
  if (Array.isArray(map)) return { ok: false, errors: map };
  if (dataRows.length === 0) return { ok: false, errors: [{ line: header.line, field: '', message: 'The file has column headings but no rows under them' }] };
  if (dataRows.length > MAX_IMPORT_ROWS) {
    return { ok: false, errors: [{ line: 1, field: '', message: `The file has ${dataRows.length} rows; the most we can import at once is ${MAX_IMPORT_ROWS}` }] };
  }

  const problems: CsvProblem[] = [];
  const values: Array<z.output<S>> = [];
  const firstLineOf = new Map<string, number>();
  for (const row of dataRows) {
    const result = readRow(row, map, columns, schema);
    if (!result.ok) {
      problems.push(...result.errors);
      continue;
    }
    const key = options.duplicateKey?.(result.value);
    if (key !== undefined) {
      const first = firstLineOf.get(key);
      if (first !== undefined) {
        problems.push({ line: row.line, field: '', message: `This row repeats line ${first}. Remove one of them` });
        continue;
      }
      firstLineOf.set(key, row.line);
    }
    values.push(result.value);
  }
  if (problems.length === 0) return { ok: true, rows: values };
  return { ok: false, errors: capProblems(problems) };
}

function readRow<K extends string, S extends z.ZodType>(
  row: CsvRow,
  map: HeaderMap<K>,
  columns: readonly CsvColumn<K>[],
  schema: S,
): { ok: true; value: z.output<S> } | { ok: false; errors: CsvProblem[] } {
  const expected = map.positions.length;
  const extra = row.cells.slice(expected).some((c) => c.trim() !== '');
  if (extra) {
    return { ok: false, errors: [{ line: row.line, field: '', message: `This row has more cells than there are column headings (${row.cells.length}, not ${expected}). A comma may need to be inside quotation marks` }] };
  }
  if (row.cells.length < expected) {
    return { ok: false, errors: [{ line: row.line, field: '', message: `This row has ${row.cells.length} cells but there are ${expected} column headings. Part of the row may be on the next line` }] };
  }
  const record: Record<string, string> = {};
  map.positions.forEach((column, index) => {
    if (column) record[column.key] = unescapeFormula(row.cells[index] ?? '');
  });
  const parsed = schema.safeParse(record);
  if (parsed.success) return { ok: true, value: parsed.data };
  const headingOf = (key: unknown) => columns.find((c) => c.key === key)?.heading ?? '';
  const errors: CsvProblem[] = [];
  for (const issue of parsed.error.issues) {
    const field = headingOf(issue.path[0]);
    if (errors.some((e) => e.field === field)) continue;
    errors.push({ line: row.line, field, message: issue.message });
  }
  return { ok: false, errors };
}

function capProblems(problems: CsvProblem[]): CsvProblem[] {
  const sorted = [...problems].sort((a, b) => a.line - b.line);
  if (sorted.length <= MAX_REPORTED_PROBLEMS) return sorted;
  const shown = sorted.slice(0, MAX_REPORTED_PROBLEMS);
  const last = shown[shown.length - 1];
  shown.push({ line: last?.line ?? 1, field: '', message: `…and ${sorted.length - MAX_REPORTED_PROBLEMS} more problems. Fix these first, then import again` });
  return shown;
}
