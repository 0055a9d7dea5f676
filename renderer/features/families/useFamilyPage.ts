import { useSuspendingLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { useRepositories } from '../../data/hooks/useRepositories';
import { readPathData, type PathData } from '../path';

export interface FamilyPageData {
  /** null when there is no such family. */
  family: FamilyRecord | null;
  path: PathData;
}

/**
 * The family and everything its path needs, in one live query started while the page renders
 * (not after it commits), so the page is drawn once, with what to do next in it. Suspends until
 * the first read is done: the move to the page is a router transition, so the screen before stays
 * until then rather than a loading message flashing (see decision record 0050).
 */
export function useFamilyPage(familyId: string): FamilyPageData {
  const repos = useRepositories();
  return useSuspendingLiveQuery(async () => {
    const [family, path] = await Promise.all([repos.families.get(familyId), readPathData(repos, familyId)]);
    return { family: family ?? null, path };
  }, ['family-page', repos, familyId]);
}
