import { useLiveQuery } from 'dexie-react-hooks';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import type { Plan } from '../../../shared/domain/plan';
import { useRepositories } from '../../data/hooks/useRepositories';
import { splitPlans } from '../plans';

export type MeetingRunData =
  | { state: 'loading' }
  | { state: 'no-family' }
  | { state: 'no-meeting'; family: FamilyRecord }
  | { state: 'ready'; family: FamilyRecord; meeting: PlannedMeeting; plan: Plan | null; area: AreaSettings };

/** The family, the meeting, the family's current plan and the area's settings, kept live. */
export function useMeetingRunData(familyId: string, meetingId: string): MeetingRunData {
  const { families, meetings, plans, settings } = useRepositories();
  const data = useLiveQuery(async (): Promise<MeetingRunData> => {
    const family = await families.get(familyId);
    if (!family) return { state: 'no-family' };
    const [meeting, familyPlans, area] = await Promise.all([meetings.get(meetingId), plans.forFamily(familyId), settings.area()]);
    if (!meeting || meeting.familyId !== familyId) return { state: 'no-meeting', family };
    return { state: 'ready', family, meeting, plan: splitPlans(familyPlans).current ?? null, area };
  }, [families, meetings, plans, settings, familyId, meetingId]);
  return data ?? { state: 'loading' };
}
