import { useMemo } from 'react';
import { Link, useParams } from 'react-router';
import { useLiveQuery } from 'dexie-react-hooks';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { useRepositories } from '../../data/hooks/useRepositories';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { AuditPager } from './AuditPager';
import { AuditTable } from './AuditTable';
import { recipientNames } from './audit-words';
import { useAuditPages } from './useAuditPages';
import { paths } from '../../components/paths';

/**
 * "Record of who did what" for one family: every entry in the audit trail that names the family,
 * newest first, 50 to a page. Still readable after the family's records have been disposed of.
 */
export function AuditPage() {
  const { familyId = '' } = useParams();
  const { audit, directory } = useRepositories();
  const family = useFamily(familyId);
  const practitioners = useLiveQuery(() => directory.practitioners(), [directory]);
  const names = useMemo(() => recipientNames(family ? [family] : [], practitioners ?? []), [family, practitioners]);
  const entries = useLiveQuery(() => audit.forFamily(familyId), [audit, familyId]);
  const { shown, summary, pager } = useAuditPages(entries ?? []);

  if (family === undefined || entries === undefined) return <Loading what="record of who did what" />;
  if (family === null && entries.length === 0) return <FamilyNotFound />;
  const name = family?.familyName ?? null;

  return (
    <>
      {family ? (
        <BackToFamily familyId={family.id} familyName={family.familyName} />
      ) : (
        <p className="back-link">
          <Link to={paths.families()}>Back to all families</Link>
        </p>
      )}
      <PageHeading title={name ? `Record of who did what: ${name}` : 'Record of who did what: a disposed family'}>
        Record of who did what: {name ? <bdi>{name}</bdi> : 'a disposed family'}
      </PageHeading>
      {!family && <p className="lead">This family&apos;s records have been disposed of. The record of who did what is kept.</p>}
      <p>
        Team Around notes each time someone opens, adds, changes, shares or saves this family&apos;s information: who did it, when, and to which
        record. It never notes what the information says. Entries cannot be changed or removed.
      </p>
      <p ref={summary} tabIndex={-1} aria-live="polite">
        {entries.length === 0 ? 'Nothing has been recorded yet.' : `Showing entries ${shown.first} to ${shown.last} of ${entries.length.toLocaleString('en-GB')}, newest first.`}
      </p>
      {shown.rows.length > 0 && <AuditTable entries={shown.rows} names={names} />}
      <AuditPager {...pager} />
    </>
  );
}
