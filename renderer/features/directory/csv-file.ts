import type { CsvProblem } from '../../../shared/csv/csv-table';
import type { SaveFileResult } from '../../../shared/contract';

/** The largest file we try to read: far more than the 5,000 rows an import allows. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

export type DecodedCsv = { ok: true; text: string } | { ok: false; message: string };

const NOT_TEXT =
  'This file is not a CSV file saved as UTF-8 text, so it cannot be read. If it is a spreadsheet, open it and save it as “CSV UTF-8 (comma delimited)”, then import that file.';

function megabytes(bytes: number): string {
  return (bytes / (1024 * 1024)).toLocaleString('en-GB', { maximumFractionDigits: 1 });
}

/**
 * The bytes of a chosen file as text: UTF-8 only (what Excel's "CSV UTF-8" and most systems write),
 * without a byte-order mark. Anything else gets a message saying what to do, never garbled names.
 */
export function decodeCsvFile(data: Uint8Array): DecodedCsv {
  if (data.byteLength > MAX_CSV_BYTES) {
    return {
      ok: false,
      message: `This file is too large to import (${megabytes(data.byteLength)} MB). The most we can read at once is ${megabytes(MAX_CSV_BYTES)} MB: split it into smaller files and import each one.`,
    };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(data);
  } catch {
    return { ok: false, message: NOT_TEXT };
  }
  // A NUL never appears in CSV text; it means UTF-16 text or a binary file such as a spreadsheet.
  if (text.includes('\u0000')) return { ok: false, message: NOT_TEXT };
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/** "Line 4, secure email: Enter the secure email address in the right form, …" */
export function describeProblem(problem: CsvProblem): string {
  // The last item of a long list says how many more there are; it belongs to no one line.
  if (problem.message.startsWith('…')) return problem.message;
  const where = problem.field === '' ? `Line ${problem.line}` : `Line ${problem.line}, ${problem.field.toLocaleLowerCase('en-GB')}`;
  return `${where}: ${problem.message}`;
}

export function encodeCsv(text: string): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(text);
}

export type DownloadOutcome = { tone: 'success' | 'info' | 'problem'; text: string };

/** What to tell the user after a save: the bridge's own message on failure, never swallowed. */
export function downloadOutcome(result: SaveFileResult, what: string): DownloadOutcome {
  if (result.status === 'saved') return { tone: 'success', text: `${what} saved as ${result.fileName}.` };
  if (result.status === 'cancelled') return { tone: 'info', text: 'Nothing was saved.' };
  return { tone: 'problem', text: `The file was not saved. ${result.message}` };
}
