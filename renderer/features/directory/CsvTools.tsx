import type { CsvKind } from './csv-kinds';
import { ImportMessage } from './ImportMessage';
import { ImportPreview } from './ImportPreview';
import { ImportProblems } from './ImportProblems';
import { useCsvDownload } from './useCsvDownload';
import { useCsvImport } from './useCsvImport';

interface Props<T> {
  kind: CsvKind<T>;
  /** What is in the directory now: downloaded as it is, and compared with a file being imported. */
  existing: readonly T[];
  importRows(rows: readonly T[]): Promise<number>;
}

/** Import from a CSV file (previewed, all or nothing), download the directory, or download an empty template. */
export function CsvTools<T>({ kind, existing, importRows }: Props<T>) {
  const csvImport = useCsvImport(kind, importRows);
  const download = useCsvDownload(kind);
  const { view } = csvImport;
  const headingId = `csv-tools-${kind.fileName.replace(/\W/g, '-')}`;
  return (
    <section className="directory-csv" aria-labelledby={headingId}>
      <h3 className="directory-csv__title" id={headingId}>
        Import or download a CSV file
      </h3>
      <p>{kind.requirement}</p>
      <p className="field__hint">Importing adds to the directory. If any row has a problem, nothing is imported and each problem is listed by its line in the file.</p>
      <div className="directory-button-row">
        <button type="button" className="button button--secondary" onClick={csvImport.choose}>
          Import from a CSV file
        </button>
        {existing.length > 0 && (
          <button type="button" className="button button--secondary" onClick={() => void download.downloadAll(existing)}>
            Download as CSV
          </button>
        )}
        <button type="button" className="button button--secondary" onClick={() => void download.downloadTemplate()}>
          Download an empty template
        </button>
      </div>
      <p className="save-status" role="status">
        {download.outcome && download.outcome.tone !== 'problem' ? download.outcome.text : ''}
      </p>
      {download.outcome?.tone === 'problem' && (
        <div className="notice notice--problem" role="alert">
          {download.outcome.text}
        </div>
      )}
      {view.step === 'preview' && (
        <ImportPreview
          key={csvImport.shownCount}
          kind={kind}
          fileName={view.fileName}
          rows={view.rows}
          existing={existing}
          importing={csvImport.importing}
          onConfirm={() => void csvImport.confirm()}
          onCancel={csvImport.cancel}
        />
      )}
      {view.step === 'problems' && <ImportProblems key={csvImport.shownCount} fileName={view.fileName} problems={view.problems} />}
      {view.step === 'message' && <ImportMessage key={csvImport.shownCount} tone={view.tone} text={view.text} takeFocus={view.takeFocus} />}
    </section>
  );
}
