import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/domain/plan';
import { defaultMinutesWording } from '../../../shared/minutes/wording';
import { distanceTravelled, type DistanceTravelled } from '../../../shared/rules/distance-travelled';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The plan's scaling and action outcomes at its meetings so far; `undefined` while loading. */
export function useDistance(plan: Plan, today: string): DistanceTravelled | undefined {
  const { meetings, meetingRecords } = useRepositories();
  return useLiveQuery(async () => {
    const [held, records] = await Promise.all([meetings.forFamily(plan.familyId), meetingRecords.forFamily(plan.familyId)]);
    return distanceTravelled({ plan, meetings: held, records, today, defaultQuestion: defaultMinutesWording.minutes.scalingQuestion });
  }, [meetings, meetingRecords, plan, today]);
}
