import type { AreaSettings } from '../../../shared/domain/area-settings';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { Plan } from '../../../shared/domain/plan';
import { useFamily } from '../../data/hooks/useFamilies';
import { useProfile } from '../../data/hooks/useSettings';
import type { Profile } from '../../data/repositories/settings';
import { useLoadedAreaSettings, usePlans } from './usePlanData';

export type PlanPageData =
  | { state: 'loading' }
  | { state: 'missing' }
  | { state: 'ready'; family: FamilyRecord; plans: Plan[]; settings: AreaSettings; profile: Profile };

/** Everything a plan screen needs, once all of it has been read. */
export function usePlanPage(familyId: string): PlanPageData {
  const family = useFamily(familyId);
  const plans = usePlans(familyId);
  const settings = useLoadedAreaSettings();
  const profile = useProfile();
  if (family === null) return { state: 'missing' };
  if (family === undefined || plans === undefined || settings === undefined || profile === undefined) return { state: 'loading' };
  return { state: 'ready', family, plans, settings, profile };
}
