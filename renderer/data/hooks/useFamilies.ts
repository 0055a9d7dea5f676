import { useLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { useRepositories } from './useRepositories';

/** A summary of every family, re-read whenever the summaries change. `undefined` while loading. */
export function useFamilies(): FamilySummary[] | undefined {
  const { families } = useRepositories();
  return useLiveQuery(() => families.list(), [families]);
}

/** One family; `null` when there is no such family, `undefined` while loading. */
export function useFamily(id: string): FamilyRecord | null | undefined {
  const { families } = useRepositories();
  return useLiveQuery(async () => (await families.get(id)) ?? null, [families, id]);
}
