import { alreadyListedNote, countAlreadyListed, type CsvKind } from './csv-kinds';
import { countOf } from './search';
import { useFocusOnMount } from './useFocusOnMount';

export const PREVIEW_ROWS = 10;

interface Props<T> {
  kind: CsvKind<T>;
  fileName: string;
  rows: readonly T[];
  existing: readonly T[];
  importing: boolean;
  onConfirm(): void;
  onCancel(): void;
}

/** What a file would add, before anything is saved: a count, the first rows, and Confirm or Cancel. */
export function ImportPreview<T>({ kind, fileName, rows, existing, importing, onConfirm, onCancel }: Props<T>) {
  const heading = useFocusOnMount<HTMLHeadingElement>();
  const total = countOf(rows.length, kind.singular, kind.plural);
  const first = rows.slice(0, PREVIEW_ROWS);
  const note = alreadyListedNote(kind, countAlreadyListed(kind, rows, existing));
  return (
    <div className="directory-import">
      <h4 className="directory-import__title" tabIndex={-1} ref={heading}>
        {total} {rows.length === 1 ? 'is' : 'are'} ready to import
      </h4>
      <p>
        From <bdi>{fileName}</bdi>. Nothing has been added yet: check the rows below, then confirm.
      </p>
      {note && <p className="directory-import__note">{note}</p>}
      <table className="directory-table">
        <caption className="directory-table__caption">
          {rows.length <= PREVIEW_ROWS ? `All ${total} in the file` : `The first ${first.length} of ${total} in the file`}
        </caption>
        <thead>
          <tr>
            {kind.preview.map((c) => (
              <th scope="col" key={c.heading}>
                {c.heading}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first.map((row, i) => (
            <tr key={i}>
              {kind.preview.map((c) => (
                <td key={c.heading}>
                  <bdi>{c.value(row)}</bdi>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="directory-button-row">
        <button type="button" className="button" disabled={importing} onClick={onConfirm}>
          Confirm and import {total}
        </button>
        <button type="button" className="button button--secondary" disabled={importing} onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
