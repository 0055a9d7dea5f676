import { useMemo, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { useAreaSettings, useProfile } from '../../data/hooks/useSettings';
import type { Profile } from '../../data/repositories/settings';
import { BackToFamily } from '../plans/form-parts/BackLink';
import { FamilyMissing } from '../plans/form-parts/FamilyMissing';
import { useMinutesData, type MinutesData } from './useMinutesData';
import { paths } from '../../components/paths';

export interface MinutesContext extends MinutesData {
  area: AreaSettings;
  profile: Profile;
}

/**
 * Loads one meeting's minutes and everything they are made from, and shows the page once it is
 * all there; says plainly when the family or the meeting cannot be found.
 */
export function MinutesFrame({ what, children }: { what: string; children(context: MinutesContext): ReactNode }) {
  const { familyId = '', meetingId = '' } = useParams();
  const data = useMinutesData(familyId, meetingId);
  const area = useAreaSettings();
  const profile = useProfile();
  // One context object per change of the data, so screens can build the minutes once per change.
  const context = useMemo(() => (data.state === 'ready' && profile !== undefined ? { ...data, area, profile } : null), [data, area, profile]);
  if (data.state === 'loading' || profile === undefined) return <Loading what={what} />;
  if (data.state === 'missing-family') return <FamilyMissing />;
  if (data.state === 'missing-meeting') {
    return (
      <>
        <BackToFamily familyId={data.family.id} familyName={data.family.familyName} />
        <PageHeading title="Meeting not found" />
        <p>
          This meeting could not be found. <Link to={paths.meetings(data.family.id)}>Go to the family’s meetings</Link>
        </p>
      </>
    );
  }
  return context ? <>{children(context)}</> : <Loading what={what} />;
}
