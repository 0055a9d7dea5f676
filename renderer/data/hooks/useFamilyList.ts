import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { peekFamilyListPrefetch, takeFamilyListPrefetch, type FamilyListPrefetch, type FamilyListStart } from '../family-list-prefetch';
import type { FamilyRepository } from '../repositories/families';
import { useRepositories } from './useRepositories';

/** What the list shows before its live query answers: the read begun at unlock, while it is under way or once read. */
interface FirstRead {
  prefetch?: FamilyListPrefetch;
  start?: FamilyListStart;
  /** The read begun at unlock is still under way: the live query waits for it rather than reading beside it. */
  waiting: boolean;
}

const REPLACED: FirstRead = { waiting: false };

function firstRead(families: FamilyRepository): FirstRead {
  const prefetch = peekFamilyListPrefetch(families);
  const start = prefetch?.current();
  return { prefetch, start, waiting: prefetch !== undefined && start === undefined };
}

/**
 * The families list's families, re-read whenever the summaries change; `undefined` while loading.
 * When the app opened on the list, the read begun at unlock is shown first (0060), perhaps only
 * the first page (0063, `complete` false), until the live query's first answer replaces it.
 */
export function useFamilyList(): FamilyListStart | undefined {
  const { families } = useRepositories();
  const [first, setFirst] = useState(() => firstRead(families));
  const live = useLiveQuery(() => (first.waiting ? undefined : families.list()), [families, first.waiting]);
  const whole = useMemo(() => (live === undefined ? undefined : { families: live, count: live.length, complete: true }), [live]);

  useEffect(() => {
    if (first.prefetch) takeFamilyListPrefetch(first.prefetch);
  }, [first.prefetch]);
  useEffect(() => {
    if (!first.waiting || !first.prefetch) return;
    let mounted = true;
    const { prefetch } = first;
    void prefetch.settled.then(() => {
      if (mounted) setFirst({ start: prefetch.current(), waiting: false });
    });
    return () => {
      mounted = false;
    };
  }, [first]);
  // Not kept beside the live query's answer once it has one (a second copy of the summaries).
  if (live !== undefined && first.start !== undefined) setFirst(REPLACED);

  return whole ?? first.start;
}
