/**
 * The home screen's reads of records related to the meetings and plans it lists: preparation for
 * the coming meetings (briefings, invitations), minutes of the held ones, the actions carried
 * between reviews, and the scaling scores for long plans. Each reads only for the ids it is given.
 */
import { isOpenStatus, type Action } from '../../../shared/domain/action';
import { isInvitationRecord } from '../../../shared/domain/audit-vocabulary';
import type { PlannedMeeting } from '../../../shared/domain/meeting';
import { readMeetingRecord } from '../../../shared/domain/meeting-record';
import type { MeetingSummary } from '../../../shared/domain/meeting-summary';
import { readMinutesRow, type MinutesRow } from '../../../shared/domain/minutes';
import type { ScalingPoint } from '../../../shared/rules/home/drift';
import type { MeetingPreparation } from '../../../shared/rules/home/meetings-soon';
import { londonDateOf } from '../../../shared/rules/home/window';
import type { ActionRow, TeamAroundDatabase } from '../db';
import { rowsByKeys } from './rows-by-keys';

export const fromActionRow = ({ isOpen: _isOpen, ...action }: ActionRow): Action => action;

export function group<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export async function preparationFor(db: TeamAroundDatabase, coming: readonly PlannedMeeting[]): Promise<Map<string, MeetingPreparation>> {
  const ids = coming.map((m) => m.id);
  const familyIds = [...new Set(coming.map((m) => m.familyId))];
  const [briefings, audit] = await Promise.all([
    rowsByKeys(db.briefings, 'meetingId', ids),
    rowsByKeys(db.audit, 'familyId', familyIds),
  ]);
  const wanted = new Set(ids);
  const prep = new Map<string, { invited: Set<string>; briefingsReceived: number; asked: Set<string>; requests: number }>();
  const entry = (id: string) => {
    let p = prep.get(id);
    if (!p) {
      p = { invited: new Set(), briefingsReceived: 0, asked: new Set(), requests: 0 };
      prep.set(id, p);
    }
    return p;
  };
  for (const b of briefings) {
    if (typeof b.meetingId === 'string') entry(b.meetingId).briefingsReceived += 1;
  }
  for (const e of audit) {
    if (!wanted.has(e.recordId)) continue;
    if (isInvitationRecord(e.recordType)) for (const r of e.recipients ?? []) entry(e.recordId).invited.add(r);
    if (e.recordType === 'briefing-request' || e.recordType === 'briefing-request/form-file') {
      const p = entry(e.recordId);
      if (e.recipients && e.recipients.length > 0) for (const r of e.recipients) p.asked.add(r);
      else p.requests += 1;
    }
  }
  return new Map(
    [...prep].map(([id, p]) => [id, { invited: p.invited, briefingsReceived: p.briefingsReceived, briefingsRequested: p.asked.size > 0 ? p.asked.size : p.requests }]),
  );
}

export async function minutesFor(db: TeamAroundDatabase, meetingIds: readonly string[]): Promise<Map<string, MinutesRow[]>> {
  const rows = (await rowsByKeys(db.minutes, 'meetingId', meetingIds)).flatMap((r) => {
    const row = readMinutesRow(r);
    return row ? [row] : [];
  });
  return group(rows, (r) => r.meetingId);
}

/** Actions agreed at each family's latest review, with the earlier actions they were carried from. */
export async function carriedActions(db: TeamAroundDatabase, latestReviewIds: readonly string[], depth: number): Promise<Action[]> {
  const found = new Map<string, Action>();
  const latest = (await rowsByKeys(db.actions, 'meetingId', latestReviewIds)).map(fromActionRow);
  let frontier = latest.filter((a) => isOpenStatus(a.status) && a.carriedFromId);
  for (const a of latest) found.set(a.id, a);
  for (let i = 0; i < depth && frontier.length > 0; i++) {
    const ids = frontier.flatMap((a) => (a.carriedFromId && !found.has(a.carriedFromId) ? [a.carriedFromId] : []));
    const earlier = (await db.actions.bulkGet(ids)).flatMap((r) => (r ? [fromActionRow(r)] : []));
    for (const a of earlier) found.set(a.id, a);
    frontier = earlier.filter((a) => a.carriedFromId);
  }
  return [...found.values()];
}

export async function scalingFor(db: TeamAroundDatabase, meetings: readonly MeetingSummary[]): Promise<Map<string, ScalingPoint[]>> {
  const dateOf = new Map(meetings.map((m) => [m.id, londonDateOf(m.startsAt)]));
  const records = (await db.meetingRecords.bulkGet(meetings.map((m) => m.id))).flatMap((r) => {
    const record = r ? readMeetingRecord(r) : null;
    return record ? [record] : [];
  });
  const points = records.map((r) => ({
    familyId: r.familyId,
    point: { on: dateOf.get(r.id) ?? '', scores: r.scaling.flatMap((s) => (s.score === null ? [] : [s.score])) },
  }));
  const map = new Map<string, ScalingPoint[]>();
  for (const { familyId, point } of points) map.set(familyId, [...(map.get(familyId) ?? []), point]);
  return map;
}
