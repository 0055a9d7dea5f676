import { useLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The practice families loaded now (normally none or one); `undefined` while loading. */
export function usePracticeFamilies(): FamilyRecord[] | undefined {
  const { practice } = useRepositories();
  return useLiveQuery(() => practice.practiceFamilies(), [practice]);
}
