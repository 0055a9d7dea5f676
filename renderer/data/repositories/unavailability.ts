import type { Validated } from '../../../shared/domain/family';
import { newId } from '../../../shared/domain/ids';
import { practitionerUnavailabilityRecordSchema, type PractitionerUnavailabilityRecord } from '../../../shared/domain/stored-timetables';
import { validatePractitionerUnavailability } from '../../../shared/domain/timetable';
import type { TeamAroundDatabase } from '../db';
import { storageWork } from '../errors';

/** Practitioners' regular commitments and leave, one record per practitioner. Kept simple. */
export interface UnavailabilityRepository {
  forPractitioner(practitionerId: string): Promise<PractitionerUnavailabilityRecord | undefined>;
  /** Every practitioner's record, for finding a time. */
  list(): Promise<PractitionerUnavailabilityRecord[]>;
  save(practitionerId: string, input: unknown): Promise<Validated<PractitionerUnavailabilityRecord>>;
}

export function createUnavailabilityRepository(db: TeamAroundDatabase, now: () => Date = () => new Date()): UnavailabilityRepository {
  const forPractitioner = (practitionerId: string) => storageWork(() => db.unavailability.where('practitionerId').equals(practitionerId).first());
  return {
    forPractitioner,
    list: () => storageWork(() => db.unavailability.toArray()),
    async save(practitionerId, input) {
      const checked = validatePractitionerUnavailability(input);
      if (!checked.ok) return checked;
      const existing = await forPractitioner(practitionerId);
      const parsed = practitionerUnavailabilityRecordSchema.safeParse({
        ...checked.value,
        id: existing?.id ?? newId(),
        practitionerId,
        updatedAt: now().toISOString(),
      });
      if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
      }
      await storageWork(() => db.unavailability.put(parsed.data));
      return { ok: true, value: parsed.data };
    },
  };
}
