import type { FieldError, Validated } from '../../../shared/domain/family';
import { familyTimetableRecordSchema, type FamilyTimetableRecord } from '../../../shared/domain/stored-timetables';
import { validateFamilyMemberTimetable, type FamilyMemberTimetable } from '../../../shared/domain/timetable';
import type { TeamAroundDatabase } from '../db';
import { storageWork } from '../errors';
import type { AuditRepository } from './audit';

/** The family's week: one record per family, holding each member's timetable by person id. */
export interface TimetableRepository {
  forFamily(familyId: string): Promise<FamilyTimetableRecord | undefined>;
  /**
   * Checks every member's timetable and replaces the family's record. Problems come back with
   * paths like `members.<personId>.busy.0.end`, so each one can be shown at its field.
   */
  save(familyId: string, members: Record<string, unknown>): Promise<Validated<FamilyTimetableRecord>>;
}

export function createTimetableRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): TimetableRepository {
  const forFamily = async (familyId: string) => {
    return storageWork(() => db.timetables.where('familyId').equals(familyId).first());
  };
  return {
    forFamily,
    async save(familyId, members) {
      const errors: FieldError[] = [];
      const checked: Record<string, FamilyMemberTimetable> = {};
      for (const [personId, input] of Object.entries(members)) {
        const result = validateFamilyMemberTimetable(input);
        if (result.ok) checked[personId] = result.value;
        else errors.push(...result.errors.map((e) => ({ path: `members.${personId}.${e.path}`, message: e.message })));
      }
      if (errors.length > 0) return { ok: false, errors };
      const existing = await forFamily(familyId);
      const parsed = familyTimetableRecordSchema.safeParse({
        id: existing?.id ?? familyId,
        familyId,
        members: checked,
        updatedAt: now().toISOString(),
      });
      if (!parsed.success) {
        return { ok: false, errors: parsed.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) };
      }
      const record = parsed.data;
      await storageWork(() => db.transaction('rw', db.timetables, db.audit, db.settings, async () => {
        await db.timetables.put(record);
        await audit.appendWithin({ action: existing ? 'update' : 'create', recordType: 'timetable', recordId: record.id, familyId });
      }));
      return { ok: true, value: record };
    },
  };
}
