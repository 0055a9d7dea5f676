import { useLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { useRepositories } from './useRepositories';

/** All families, re-read whenever the families table changes. `undefined` while loading. */
export function useFamilies(): FamilyRecord[] | undefined {
  const { families } = useRepositories();
  return useLiveQuery(() => families.list(), [families]);
}

/** One family; `null` when there is no such family, `undefined` while loading. */
export function useFamily(id: string): FamilyRecord | null | undefined {
  const { families } = useRepositories();
  return useLiveQuery(async () => (await families.get(id)) ?? null, [families, id]);
}
