import { useLiveQuery } from 'dexie-react-hooks';
import type { Plan } from '../../../shared/domain/plan';
import { distanceTravelled, type DistanceTravelled } from '../../../shared/rules/distance-travelled';
import { useRepositories } from '../../data/hooks/useRepositories';
import { USUAL_SCALING_QUESTION } from '../../../shared/domain/scaling-scale';

/** The plan's scaling and action outcomes at its meetings so far; `undefined` while loading. */
export function useDistance(plan: Plan, today: string): DistanceTravelled | undefined {
  const { meetings, meetingRecords } = useRepositories();
  return useLiveQuery(async () => {
    const [held, records] = await Promise.all([meetings.forFamily(plan.familyId), meetingRecords.forFamily(plan.familyId)]);
    return distanceTravelled({ plan, meetings: held, records, today, defaultQuestion: USUAL_SCALING_QUESTION });
  }, [meetings, meetingRecords, plan, today]);
}
