import { useLiveQuery } from 'dexie-react-hooks';
import { areaWords, defaultAreaSettings, type AreaSettings } from '../../../shared/domain/area-settings';
import type { Profile } from '../repositories/settings';
import { useRepositories } from './useRepositories';

/** The area's settings, read by every screen and document; the defaults until they load or when none are saved. */
export function useAreaSettings(): AreaSettings {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.area(), [settings], defaultAreaSettings);
}

/** The words this area uses: TAC or TAF, lead professional or lead practitioner, early help or family help. */
export function useAreaWords(): ReturnType<typeof areaWords> {
  return areaWords(useAreaSettings());
}

/** The person using the app; `undefined` while loading. */
export function useProfile(): Profile | undefined {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.profile(), [settings]);
}
