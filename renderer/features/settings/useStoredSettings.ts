import { useLiveQuery } from 'dexie-react-hooks';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { useRepositories } from '../../data/hooks/useRepositories';

/**
 * The saved area settings, `undefined` until read. Forms wait for this (rather than showing the
 * defaults first) so that a draft never starts from the defaults by mistake.
 */
export function useStoredAreaSettings(): AreaSettings | undefined {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.area(), [settings]);
}
