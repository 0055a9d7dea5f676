import { Link, useParams } from 'react-router';
import { formatLongDate } from '../../../shared/rules/dates';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { NotDuePage } from './NotDuePage';
import { useDueFamilies } from './useDueFamilies';
import { paths } from '../../components/paths';

/** First of two confirmations: what disposal removes, and that it cannot be undone. */
export function DisposeFirstPage() {
  const { familyId = '' } = useParams();
  const due = useDueFamilies();
  if (due === undefined) return <Loading what="family" />;
  const family = due.find((d) => d.familyId === familyId);
  if (!family) return <NotDuePage />;
  return (
    <>
      <p className="back-link">
        <Link to={paths.retention()}>Back to records due for disposal</Link>
      </p>
      <PageHeading title={`Dispose of the records about ${family.familyName}?`}>
        Dispose of the records about <bdi>{family.familyName}</bdi>?
      </PageHeading>
      <p className="lead">
        This removes <bdi>{family.familyName}</bdi> and everything recorded about them from this computer: their details, plans, consent register,
        safeguarding referrals, meetings, actions and unsaved drafts. It cannot be undone.
      </p>
      <p>
        Their last plan closed on {formatLongDate(family.closedOn)}, and their records were due for disposal on {formatLongDate(family.dueOn)}. The
        record of who did what keeps a note that the records were disposed of, when and by whom, without any names.
      </p>
      <div className="confirm__buttons">
        <Link className="button button--warning" to={paths.confirmDispose(family.familyId)} state={{ firstConfirmed: true }}>
          Continue
        </Link>
        <Link className="button button--secondary" to={paths.retention()}>
          No, keep the records
        </Link>
      </div>
    </>
  );
}
