import { decodeCsvFile, describeProblem } from './csv-file';
import type { CsvKind } from './csv-kinds';

/** What the import area shows: nothing yet, rows ready to confirm, the problems in a file, or a one-line outcome. */
export type ImportView<T> =
  | { step: 'idle' }
  | { step: 'preview'; fileName: string; rows: T[] }
  | { step: 'problems'; fileName: string; problems: string[] }
  | { step: 'message'; tone: 'success' | 'info' | 'problem'; text: string; takeFocus: boolean };

/** Reads a chosen file all the way to a preview or a list of problems; nothing is saved here. */
export function readImportFile<T>(kind: CsvKind<T>, fileName: string, data: Uint8Array): ImportView<T> {
  const decoded = decodeCsvFile(data);
  if (!decoded.ok) return { step: 'message', tone: 'problem', text: decoded.message, takeFocus: false };
  const parsed = kind.parse(decoded.text);
  if (!parsed.ok) return { step: 'problems', fileName, problems: parsed.errors.map(describeProblem) };
  return { step: 'preview', fileName, rows: parsed.rows };
}
