import { meetingSchema, type PlannedMeeting } from '../../../shared/domain/meeting';
import { meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { planSchema } from '../../../shared/domain/plan';
import { checkFinish, type FinishField } from '../../../shared/rules/meeting-run/finish-gate';
import { meetingDateOf } from '../../../shared/rules/meeting-run/next-review';
import { describeRecordProblem } from '../../../shared/rules/meeting-run/record-problems';
import { alignRecord, newMeetingRecord, type FamilyPeopleIds } from '../../../shared/rules/meeting-run/start-record';
import { stopAllItems } from '../../../shared/rules/meeting-run/item-timer';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { homeStatusTables, refreshHomeStatusWithin } from './home-status';
import { todayInLondon } from '../../../shared/rules/dates';

export type FinishResult =
  | { ok: true; record: MeetingRecord; /** True when the plan's next review date is now the outcome's. */ planUpdated: boolean }
  | { ok: false; field: FinishField; reason: string };

/**
 * What happened at each meeting, one record per meeting (its id is the meeting's id). The live
 * meeting screen saves on every change; only starting and finishing are audited (ids only).
 * Status, start and finish times belong to the repository: `save` keeps the stored ones, so a
 * late save from the screen can never reopen a finished meeting.
 */
export interface MeetingRecordRepository {
  get(meetingId: string): Promise<MeetingRecord | undefined>;
  /** The family's meeting records, most recently started first. */
  forFamily(familyId: string): Promise<MeetingRecord[]>;
  /**
   * The record for this meeting, made from its invitees and agenda the first time; after that the
   * stored record, brought up to date with anyone newly invited and any new agenda item.
   */
  start(meeting: PlannedMeeting, people: FamilyPeopleIds): Promise<MeetingRecord>;
  /** Writes what was typed; refuses a record that fails its schema, with words naming the part. */
  save(record: MeetingRecord): Promise<MeetingRecord>;
  /**
   * Finishes the meeting when it has a next review date or a closing outcome (see checkFinish):
   * stops any timer, and sets the plan's next review date from the outcome, in one transaction.
   */
  finish(meetingId: string, planId: string | null): Promise<FinishResult>;
}

const MISSING = 'The record of this meeting could not be found. It may have been removed.';
const NO_MEETING = 'This meeting could not be found. It may have been removed.';

function readRow(row: unknown): MeetingRecord | undefined {
  if (row === undefined) return undefined;
  const parsed = meetingRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

function checked(record: MeetingRecord): MeetingRecord {
  const parsed = meetingRecordSchema.safeParse(record);
  if (!parsed.success) throw new StorageError(describeRecordProblem(parsed.error), 'invalid');
  return parsed.data;
}

export function createMeetingRecordRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): MeetingRecordRepository {

  return {
    get: async (meetingId) => readRow(await db.meetingRecords.get(meetingId)),
    async forFamily(familyId) {
      const rows = await db.meetingRecords.where('familyId').equals(familyId).toArray();
      return rows.flatMap((row) => readRow(row) ?? []).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    },
    start: (meeting, people) =>
      storageWork(() =>
        db.transaction('rw', db.meetingRecords, db.audit, db.settings, async () => {
          const existing = readRow(await db.meetingRecords.get(meeting.id));
          if (existing) {
            if (existing.status === 'finished') return existing;
            const aligned = alignRecord(existing, meeting, people);
            if (aligned === existing) return existing;
            const record = checked({ ...aligned, updatedAt: now().toISOString() });
            await db.meetingRecords.put(record);
            return record;
          }
          const record = checked(newMeetingRecord(meeting, people, now().toISOString()));
          await db.meetingRecords.put(record);
          await audit.appendWithin({ action: 'create', recordType: 'meeting-record', recordId: record.id, familyId: record.familyId });
          return record;
        }),
      ),
    async save(record) {
      const valid = checked(record);
      return storageWork(() =>
        db.transaction('rw', db.meetingRecords, async () => {
          const stored = readRow(await db.meetingRecords.get(valid.id));
          if (!stored) throw new StorageError(MISSING, 'not-found');
          const saved: MeetingRecord = {
            ...valid,
            familyId: stored.familyId,
            status: stored.status,
            startedAt: stored.startedAt,
            finishedAt: stored.finishedAt,
            updatedAt: now().toISOString(),
          };
          await db.meetingRecords.put(saved);
          return saved;
        }),
      );
    },
    finish: (meetingId, planId) =>
      storageWork(() =>
        db.transaction('rw', [db.meetingRecords, db.meetings, db.audit, ...homeStatusTables(db)], async (): Promise<FinishResult> => {
          const stored = readRow(await db.meetingRecords.get(meetingId));
          if (!stored) throw new StorageError(MISSING, 'not-found');
          const meeting = meetingSchema.safeParse(await db.meetings.get(meetingId));
          if (!meeting.success) throw new StorageError(NO_MEETING, 'not-found');
          const gate = checkFinish(stored, meetingDateOf(meeting.data.startsAt));
          if (!gate.ok) return gate;
          const at = now();
          const record = checked({ ...stopAllItems(stored, at), status: 'finished', finishedAt: at.toISOString(), updatedAt: at.toISOString() });
          await db.meetingRecords.put(record);
          await audit.appendWithin({ action: 'update', recordType: 'meeting-record', recordId: record.id, familyId: record.familyId });

          let planUpdated = false;
          const { decision, nextReviewDate } = record.outcome;
          const plan = planId === null ? undefined : await db.plans.get(planId);
          if (plan && plan.familyId === record.familyId && decision !== 'close' && nextReviewDate !== null) {
            if (plan.nextReviewDate === nextReviewDate) return { ok: true, record, planUpdated: true };
            const updated = planSchema.safeParse({ ...plan, nextReviewDate, updatedAt: at.toISOString() });
            if (updated.success) {
              await db.plans.put(updated.data);
              await audit.appendWithin({ action: 'update', recordType: 'plan', recordId: plan.id, familyId: plan.familyId });
              // The plan's next review date moves the family's home status (0064).
              await refreshHomeStatusWithin(db, [plan.familyId], todayInLondon(at));
              planUpdated = true;
            }
          }
          return { ok: true, record, planUpdated };
        }),
      ),
  };
}
