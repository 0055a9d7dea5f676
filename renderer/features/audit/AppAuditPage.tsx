import { useState } from 'react';
import { Link } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useRepositories } from '../../data/hooks/useRepositories';
import { AuditPager } from './AuditPager';
import { useRecipientNames } from './useRecipientNames';
import { AUDIT_FILTERS, describeSentence, describeWhen, matchesFilter, type AuditFilter } from './audit-words';
import { useAuditPages } from './useAuditPages';
import { paths } from '../../components/paths';
import { SelectField } from '../../components/fields/SelectField';

const FILTERS = Object.keys(AUDIT_FILTERS) as AuditFilter[];

/**
 * The whole record of who did what on this computer, from Settings: unlocks and failed unlocks,
 * backups and restores, settings changes, disposals and every family's entries, newest first,
 * each as a sentence, narrowed by kind.
 */
export function AppAuditPage() {
  const { audit } = useRepositories();
  const entries = useLiveQuery(() => audit.all(), [audit]);
  const [filter, setFilter] = useState<AuditFilter>('all');
  const shown = (entries ?? []).filter((entry) => matchesFilter(entry, filter));
  const { shown: page, summary, pager, restart } = useAuditPages(shown);
  const names = useRecipientNames(page.rows.flatMap((entry) => (entry.familyId === undefined ? [] : [entry.familyId])));

  if (entries === undefined) return <Loading what="record of who did what" />;
  const kind = filter === 'all' ? 'entries' : `entries about ${AUDIT_FILTERS[filter].toLocaleLowerCase('en-GB')}`;

  return (
    <>
      <p className="back-link">
        <Link to={paths.settings()}>Back to settings</Link>
      </p>
      <PageHeading title="Record of who did what on this computer" />
      <p>
        Everything Team Around has noted on this computer: who unlocked it or tried to, backups and restores, changes to settings, disposals, and
        each time someone opened, changed or shared a family&apos;s information. It never notes what the information says. Entries cannot be
        changed or removed.
      </p>
      <SelectField
        id="audit-filter"
        label="Show"
        width="short"
        value={filter}
        onValueChange={(value) => {
          setFilter(value as AuditFilter);
          restart();
        }}
      >
        {FILTERS.map((key) => (
          <option key={key} value={key}>
            {AUDIT_FILTERS[key]}
          </option>
        ))}
      </SelectField>
      <p ref={summary} tabIndex={-1} aria-live="polite">
        {shown.length === 0
          ? filter === 'all'
            ? 'Nothing has been recorded yet.'
            : `There are no ${kind}.`
          : `Showing ${kind} ${page.first} to ${page.last} of ${shown.length.toLocaleString('en-GB')}, newest first.`}
      </p>
      {page.rows.length > 0 && (
        <ol className="audit-sentences" aria-label="Entries, newest first" reversed>
          {page.rows.map((entry) => (
            <li key={entry.seq}>
              <time dateTime={entry.at}>{describeWhen(entry.at)}</time>: <bdi>{describeSentence(entry, names)}</bdi>
            </li>
          ))}
        </ol>
      )}
      <AuditPager {...pager} />
    </>
  );
}
