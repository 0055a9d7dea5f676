import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { peekFamilyListPrefetch, takeFamilyListPrefetch, type FamilyListPrefetch } from '../family-list-prefetch';
import type { FamilyRepository } from '../repositories/families';
import { useRepositories } from './useRepositories';

/** What the list shows before its live query answers: the read begun at unlock, while it is under way or once read. */
interface FirstRead {
  prefetch?: FamilyListPrefetch;
  list?: FamilySummary[];
  /** The read begun at unlock is still under way: the live query waits for it rather than reading beside it. */
  waiting: boolean;
}

const REPLACED: FirstRead = { waiting: false };

function firstRead(families: FamilyRepository): FirstRead {
  const prefetch = peekFamilyListPrefetch(families);
  const list = prefetch?.current();
  return { prefetch, list, waiting: prefetch !== undefined && list === undefined };
}

/**
 * A summary of every family, re-read whenever the summaries change. `undefined` while loading.
 * When the app opened on the list, the read begun at unlock is shown first (0060), until the live
 * query's first answer replaces it.
 */
export function useFamilies(): FamilySummary[] | undefined {
  const { families } = useRepositories();
  const [first, setFirst] = useState(() => firstRead(families));
  const live = useLiveQuery(() => (first.waiting ? undefined : families.list()), [families, first.waiting]);

  useEffect(() => {
    if (first.prefetch) takeFamilyListPrefetch(first.prefetch);
  }, [first.prefetch]);
  useEffect(() => {
    if (!first.waiting || !first.prefetch) return;
    let mounted = true;
    const { prefetch } = first;
    void prefetch.settled.then(() => {
      if (mounted) setFirst({ list: prefetch.current(), waiting: false });
    });
    return () => {
      mounted = false;
    };
  }, [first]);
  // Not kept beside the live query's answer once it has one (a second copy of every summary).
  if (live !== undefined && first.list !== undefined) setFirst(REPLACED);

  return live ?? first.list;
}

/** One family; `null` when there is no such family, `undefined` while loading. */
export function useFamily(id: string): FamilyRecord | null | undefined {
  const { families } = useRepositories();
  return useLiveQuery(async () => (await families.get(id)) ?? null, [families, id]);
}
