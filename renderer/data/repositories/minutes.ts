import { newId } from '../../../shared/domain/ids';
import {
  minutesRowSchema,
  readMinutesRow,
  type AcceptedFlag,
  type Amendment,
  type DistributionEntry,
  type FamilyResponseInput,
  type MinutesContent,
  type MinutesRow,
  type ReviewFile,
} from '../../../shared/domain/minutes';
import {
  acceptFlag,
  addAmendment,
  canTake,
  correct,
  finalise,
  newMinutesRow,
  recordCopy,
  recordFamilyResponse,
  sendToFamily,
  unacceptFlag,
  type WorkflowResult,
} from '../../../shared/minutes/workflow';
import { auditRecordType, type AuditRecordType } from '../../../shared/domain/audit-vocabulary';
import type { AuditAction } from '../../../shared/rules/audit-chain';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { refreshMinutesOpenWithin, summaryAfterWithin } from './minutes-open';

/** A step that was taken (with the row as it is now), or why it could not be, in plain words. */
export type MinutesChange = { ok: true; row: MinutesRow } | { ok: false; message: string };

export interface MinutesRepository {
  /** Every version of one meeting's minutes, oldest first. Rows that fail the schema are left out. */
  forMeeting(meetingId: string): Promise<MinutesRow[]>;
  /** Every version of the minutes of all of one family's meetings, in one read. Rows that fail the schema are left out. */
  forFamily(familyId: string): Promise<MinutesRow[]>;
  get(id: string): Promise<MinutesRow | undefined>;
  /** The first draft of a meeting's minutes; refused when the meeting already has minutes. */
  startDraft(meeting: { id: string; familyId: string }, by: string): Promise<MinutesChange>;
  /** Sent to the family to check; `details` says how ("On this laptop, in the meeting room"). */
  sendToFamily(id: string, content: MinutesContent, by: string, details: string): Promise<MinutesChange>;
  /** The family's answer, in their own words; earlier answers stay. */
  recordResponse(id: string, response: FamilyResponseInput): Promise<MinutesChange>;
  /** Locks the version with its content frozen. */
  finalise(id: string, content: MinutesContent, by: string): Promise<MinutesChange>;
  /** A new version correcting a final one; the earlier version stays, marked corrected. */
  correct(id: string, reason: string, by: string): Promise<{ ok: true; previous: MinutesRow; next: MinutesRow } | { ok: false; message: string }>;
  /** A change the family asked for, made to one section after their review and printed in it. */
  addAmendment(id: string, amendment: Pick<Amendment, 'sectionId' | 'text' | 'reason'>, by: string): Promise<MinutesChange>;
  acceptFlag(id: string, flag: AcceptedFlag): Promise<MinutesChange>;
  unacceptFlag(id: string, flag: Pick<AcceptedFlag, 'sectionId' | 'kind' | 'text'>): Promise<MinutesChange>;
  /** One copy saved as a file: added to the distribution list and the audit trail together. */
  recordCopy(id: string, entry: Omit<DistributionEntry, 'id'>): Promise<MinutesChange>;
  /** A review file made for one parent or carer (with the key that opens their reply), and its audit entry. */
  recordReviewFile(id: string, file: ReviewFile): Promise<MinutesChange>;
  /** The answer from a review file's reply, recorded as any other answer, with its own audit entry. */
  recordReviewFileReply(id: string, formId: string, response: FamilyResponseInput): Promise<MinutesChange>;
}

/** `minutes/review-file/v<version>/html/family`: a review file saved for someone in the family. */
export const reviewFileRecordType = auditRecordType.reviewFile;
/** `minutes/review-file-reply/v<version>`: the answer from a review file's reply, imported. */
export const reviewReplyRecordType = auditRecordType.reviewReply;

const MISSING = 'These minutes could not be found. They may have been removed.';
const DAMAGED = 'These minutes could not be read, so nothing was changed.';

/**
 * What the audit trail keeps about a copy: the kind of document, the version, the format and the
 * basis, as the record type; who it went to, by id. Never the content.
 */
export function copyRecordType(entry: Pick<DistributionEntry, 'document' | 'version' | 'format' | 'basis'>): AuditRecordType {
  return auditRecordType.minutesCopy({ document: entry.document, version: entry.version, format: entry.format, basis: entry.basis.kind });
}

function copyAction(entry: Pick<DistributionEntry, 'basis'>): AuditAction {
  if (entry.basis.kind === 'safeguarding') return 'safeguarding-referral';
  return entry.basis.kind === 'family' ? 'export' : 'share';
}

export function createMinutesRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): MinutesRepository {
  async function load(id: string): Promise<MinutesRow> {
    const stored = await db.minutes.get(id);
    if (stored === undefined) throw new StorageError(MISSING, 'not-found');
    const row = readMinutesRow(stored);
    if (!row) throw new StorageError(DAMAGED, 'invalid');
    return row;
  }

  /** Reads the row, applies one workflow step to it and writes it with its audit entry, in one transaction. */
  async function step(id: string, change: (row: MinutesRow, at: string) => WorkflowResult, action: AuditAction = 'update'): Promise<MinutesChange> {
    return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async (): Promise<MinutesChange> => {
      const result = change(await load(id), now().toISOString());
      if (!result.ok) return result;
      await db.minutes.put(result.row);
      await refreshMinutesOpenWithin(db, result.row.meetingId);
      await audit.appendWithin({ action, recordType: 'minutes', recordId: result.row.id, familyId: result.row.familyId });
      return result;
    }));
  }

  const readRows = (rows: readonly unknown[]): MinutesRow[] =>
    rows.flatMap((stored) => {
      const row = readMinutesRow(stored);
      return row ? [row] : [];
    });

  return {
    async forMeeting(meetingId) {
      return readRows(await db.minutes.where('meetingId').equals(meetingId).toArray()).sort((a, b) => a.version - b.version);
    },
    async forFamily(familyId) {
      return readRows(await db.minutes.where('familyId').equals(familyId).toArray());
    },
    async get(id) {
      const stored = await db.minutes.get(id);
      return stored === undefined ? undefined : (readMinutesRow(stored) ?? undefined);
    },
    async startDraft(meeting, by) {
      return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async (): Promise<MinutesChange> => {
        const existing = await db.minutes.where('meetingId').equals(meeting.id).count();
        if (existing > 0) return { ok: false, message: 'This meeting already has minutes. Carry on with them below.' };
        const row = newMinutesRow({ id: newId(), familyId: meeting.familyId, meetingId: meeting.id, at: now().toISOString(), by });
        await db.minutes.add(row);
        await refreshMinutesOpenWithin(db, row.meetingId);
        await audit.appendWithin({ action: 'create', recordType: 'minutes', recordId: row.id, familyId: row.familyId });
        return { ok: true, row };
      }));
    },
    sendToFamily: (id, content, by, details) => step(id, (row, at) => sendToFamily(row, content, { at, by, details })),
    recordResponse: (id, response) => step(id, (row) => recordFamilyResponse(row, response)),
    finalise: (id, content, by) => step(id, (row, at) => finalise(row, content, { at, by })),
    async correct(id, reason, by) {
      return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async () => {
        const result = correct(await load(id), { newId: newId(), reason, at: now().toISOString(), by });
        if (!result.ok) return result;
        // The corrected version is written, never replaced: it stays readable as it was.
        await db.minutes.put(result.previous);
        await db.minutes.add(result.next);
        await refreshMinutesOpenWithin(db, result.next.meetingId);
        await audit.appendWithin({ action: 'update', recordType: 'minutes', recordId: result.previous.id, familyId: result.previous.familyId });
        await audit.appendWithin({ action: 'create', recordType: 'minutes', recordId: result.next.id, familyId: result.next.familyId });
        return result;
      }));
    },
    addAmendment: (id, amendment, by) => step(id, (row, at) => addAmendment(row, { ...amendment, id: newId(), at, by })),
    acceptFlag: (id, flag) => step(id, (row) => acceptFlag(row, flag)),
    unacceptFlag: (id, flag) => step(id, (row, at) => unacceptFlag(row, flag, at)),
    async recordReviewFile(id, file) {
      return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async (): Promise<MinutesChange> => {
        const row = await load(id);
        if (file.version !== row.version) return { ok: false, message: `This review file is of version ${file.version}, not version ${row.version}.` };
        if (!canTake(row, 'family-responded')) return { ok: false, message: 'A review file can be made once the minutes have been sent to the family, and until they are final.' };
        if (row.reviewFiles.some((f) => f.formId === file.formId)) return { ok: false, message: 'This review file is already recorded.' };
        const next = minutesRowSchema.parse({ ...row, reviewFiles: [...row.reviewFiles, file], updatedAt: file.madeAt });
        await db.minutes.put(next);
        await refreshMinutesOpenWithin(db, next.meetingId);
        await audit.appendWithin({ action: 'export', recordType: reviewFileRecordType(row.version), recordId: row.id, familyId: row.familyId, recipients: [file.personId] });
        return { ok: true, row: next };
      }));
    },
    async recordReviewFileReply(id, formId, response) {
      return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async (): Promise<MinutesChange> => {
        const row = await load(id);
        const file = row.reviewFiles.find((f) => f.formId === formId);
        if (!file) return { ok: false, message: 'This reply is not for a review file made for these minutes. Nothing was recorded.' };
        const result = recordFamilyResponse(row, response);
        if (!result.ok) return result;
        await db.minutes.put(result.row);
        await refreshMinutesOpenWithin(db, result.row.meetingId);
        await audit.appendWithin({ action: 'update', recordType: reviewReplyRecordType(row.version), recordId: row.id, familyId: row.familyId, recipients: [file.personId] });
        return result;
      }));
    },
    async recordCopy(id, input) {
      const entry: DistributionEntry = { ...input, id: newId() };
      return storageWork(() => db.transaction('rw', [db.minutes, db.meetingSummaries, db.audit, db.settings], async (): Promise<MinutesChange> => {
        // The row and the trail's end read together, then the meeting's summary for its minutes-open
        // flag (0066), then the row, the entry and the summary written together: three round trips in
        // one transaction, as the copy is saved while the person waits (0065).
        const [row, end] = await Promise.all([load(id), audit.endWithin()]);
        const result = recordCopy(row, entry);
        if (!result.ok) return result;
        const summary = await summaryAfterWithin(db, result.row);
        await Promise.all([
          db.minutes.put(result.row),
          audit.appendAfterWithin(end, {
            action: copyAction(entry),
            recordType: copyRecordType(entry),
            recordId: result.row.id,
            familyId: result.row.familyId,
            recipients: [entry.recipient.id],
          }),
          summary ? db.meetingSummaries.put(summary) : undefined,
        ]);
        return result;
      }));
    },
  };
}
