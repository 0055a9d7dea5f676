import { useLiveQuery } from 'dexie-react-hooks';
import { todayInLondon } from '../../../shared/rules/dates';
import type { DueFamily } from '../../data/repositories/disposal';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { RetentionRules } from '../../../shared/domain/retention';

/** Families whose records are due for disposal today, oldest due first; `undefined` while loading. */
export function useDueFamilies(): DueFamily[] | undefined {
  const { disposal } = useRepositories();
  return useLiveQuery(() => disposal.due(todayInLondon()), [disposal]);
}

/** The retention rules in force; `undefined` while loading. */
export function useRetentionRules(): RetentionRules | undefined {
  const { settings } = useRepositories();
  return useLiveQuery(() => settings.retention(), [settings]);
}
