import { useLiveQuery } from 'dexie-react-hooks';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { Plan } from '../../../shared/domain/plan';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The family's plans, newest first; `undefined` while loading. */
export function usePlans(familyId: string): Plan[] | undefined {
  const { plans } = useRepositories();
  return useLiveQuery(() => plans.forFamily(familyId), [plans, familyId]);
}

/**
 * The area's settings, `undefined` until they have been read. Forms wait for them, so a new
 * plan starts from the area's own review frequency rather than the built-in default.
 */
export function useLoadedAreaSettings(): AreaSettings | undefined {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.area(), [settings]);
}
