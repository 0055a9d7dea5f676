import type { AuditRecordType } from '../../../shared/domain/audit-vocabulary';
import { newId } from '../../../shared/domain/ids';
import {
  describeChanges,
  inviteeChanges,
  markToldIn,
  meetingSchema,
  newChange,
  stripZone,
  type PlannedMeeting,
  type ToldHow,
} from '../../../shared/domain/meeting';
import { todayInLondon } from '../../../shared/rules/dates';
import { meetingTimeWords } from '../../../shared/time/london';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { summaryRowWithin } from './minutes-open';
import { homeStatusTables, refreshHomeStatusWithin } from './home-status';

/** What the chair plans; the repository adds ids, times, the sequence and the change log. */
export type MeetingInput = Pick<
  PlannedMeeting,
  'kind' | 'startsAt' | 'lengthMinutes' | 'venue' | 'place' | 'privacyNote' | 'accessNote' | 'childAttends' | 'invitees' | 'agenda'
> & { notes?: string } & Partial<Pick<PlannedMeeting, 'childrenComing'>>;

export type MeetingUpdate = Partial<MeetingInput> & Partial<Pick<PlannedMeeting, 'status' | 'cancelReason'>>;

export interface MeetingRepository {
  /** Newest first, by when the meeting starts. Older rows come back with the newer fields' defaults. */
  forFamily(familyId: string): Promise<PlannedMeeting[]>;
  get(id: string): Promise<PlannedMeeting | undefined>;
  create(familyId: string, input: MeetingInput): Promise<PlannedMeeting>;
  /**
   * Changes a meeting. When the date, time, length, place, status or who is invited changes, a
   * change entry is added with every invitee untold (the family first; anyone taken off the meeting
   * is told too) and the calendar sequence goes up by one.
   */
  update(id: string, change: MeetingUpdate): Promise<PlannedMeeting>;
  markTold(meetingId: string, changeId: string, inviteeId: string, how: ToldHow): Promise<PlannedMeeting>;
  /** Records that an invitation was exported for these invitees (ids only). */
  /** A file made for the meeting: an invitation (the default) or the meeting pack. */
  /** A file saved for the meeting: an invitation (`auditRecordType.invitation`) or the meeting pack (`auditRecordType.meetingPack`). */
  recordExport(meeting: Pick<PlannedMeeting, 'id' | 'familyId'>, recipients: readonly string[], recordType: AuditRecordType): Promise<void>;
}

const INVALID = 'Some meeting details are missing or not valid, so nothing was saved.';
const MISSING = 'This meeting could not be found. It may have been removed.';

const instant = (startsAt: string) => Date.parse(stripZone(startsAt));

export function createMeetingRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): MeetingRepository {
  function check(meeting: PlannedMeeting): PlannedMeeting {
    const parsed = meetingSchema.safeParse(meeting);
    if (!parsed.success || Number.isNaN(instant(meeting.startsAt))) throw new StorageError(INVALID, 'invalid');
    return parsed.data;
  }

  async function write(meeting: PlannedMeeting, action: 'create' | 'update'): Promise<void> {
    // The home screen's summary is written with the meeting, so the two never disagree (0057).
    // So is the family's home status, which depends on its meetings' dates (0064), and the
    // summary's minutes flag, which depends on its status and minutes (0066).
    await storageWork(() => db.transaction('rw', [db.meetings, db.minutes, db.audit, ...homeStatusTables(db)], async () => {
      await db.meetings.put(meeting);
      await db.meetingSummaries.put(await summaryRowWithin(db, meeting));
      await refreshHomeStatusWithin(db, [meeting.familyId], todayInLondon(now()));
      await audit.appendWithin({ action, recordType: 'meeting', recordId: meeting.id, familyId: meeting.familyId });
    }));
  }

  async function load(id: string): Promise<PlannedMeeting> {
    const row = await db.meetings.get(id);
    const parsed = row === undefined ? undefined : meetingSchema.safeParse(row);
    if (!parsed?.success) throw new StorageError(MISSING, 'not-found');
    return parsed.data;
  }

  return {
    async forFamily(familyId) {
      const rows = await db.meetings.where('familyId').equals(familyId).toArray();
      return rows
        .flatMap((row) => {
          const parsed = meetingSchema.safeParse(row);
          return parsed.success ? [parsed.data] : [];
        })
        .sort((a, b) => instant(b.startsAt) - instant(a.startsAt) || b.createdAt.localeCompare(a.createdAt));
    },
    async get(id) {
      const row = await db.meetings.get(id);
      if (row === undefined) return undefined;
      const parsed = meetingSchema.safeParse(row);
      return parsed.success ? parsed.data : undefined;
    },
    async create(familyId, input) {
      const at = now().toISOString();
      const meeting = check({
        ...input,
        childrenComing: input.childrenComing ?? null,
        id: newId(),
        familyId,
        notes: input.notes ?? '',
        status: 'planned',
        cancelReason: '',
        sequence: 0,
        changes: [],
        createdAt: at,
        updatedAt: at,
      });
      await write(meeting, 'create');
      return meeting;
    },
    async update(id, change) {
      const before = await load(id);
      const at = now().toISOString();
      const merged: PlannedMeeting = { ...before, ...change, id: before.id, familyId: before.familyId, updatedAt: at };
      const what = describeChanges(before, merged, meetingTimeWords);
      const after =
        what.length === 0
          ? merged
          : {
              ...merged,
              sequence: before.sequence + 1,
              changes: [...before.changes, newChange(newId(), at, what.join('. '), merged.invitees, inviteeChanges(before.invitees, merged.invitees).removed)],
            };
      const meeting = check(after);
      await write(meeting, 'update');
      return meeting;
    },
    async markTold(meetingId, changeId, inviteeId, how) {
      const before = await load(meetingId);
      const change = before.changes.find((c) => c.id === changeId);
      if (!change?.told.some((t) => t.inviteeId === inviteeId)) throw new StorageError('That change or person is no longer on this meeting.', 'not-found');
      const at = now().toISOString();
      const meeting = check({ ...markToldIn(before, changeId, inviteeId, how, at), updatedAt: at });
      await write(meeting, 'update');
      return meeting;
    },
    async recordExport(meeting, recipients, recordType) {
      await storageWork(() => audit.record({ action: 'export', recordType, recordId: meeting.id, familyId: meeting.familyId, recipients: [...recipients] }));
    },
  };
}
