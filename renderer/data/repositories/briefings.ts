import { authoredBriefingSchema, newAuthoredBriefing, readAuthoredBriefing, type AuthoredBriefing } from '../../../shared/briefing/authored';
import type { BriefingFile } from '../../../shared/briefing/file-format';
import { readBriefingFile } from '../../../shared/briefing/read-file';
import {
  alreadyHereMessage,
  briefingRowSchema,
  checkRelation,
  compareWithStored,
  defaultAgendaItemId,
  receivedOnWords,
  type AlreadyHere,
  type BriefingRow,
} from '../../../shared/briefing/received';
import type { BriefingRequest } from '../../../shared/briefing/request';
import { auditRecordType, type AuthoredBriefingFormat } from '../../../shared/domain/audit-vocabulary';
import { readFamilyRecord, type FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { MEETING_KIND_LABELS, readMeeting, type PlannedMeeting } from '../../../shared/domain/meeting';
import { meetingTimeWords } from '../../../shared/time/london';
import { todayInLondon } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';

/** What the chair sees before confirming: the briefing, the child here, and whether a copy is already here. */
export interface ImportPreview {
  ok: true;
  file: BriefingFile;
  fileName: string;
  /** The child in this family's record that the briefing names. */
  child: { id: string; name: string; dateOfBirth: string };
  /** False when the name or date of birth the author wrote differs from the family's record. */
  childMatches: boolean;
  /** "First meeting on Thursday 3 December 2026 at 4pm" */
  meetingLabel: string;
  /** 'changed': an earlier version is here; importing replaces it only when the chair says so. */
  already: Exclude<AlreadyHere, { state: 'same' }>;
  /** The agenda item it goes beside unless the chair chooses another. */
  suggestedItemId: string | null;
}

export type ImportRefusal = { ok: false; problem: string; message: string };

export type ImportOutcome = { ok: true; row: BriefingRow; replaced: boolean } | ImportRefusal;

export interface ImportChoice {
  meetingId: string;
  agendaItemId: string | null;
  /** Say yes to replacing an earlier, different version of the same briefing. */
  replace: boolean;
}

export type AuthoredExportFormat = AuthoredBriefingFormat;

/**
 * Briefings and written reports, both sides:
 * - written here (a school or agency): kept as typed in authoredBriefings, saved on every change,
 *   exported as Word, PDF and the briefing file for the chair;
 * - received (the chair): brought in from a briefing file into `briefings`, all or nothing, after
 *   every check has passed; the same briefing is never stored twice.
 * Audit entries say who brought in or exported which briefing, never what it says.
 */
export interface BriefingRepository {
  authored(): Promise<AuthoredBriefing[]>;
  getAuthored(id: string): Promise<AuthoredBriefing | undefined>;
  startAuthored(request: BriefingRequest, author: { name: string; role: string }): Promise<AuthoredBriefing>;
  /** Saves what was typed (on every change); refuses a row that does not fit the schema. */
  saveAuthored(briefing: AuthoredBriefing): Promise<void>;
  removeAuthored(id: string): Promise<void>;
  recordAuthoredExport(id: string, format: AuthoredExportFormat): Promise<void>;

  /** Records that a briefing request for this meeting was given out (the chair's side). */
  recordRequest(meeting: Pick<PlannedMeeting, 'id' | 'familyId'>, askedOfId: string | null): Promise<void>;
  /** The request saved as a form file for the school or agency to open in a browser. */
  recordRequestForm(meeting: Pick<PlannedMeeting, 'id' | 'familyId'>, askedOfId: string | null): Promise<void>;
  /** The briefings received for a meeting, in the order they were written. */
  receivedFor(meetingId: string): Promise<BriefingRow[]>;
  /** Reads a chosen file and checks it against this meeting, without writing anything. */
  preview(bytes: Uint8Array, fileName: string, meetingId: string): Promise<ImportPreview | ImportRefusal>;
  /** Checks everything again and stores the briefing with its audit entry, in one transaction: all or nothing. */
  importFile(bytes: Uint8Array, fileName: string, choice: ImportChoice): Promise<ImportOutcome>;
  setAgendaItem(id: string, agendaItemId: string | null): Promise<void>;
}

const NO_MEETING = 'This meeting could not be found. It may have been removed.';

function readRow(row: unknown): BriefingRow | undefined {
  const parsed = briefingRowSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

function meetingLabel(meeting: PlannedMeeting): string {
  const kind = MEETING_KIND_LABELS[meeting.kind].toLocaleLowerCase('en-GB');
  try {
    return `${kind} on ${meetingTimeWords(meeting.startsAt)}`;
  } catch {
    return kind;
  }
}

const sameText = (a: string, b: string) => a.trim().toLocaleLowerCase('en-GB') === b.trim().toLocaleLowerCase('en-GB');

export function createBriefingRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): BriefingRepository {
  /** A request for a briefing shared (by email text or as a form file), naming who it was asked of. */
  async function recordShare(recordType: 'briefing-request' | 'briefing-request/form-file', meeting: Pick<PlannedMeeting, 'id' | 'familyId'>, askedOfId: string | null): Promise<void> {
    await storageWork(() => audit.record({ action: 'share', recordType, recordId: meeting.id, familyId: meeting.familyId, ...(askedOfId ? { recipients: [askedOfId] } : {}) }));
  }

  /** Every check, in order; reads only. Used for the preview and again inside the import transaction. */
  async function examine(bytes: Uint8Array, fileName: string, meetingId: string): Promise<(ImportPreview & { stored: BriefingRow | undefined }) | ImportRefusal> {
    const read = readBriefingFile(bytes);
    if (!read.ok) return { ok: false, problem: read.problem, message: read.message };
    const { file } = read;
    const meeting = readMeeting(await db.meetings.get(meetingId));
    if (!meeting) return { ok: false, problem: 'no-meeting', message: NO_MEETING };
    const named = file.request.meetingId === meeting.id ? meeting : readMeeting(await db.meetings.get(file.request.meetingId));
    const familyRow = await db.families.get(meeting.familyId);
    const familyRead = familyRow === undefined ? null : readFamilyRecord(familyRow);
    const family: FamilyRecord | null = familyRead?.ok ? familyRead.record : null;
    if (!family) return { ok: false, problem: 'no-family', message: 'The family for this meeting could not be found. Nothing was brought in.' };
    const relation = checkRelation(file, {
      meetingId: meeting.id,
      namedMeeting: named ? { id: named.id, label: meetingLabel(named) } : null,
      children: family.children,
    });
    if (!relation.ok) return { ok: false, problem: relation.problem, message: relation.message };
    const stored = readRow(await db.briefings.get(file.briefingId));
    if (stored && stored.meetingId !== meeting.id) {
      return { ok: false, problem: 'other-meeting', message: 'This briefing is already here, with another meeting. Nothing was brought in.' };
    }
    const already = compareWithStored(file, stored);
    if (already.state === 'same') return { ok: false, problem: 'already-here', message: alreadyHereMessage(already.receivedAt) };
    const child = family.children.find((c) => c.id === file.request.childId);
    if (!child) return { ok: false, problem: 'unknown-child', message: 'This briefing is about a child who is not in this family’s record. Nothing was brought in.' };
    return {
      ok: true,
      file,
      fileName,
      child: { id: child.id, name: child.name, dateOfBirth: child.dateOfBirth },
      childMatches: sameText(child.name, file.child.name) && child.dateOfBirth === file.child.dateOfBirth,
      meetingLabel: meetingLabel(meeting),
      already,
      suggestedItemId: defaultAgendaItemId(meeting.agenda),
      stored,
    };
  }

  return {
    async authored() {
      const rows = await db.authoredBriefings.toArray();
      return rows
        .flatMap((row) => {
          const read = readAuthoredBriefing(row);
          return read ? [read] : [];
        })
        .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
    },
    async getAuthored(id) {
      return readAuthoredBriefing(await db.authoredBriefings.get(id)) ?? undefined;
    },
    startAuthored: (request, author) =>
      storageWork(async () => {
        const at = now();
        const briefing = newAuthoredBriefing(request, { id: newId(), now: at.toISOString(), today: todayInLondon(at), author });
        await db.transaction('rw', db.authoredBriefings, db.audit, db.settings, async () => {
          await db.authoredBriefings.add(briefing);
          await audit.appendWithin({ action: 'create', recordType: 'authored-briefing', recordId: briefing.id });
        });
        return briefing;
      }),
    saveAuthored: (briefing) =>
      storageWork(async () => {
        await db.transaction('rw', db.authoredBriefings, async () => {
          // The request, when it was started and when it was last exported belong to the repository, not the form.
          const stored = readAuthoredBriefing(await db.authoredBriefings.get(briefing.id));
          if (!stored) throw new StorageError('This briefing could not be found, so what you typed was not saved. It may have been deleted.', 'not-found');
          const parsed = authoredBriefingSchema.safeParse({
            ...briefing,
            request: stored.request,
            createdAt: stored.createdAt,
            exportedAt: stored.exportedAt,
            updatedAt: now().toISOString(),
          });
          if (!parsed.success) throw new StorageError('Part of the briefing is too long to save. Shorten it, and it will save.', 'invalid');
          await db.authoredBriefings.put(parsed.data);
        });
      }),
    removeAuthored: (id) =>
      storageWork(async () => {
        await db.transaction('rw', db.authoredBriefings, db.audit, db.settings, async () => {
          if ((await db.authoredBriefings.get(id)) === undefined) return;
          await db.authoredBriefings.delete(id);
          await audit.appendWithin({ action: 'disposal', recordType: 'authored-briefing', recordId: id });
        });
      }),
    recordAuthoredExport: (id, format) =>
      storageWork(async () => {
        await db.transaction('rw', db.authoredBriefings, db.audit, db.settings, async () => {
          const briefing = readAuthoredBriefing(await db.authoredBriefings.get(id));
          if (!briefing) throw new StorageError('This briefing could not be found. It may have been removed.', 'not-found');
          if (format === 'briefing-file') await db.authoredBriefings.put({ ...briefing, exportedAt: now().toISOString() });
          await audit.appendWithin({ action: 'export', recordType: auditRecordType.authoredBriefingFile(format), recordId: id });
        });
      }),

    recordRequest: (meeting, askedOfId) => recordShare('briefing-request', meeting, askedOfId),
    recordRequestForm: (meeting, askedOfId) => recordShare('briefing-request/form-file', meeting, askedOfId),
    async receivedFor(meetingId) {
      const rows = await db.briefings.where('meetingId').equals(meetingId).toArray();
      return rows
        .flatMap((row) => {
          const read = readRow(row);
          return read ? [read] : [];
        })
        .sort((a, b) => a.briefing.writtenOn.localeCompare(b.briefing.writtenOn) || a.receivedAt.localeCompare(b.receivedAt));
    },
    async preview(bytes, fileName, meetingId) {
      const examined = await examine(bytes, fileName, meetingId);
      if (!examined.ok) return examined;
      const { stored: _stored, ...preview } = examined;
      return preview;
    },
    importFile: (bytes, fileName, choice) =>
      storageWork(() =>
        db.transaction('rw', [db.briefings, db.meetings, db.families, db.audit, db.settings], async (): Promise<ImportOutcome> => {
          const examined = await examine(bytes, fileName, choice.meetingId);
          if (!examined.ok) return examined;
          if (examined.already.state === 'changed' && !choice.replace) {
            return {
              ok: false,
              problem: 'changed',
              message: `A different version of this briefing was brought in on ${receivedOnWords(examined.already.receivedAt)}. Nothing was changed: choose to replace it if this one is newer.`,
            };
          }
          const meeting = readMeeting(await db.meetings.get(choice.meetingId));
          const items = meeting?.agenda?.items ?? [];
          const agendaItemId = choice.agendaItemId !== null && items.some((i) => i.id === choice.agendaItemId) ? choice.agendaItemId : examined.suggestedItemId;
          const row = briefingRowSchema.parse({
            id: examined.file.briefingId,
            familyId: meeting?.familyId ?? '',
            meetingId: choice.meetingId,
            agendaItemId,
            receivedAt: now().toISOString(),
            fileName: fileName.slice(0, 300),
            briefing: examined.file,
          });
          await db.briefings.put(row);
          const replaced = examined.stored !== undefined;
          await audit.appendWithin({ action: replaced ? 'update' : 'create', recordType: 'briefing', recordId: row.id, familyId: row.familyId });
          return { ok: true, row, replaced };
        }),
      ),
    setAgendaItem: (id, agendaItemId) =>
      storageWork(async () => {
        await db.transaction('rw', db.briefings, db.audit, db.settings, async () => {
          const row = readRow(await db.briefings.get(id));
          if (!row) throw new StorageError('This briefing could not be found. It may have been removed.', 'not-found');
          await db.briefings.put({ ...row, agendaItemId });
          await audit.appendWithin({ action: 'update', recordType: 'briefing', recordId: id, familyId: row.familyId });
        });
      }),
  };
}
