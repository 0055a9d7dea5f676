/**
 * Who each detail on the family page is hidden from, so the page can mark it ("Hidden from: …").
 * Read from the flags in force, in the same way as `redactFor` applies them to documents.
 */
import type { FamilyRecord } from '../../../../shared/domain/family-record';
import { activeFlags, type ProtectedDetail } from '../../../../shared/domain/safety-flag';

type FlagsOnly = Pick<FamilyRecord, 'safetyFlags'>;

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** The people a person's phone, email or school must never be shown to. */
export function hiddenFromFor(record: FlagsOnly, personId: string, detail: ProtectedDetail): string[] {
  return unique(
    activeFlags(record.safetyFlags)
      .filter((f) => f.subjectId === personId && f.covers.includes(detail))
      .flatMap((f) => f.hiddenFrom),
  );
}

/** A home's address (with its name and phone) is hidden from whoever an address flag on anyone living there names. */
export function homeHiddenFrom(record: Pick<FamilyRecord, 'safetyFlags' | 'households'>, homeId: string): string[] {
  const home = record.households.find((h) => h.id === homeId);
  if (!home) return [];
  const members = [...home.carerIds, ...home.childIds];
  return unique(
    activeFlags(record.safetyFlags)
      .filter((f) => members.includes(f.subjectId) && f.covers.includes('address'))
      .flatMap((f) => f.hiddenFrom),
  );
}
