import { useLiveQuery } from 'dexie-react-hooks';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Practitioner } from '../../../shared/domain/directory';
import { useRepositories } from '../../data/hooks/useRepositories';

/** The family's consent log, oldest first; `undefined` while loading. Re-read whenever it changes. */
export function useConsentLog(familyId: string): ConsentEvent[] | undefined {
  const { consent } = useRepositories();
  return useLiveQuery(() => consent.forFamily(familyId), [consent, familyId]);
}

/** Practitioners in the local directory, by name; `undefined` while loading. */
export function usePractitioners(): Practitioner[] | undefined {
  const { directory } = useRepositories();
  return useLiveQuery(() => directory.practitioners(), [directory]);
}
