import { useLiveQuery } from 'dexie-react-hooks';
import type { Action } from '../../../shared/domain/action';
import type { Practitioner } from '../../../shared/domain/directory';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { useRepositories } from '../../data/hooks/useRepositories';

export type FamilyMeetings =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; family: FamilyRecord; meetings: PlannedMeeting[]; practitioners: Practitioner[]; actions: Action[] };

/** The family, its meetings (newest first), the directory's practitioners and the family's actions, kept live. */
export function useFamilyMeetings(familyId: string): FamilyMeetings {
  const { families, meetings, directory, actions } = useRepositories();
  const data = useLiveQuery(async () => {
    const family = await families.get(familyId);
    if (!family) return { state: 'missing' as const };
    const [list, practitioners, familyActions] = await Promise.all([meetings.forFamily(familyId), directory.practitioners(), actions.forFamily(familyId)]);
    return { state: 'ready' as const, family, meetings: list, practitioners, actions: familyActions };
  }, [families, meetings, directory, actions, familyId]);
  return data ?? { state: 'loading' };
}
