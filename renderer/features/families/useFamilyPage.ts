import { useSuspendingObservable } from 'dexie-react-hooks';
import { useRepositories } from '../../data/hooks/useRepositories';
import { familyPageQuery, type FamilyPageData } from './family-page-query';

/**
 * The family and everything its path needs, in one live query: started by the route when the
 * address changes (`prefetchFamilyPage`), or else while the page renders, never after it commits,
 * so the page is drawn once, with what to do next in it. Suspends until the first read is done:
 * the move to the page is a router transition, so the screen before stays until then rather than
 * a loading message flashing (see decision record 0050).
 */
export function useFamilyPage(familyId: string): FamilyPageData {
  const repos = useRepositories();
  return useSuspendingObservable(() => familyPageQuery(repos, familyId), ['family-page', repos, familyId]);
}
