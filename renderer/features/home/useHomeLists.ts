import { useLiveQuery } from 'dexie-react-hooks';
import type { HomeLists } from '../../data/repositories/home';
import { useRepositories } from '../../data/hooks/useRepositories';

/**
 * The home screen's lists, re-read whenever what they are made from changes. `undefined` while
 * loading. Only the oldest minutes waiting are listed until `allMinutes` (the chair asked for all).
 */
export function useHomeLists(allMinutes = false): HomeLists | undefined {
  const { home } = useRepositories();
  return useLiveQuery(() => home.lists({ allMinutes }), [home, allMinutes]);
}

/** How many open actions are due by Sunday, asked for only when `wanted` (there are more than the list shows). */
export function useActionsDueCount(wanted: boolean): number | undefined {
  const { home } = useRepositories();
  return useLiveQuery(() => (wanted ? home.actionsDueCount() : undefined), [home, wanted]);
}
