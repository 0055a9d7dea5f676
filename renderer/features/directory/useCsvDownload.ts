import { useState } from 'react';
import { getBridge } from '../../bridge';
import { downloadOutcome, encodeCsv, type DownloadOutcome } from './csv-file';
import type { CsvKind } from './csv-kinds';
import { countOf } from './search';

export interface CsvDownloadState<T> {
  outcome: DownloadOutcome | null;
  downloadAll(rows: readonly T[]): Promise<void>;
  downloadTemplate(): Promise<void>;
}

/** Saves the directory, or just the column headings, as a CSV file, and says how it went. */
export function useCsvDownload<T>(kind: CsvKind<T>): CsvDownloadState<T> {
  const [outcome, setOutcome] = useState<DownloadOutcome | null>(null);

  async function save(text: string, suggestedName: string, what: string) {
    setOutcome(null);
    try {
      const result = await getBridge().saveFile({ suggestedName, kind: 'csv', data: encodeCsv(text) });
      setOutcome(downloadOutcome(result, what));
    } catch {
      setOutcome({ tone: 'problem', text: 'The file was not saved. Try again, or choose another folder.' });
    }
  }

  return {
    outcome,
    downloadAll: (rows) => save(kind.write(rows), kind.fileName, `${countOf(rows.length, kind.singular, kind.plural)}`),
    downloadTemplate: () => save(kind.write([]), kind.templateName, 'The empty template'),
  };
}
