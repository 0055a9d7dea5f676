import { useEffect } from 'react';
import { useRepositories } from '../../data/hooks/useRepositories';

/** Opening the same family again within this time adds no new entry, so the trail is not flooded. */
export const VIEW_QUIET_MS = 5 * 60 * 1000;

const lastLogged = new Map<string, number>();

/**
 * Records that a family's information was opened: one 'view' entry per family at most every five
 * minutes in this app session. Call it on the family page with the family's id once it is loaded
 * (`undefined` or `null` while loading or when there is no such family: nothing is recorded).
 */
export function useAuditView(familyId: string | null | undefined): void {
  const { audit } = useRepositories();
  useEffect(() => {
    if (!familyId) return;
    const now = Date.now();
    const previous = lastLogged.get(familyId);
    if (previous !== undefined && now - previous < VIEW_QUIET_MS) return;
    // Marked before writing, so a second render cannot log twice; cleared if the write fails.
    lastLogged.set(familyId, now);
    audit.record({ action: 'view', recordType: 'family', recordId: familyId, familyId }).catch(() => {
      if (lastLogged.get(familyId) === now) lastLogged.delete(familyId);
    });
  }, [audit, familyId]);
}
