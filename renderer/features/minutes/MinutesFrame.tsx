import { useMemo, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { Loading } from '../../components/Loading';
import { useAreaSettings, useProfile } from '../../data/hooks/useSettings';
import type { Profile } from '../../data/repositories/settings';
import { BackToFamily } from '../../components/BackLink';
import { FamilyNotFound, MeetingNotFound } from '../../components/notices/NotFound';
import { useMinutesData, type MinutesData } from './useMinutesData';

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
  if (data.state === 'missing-family') return <FamilyNotFound />;
  if (data.state === 'missing-meeting') {
    return (
      <>
        <BackToFamily familyId={data.family.id} familyName={data.family.familyName} />
        <MeetingNotFound familyId={data.family.id} />
      </>
    );
  }
  return context ? <>{children(context)}</> : <Loading what={what} />;
}
