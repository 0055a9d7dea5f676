import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo } from 'react';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { useRepositories } from '../../data/hooks/useRepositories';
import { recipientNames, type RecipientNames } from './audit-words';

/**
 * Names for the recipients of the entries shown: everyone in the directory, and the people in the
 * families those entries are about (only those families are opened, so a page of 50 entries never
 * reads every family).
 */
export function useRecipientNames(familyIds: readonly string[]): RecipientNames {
  const { directory, families } = useRepositories();
  const key = [...new Set(familyIds)].sort().join(' ');
  const practitioners = useLiveQuery(() => directory.practitioners(), [directory]);
  const found = useLiveQuery(async () => {
    const ids = key === '' ? [] : key.split(' ');
    const records = await Promise.all(ids.map((id) => families.get(id).catch(() => undefined)));
    return records.filter((r): r is FamilyRecord => r !== undefined);
  }, [families, key]);
  return useMemo(() => recipientNames(found ?? [], practitioners ?? []), [found, practitioners]);
}
