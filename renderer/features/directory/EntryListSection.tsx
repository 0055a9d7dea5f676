import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useRepositories } from '../../data/hooks/useRepositories';
import { CsvTools } from './CsvTools';
import type { EntryKind } from './entry-kinds';
import { SearchField } from './SearchField';
import { resultLine } from './search';

/** One list of the directory: add, search (kept in the address as `q`), the entries found, then CSV import and download. */
export function EntryListSection<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }>({
  kind,
  entry,
}: {
  kind: EntryKind<E, D, V>;
  entry(entry: E): ReactNode;
}) {
  const { directory } = useRepositories();
  const { headingId, title, addLabel, search, noun, empty } = kind.list;
  const all = kind.useAll();
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = all ? search.find(all, query) : [];
  return (
    <section aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        {title}
      </h2>
      <p>
        <Link className="button" to={kind.add.to}>
          {addLabel}
        </Link>
      </p>
      <SearchField id={search.id} label={search.label} hint={search.hint} value={query} onValueChange={(q) => setParams(q ? { q } : {}, { replace: true })} />
      {all === undefined ? (
        <p>Loading {noun.many}…</p>
      ) : (
        <>
          <p role="status" className="result-count">
            {resultLine(shown.length, all.length, query, noun.one, noun.many)}
          </p>
          {all.length === 0 && <p>{empty}</p>}
          <ul className="directory-list" aria-label={title}>
            {shown.map(entry)}
          </ul>
          <CsvTools kind={kind.csv} existing={all} importRows={(rows) => kind.store.import(directory, rows)} />
        </>
      )}
    </section>
  );
}
