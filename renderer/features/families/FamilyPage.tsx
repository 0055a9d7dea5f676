import { Link, useLocation, useParams } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useFamily } from '../../data/hooks/useFamilies';
import { FamilyDetails } from './details/FamilyDetails';
import { FamilyNotFound } from './FamilyNotFound';
import { PracticeMarker } from '../practice/PracticeMarker';

function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

function FamilyPageHeader({ family, flash }: { family: FamilyRecord; flash: string | null }) {
  return (
    <>
      <p>
        <Link to="/families">Back to all families</Link>
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
      <p>
        <Link className="button button--secondary" to={`/families/${family.id}/edit`}>
          Edit family details
        </Link>
      </p>
    </>
  );
}

/**
 * One family. The page is a header followed by h2 sections; sections from other features
 * (plan, consent, safeguarding…) are added here beside FamilyDetails, each given the family.
 */
export function FamilyPage() {
  const { familyId = '' } = useParams();
  const location = useLocation();
  const family = useFamily(familyId);

  if (family === undefined) return <Loading what="family" />;
  if (family === null) return <FamilyNotFound />;
  return (
    <>
      <FamilyPageHeader family={family} flash={flashFrom(location.state)} />
      <FamilyDetails family={family} />
    </>
  );
}
