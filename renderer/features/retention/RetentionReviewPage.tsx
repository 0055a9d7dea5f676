import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { describeRetentionPeriod } from '../../../shared/domain/retention';
import { formatLongDate } from '../../../shared/rules/dates';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { auditPath } from '../audit';
import { disposalFlashFrom } from './disposal-words';
import { useDueFamilies, useRetentionRules } from './useDueFamilies';
import { paths } from '../../components/paths';
import { ColumnHeadings } from '../../components/ColumnHeadings';

/** "Records due for disposal": families whose plans all closed longer ago than the retention period. */
export function RetentionReviewPage() {
  const due = useDueFamilies();
  const rules = useRetentionRules();
  const flash = disposalFlashFrom(useLocation().state);
  const notice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (flash) notice.current?.focus();
  }, [flash]);

  if (due === undefined || rules === undefined) return <Loading what="records due for disposal" />;
  return (
    <>
      <p className="back-link">
        <Link to={paths.settings()}>Back to settings</Link>
      </p>
      <PageHeading title="Records due for disposal" />
      {flash && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={notice}>
          {flash.flash} <Link to={auditPath(flash.disposedId)}>See the record of who did what</Link>
        </div>
      )}
      <p>
        Families whose plans have all closed, and closed more than {describeRetentionPeriod(rules.closedPlans)} ago. Check each one against your
        organisation&apos;s retention schedule before you dispose of its records. <Link to={paths.settings()}>Change how long records are kept</Link>
      </p>
      {due.length === 0 ? (
        <p>No records are due for disposal.</p>
      ) : (
        <div className="table-scroll" role="region" aria-label="Table of records due for disposal" tabIndex={0}>
          <table className="data-table">
            <caption className="visually-hidden">Families due for disposal, longest overdue first</caption>
            <ColumnHeadings headings={['Family', 'Last plan closed on', 'Due for disposal on']} hiddenLast="Action" />
            <tbody>
              {due.map((family) => (
                <tr key={family.familyId}>
                  <td>
                    <bdi>{family.familyName}</bdi>
                  </td>
                  <td className="data-table__date">{formatLongDate(family.closedOn)}</td>
                  <td className="data-table__date">{formatLongDate(family.dueOn)}</td>
                  <td>
                    <Link to={paths.dispose(family.familyId)}>
                      Dispose of this family&apos;s records <span className="visually-hidden">({family.familyName})</span>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
