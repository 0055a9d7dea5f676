/**
 * Keeps each meeting summary's `minutesOpen` flag (0/1, indexed with its start as
 * `[minutesOpen+startsAt]`, decision 0066): 1 while the meeting's minutes could be waiting
 * (`minutesOpen` in shared/rules/home/minutes-waiting.ts). Written with the summary by the meetings
 * repository and again by every minutes write, in their transactions; a restore builds it with the
 * summaries. The version 8 upgrade cannot read the sealed minutes, so it marks every flag to be
 * worked out after the next unlock (`MINUTES_OPEN_PENDING`); home reads the old way until then.
 */
import Dexie from 'dexie';
import type { Meeting } from '../../../shared/domain/meeting';
import { summariseMeeting } from '../../../shared/domain/meeting-summary';
import { readMinutesRow, type MinutesRow } from '../../../shared/domain/minutes';
import { minutesOpen } from '../../../shared/rules/home/minutes-waiting';
import type { MeetingSummaryRow, TeamAroundDatabase } from '../db';
import { group } from './home-related-reads';
import { readSummaries } from './home-status';

/** Present while the flags are still to be worked out (after the version 8 upgrade). */
export const MINUTES_OPEN_PENDING = 'minutes-open-pending';

export function readMinutesRows(rows: readonly unknown[]): MinutesRow[] {
  return rows.flatMap((stored) => {
    const row = readMinutesRow(stored);
    return row ? [row] : [];
  });
}

/** The stored summary of a meeting, with its flag worked out from its minutes. */
export function summaryRow(meeting: Pick<Meeting, 'id' | 'familyId' | 'kind' | 'startsAt' | 'lengthMinutes' | 'status'>, versions: readonly MinutesRow[]): MeetingSummaryRow {
  const summary = summariseMeeting(meeting);
  return { ...summary, minutesOpen: minutesOpen(summary, versions) ? 1 : 0 };
}

/** The summary to put with a meeting: call inside a transaction over the summaries and the minutes. */
export async function summaryRowWithin(db: TeamAroundDatabase, meeting: Parameters<typeof summaryRow>[0]): Promise<MeetingSummaryRow> {
  return summaryRow(meeting, readMinutesRows(await db.minutes.where('meetingId').equals(meeting.id).toArray()));
}

/** Works the flag out again for this meeting, after its minutes changed: inside a transaction over the summaries and the minutes. */
export async function refreshMinutesOpenWithin(db: TeamAroundDatabase, meetingId: string): Promise<void> {
  const [summary] = readSummaries([await db.meetingSummaries.get(meetingId)].filter((s) => s !== undefined));
  if (!summary) return;
  const row = await summaryRowWithin(db, summary);
  await db.meetingSummaries.put(row);
}

/**
 * The meeting's summary with its flag as it will be once `written` is stored, read before the write
 * so the two can be sent together; null when the meeting has no summary. Inside a transaction over
 * the summaries and the minutes.
 */
export function summaryAfterWithin(db: TeamAroundDatabase, written: MinutesRow): Promise<MeetingSummaryRow | null> {
  return Dexie.Promise.all([db.meetingSummaries.get(written.meetingId), db.minutes.where('meetingId').equals(written.meetingId).toArray()]).then(([stored, versions]) => {
    const [summary] = readSummaries(stored ? [stored] : []);
    if (!summary) return null;
    return summaryRow(summary, [...readMinutesRows(versions).filter((v) => v.id !== written.id), written]);
  });
}

/** Summaries with flags for these meetings and minutes (a restore, the build after the upgrade). */
export function summaryRows(meetings: readonly Parameters<typeof summaryRow>[0][], minutes: readonly MinutesRow[]): MeetingSummaryRow[] {
  const byMeeting = group(minutes, (m) => m.meetingId);
  return meetings.map((m) => summaryRow(m, byMeeting.get(m.id) ?? []));
}

export async function minutesOpenPending(db: TeamAroundDatabase): Promise<boolean> {
  return (await db.settings.get(MINUTES_OPEN_PENDING)) !== undefined;
}

/** After an unlock: works every flag out if they are marked to be, from the summaries and the minutes. */
export async function buildPendingMinutesOpen(db: TeamAroundDatabase): Promise<void> {
  await db.transaction('rw', [db.meetingSummaries, db.minutes, db.settings], async () => {
    if (!(await minutesOpenPending(db))) return;
    const summaries = readSummaries(await db.meetingSummaries.toArray());
    await db.meetingSummaries.bulkPut(summaryRows(summaries, readMinutesRows(await db.minutes.toArray())));
    await db.settings.delete(MINUTES_OPEN_PENDING);
  });
}
