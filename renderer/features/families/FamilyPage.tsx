import { Link, useLocation, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { PageHeading } from '../../components/PageHeading';
import { FamilyDetails } from './details/FamilyDetails';
import { PracticeMarker } from '../practice';
import { ConsentSummary } from '../consent';
import { PlanSummary } from '../plans';
import { SafeguardingRoute } from '../safeguarding';
import { FamilyNotFound } from '../../components/notices/NotFound';
import { AuditLink, useAuditView } from '../audit';
import { MeetingsSummary } from '../meetings';
import { paths } from '../../components/paths';
import { FamilyPath } from '../path';
import { useFamilyPage } from './useFamilyPage';
import { usePaintedFor } from './usePaintedFor';

function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

function FamilyPageHeader({ family, flash }: { family: FamilyRecord; flash: string | null }) {
  return (
    <>
      <p>
        <Link to={paths.families()}>Back to all families</Link>
      </p>
      <PageHeading title={family.familyName}>
        <bdi>{family.familyName}</bdi>
      </PageHeading>
      <PracticeMarker isPractice={family.isPractice} />
      {flash && (
        <div className="notice notice--success" role="status">
          {flash}
        </div>
      )}
    </>
  );
}

function EditDetailsLink({ family }: { family: FamilyRecord }) {
  return (
    <p>
      <Link className="button button--secondary" to={paths.editFamily(family.id)}>
        Edit family details
      </Link>
    </p>
  );
}

/**
 * One family. What to do next comes first, then the safeguarding route, then the family's path
 * (which links to every step, so the family's week and find a time have no section of their own),
 * then where the plan, meetings and consent stand, then the family's details. Each section is an
 * h2 owned by its feature folder and given the family.
 *
 * The family and its path are read together, and the page is first drawn with what to do next in
 * it; the path's list of steps, the sections below it, and the audit entry for opening the family,
 * wait until that has been painted, so their reads, writes and layout never hold it up (decision
 * record 0050).
 */
export function FamilyPage() {
  const { familyId = '' } = useParams();
  const location = useLocation();
  const { family, path } = useFamilyPage(familyId);
  const restShown = usePaintedFor(family?.id ?? null);
  useAuditView(restShown ? family?.id : undefined);

  if (family === null) return <FamilyNotFound />;
  return (
    <>
      <FamilyPageHeader family={family} flash={flashFrom(location.state)} />
      <FamilyPath family={family} data={path} steps={restShown}>
        <SafeguardingRoute family={family} />
      </FamilyPath>
      {restShown && (
        <>
          <PlanSummary family={family} />
          <MeetingsSummary family={family} />
          <ConsentSummary family={family} />
          <EditDetailsLink family={family} />
          <FamilyDetails family={family} />
          <AuditLink family={family} />
        </>
      )}
    </>
  );
}
