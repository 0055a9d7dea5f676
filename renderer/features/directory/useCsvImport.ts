import { useState } from 'react';
import { getBridge } from '../../bridge';
import { toStorageError } from '../../data/errors';
import type { CsvKind } from './csv-kinds';
import { readImportFile, type ImportView } from './import-view';
import { countOf } from './search';

export interface CsvImportState<T> {
  view: ImportView<T>;
  /** Changes every time a new view is shown, so its panel mounts afresh (and can take focus). */
  shownCount: number;
  importing: boolean;
  choose(): void;
  confirm(): Promise<void>;
  cancel(): void;
}

/**
 * Choose a CSV file, see what would be imported (or every problem, by line), then confirm.
 * Nothing is written until confirm, and then all rows are written in one transaction or none.
 */
export function useCsvImport<T>(kind: CsvKind<T>, importRows: (rows: readonly T[]) => Promise<number>): CsvImportState<T> {
  const [view, setView] = useState<ImportView<T>>({ step: 'idle' });
  const [shownCount, setShownCount] = useState(0);
  const [importing, setImporting] = useState(false);

  const show = (next: ImportView<T>) => {
    setView(next);
    setShownCount((n) => n + 1);
  };

  function choose() {
    // Asked straight from the click, before any await, so the browser lets the file picker open.
    getBridge()
      .openFile({ kinds: ['csv'] })
      .then(
        (result) => {
          if (result.status === 'cancelled') return;
          if (result.status === 'failed') show({ step: 'message', tone: 'problem', text: result.message, takeFocus: false });
          else show(readImportFile(kind, result.fileName, result.data));
        },
        () => show({ step: 'message', tone: 'problem', text: 'The file could not be opened. Try again.', takeFocus: false }),
      );
  }

  async function confirm() {
    if (view.step !== 'preview' || importing) return;
    setImporting(true);
    try {
      const count = await importRows(view.rows);
      const text = `${countOf(count, kind.singular, kind.plural)} ${count === 1 ? 'has' : 'have'} been imported.`;
      show({ step: 'message', tone: 'success', text, takeFocus: true });
    } catch (error) {
      show({ step: 'message', tone: 'problem', text: `Nothing was imported. ${toStorageError(error).message}`, takeFocus: true });
    } finally {
      setImporting(false);
    }
  }

  function cancel() {
    show({ step: 'message', tone: 'info', text: 'Nothing was imported.', takeFocus: true });
  }

  return { view, shownCount, importing, choose, confirm, cancel };
}
