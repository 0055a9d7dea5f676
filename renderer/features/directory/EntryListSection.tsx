import type { ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { SearchField } from './SearchField';
import { resultLine } from './search';

interface EntryListSectionProps<E> {
  /** The heading's id. */
  headingId: string;
  title: string;
  add: { to: string; label: string };
  search: { id: string; label: string; hint: string; find(all: readonly E[], query: string): E[] };
  /** What one entry and several are called in the count line: "practitioner", "practitioners". */
  noun: { one: string; many: string };
  /** Said when the directory has none yet. */
  empty: string;
  /** Every entry, or undefined while they load. */
  all: E[] | undefined;
  entry(entry: E): ReactNode;
  /** What follows the list once it is read (CSV import and download). */
  tools(all: E[]): ReactNode;
}

/** One list of the directory: add, search (kept in the address as `q`), the entries found, then the tools. */
export function EntryListSection<E>({ headingId, title, add, search, noun, empty, all, entry, tools }: EntryListSectionProps<E>) {
  const [params, setParams] = useSearchParams();
  const query = params.get('q') ?? '';
  const shown = all ? search.find(all, query) : [];
  return (
    <section aria-labelledby={headingId}>
      <h2 className="section-heading" id={headingId}>
        {title}
      </h2>
      <p>
        <Link className="button" to={add.to}>
          {add.label}
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
          {tools(all)}
        </>
      )}
    </section>
  );
}
