import { useLiveQuery } from 'dexie-react-hooks';
import type { HomeLists } from '../../data/repositories/home';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The home screen's lists, re-read whenever what they are made from changes. `undefined` while loading. */
export function useHomeLists(): HomeLists | undefined {
  const { home } = useRepositories();
  return useLiveQuery(() => home.lists(), [home]);
}
