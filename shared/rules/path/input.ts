/**
 * What the path is worked out from, and the facts several steps share: today, the plan in hand
 * and the meeting in hand. Pure: the caller passes the clock.
 */
import type { ConsentEvent } from '../../domain/consent';
import type { FamilyRecord } from '../../domain/family-record';
import { stripZone, type PlannedMeeting } from '../../domain/meeting';
import type { MeetingRecord } from '../../domain/meeting-record';
import type { MinutesRow } from '../../domain/minutes';
import type { Plan } from '../../domain/plan';
import type { FamilyTimetableRecord } from '../../domain/stored-timetables';
import { minutesStatus, type MinutesStatus } from '../../minutes/workflow';
import { todayInLondon, type IsoDate } from '../dates';
import { currentStatus } from '../plan-status';

export interface PathInput {
  family: Pick<FamilyRecord, 'id' | 'carers' | 'children' | 'households'>;
  consent: readonly ConsentEvent[];
  /** Newest first, as the plans repository gives them. */
  plans: readonly Plan[];
  timetable: Pick<FamilyTimetableRecord, 'members'> | null;
  meetings: readonly PlannedMeeting[];
  records: readonly MeetingRecord[];
  /** Every version of the minutes of the family's meetings. */
  minutes: readonly MinutesRow[];
  /** Invitation letters saved, from the audit trail: which meeting, and for whom. */
  invitationsSent: ReadonlyArray<{ meetingId: string; recipients: readonly string[] }>;
}

/** The facts the steps share. */
export interface PathFacts {
  input: PathInput;
  familyId: string;
  now: Date;
  today: IsoDate;
  plan: Plan | undefined;
  /** The meeting the path is about now (see `meetingInHand`), or null before any is planned. */
  meeting: PlannedMeeting | null;
  /** True when the meeting in hand has started. */
  meetingStarted: boolean;
  record: MeetingRecord | undefined;
  /** The newest version of the minutes of the meeting in hand. */
  latestMinutes: MinutesRow | undefined;
  minutesStatus: MinutesStatus | null;
  /** The day the last team meeting was held and finished, for the review date. */
  lastMeetingHeld: IsoDate | null;
  /** True when every planned team meeting so far was cancelled (so a new time is needed). */
  onlyCancelled: boolean;
}

export const startMs = (m: Pick<PlannedMeeting, 'startsAt'>): number => Date.parse(stripZone(m.startsAt));

/** The London day a meeting starts on. */
export function meetingDay(m: Pick<PlannedMeeting, 'startsAt'>): IsoDate {
  return todayInLondon(new Date(startMs(m)));
}

/** The plan that has not closed (a family has at most one), or else the newest. */
export function planInHand(plans: readonly Plan[]): Plan | undefined {
  return plans.find((p) => currentStatus(p).status !== 'closed') ?? plans[0];
}

function newestVersion(rows: readonly MinutesRow[], meetingId: string): MinutesRow | undefined {
  return rows.filter((r) => r.meetingId === meetingId).sort((a, b) => b.version - a.version)[0];
}

/**
 * Team meetings (not pre-meetings, not cancelled), oldest first. The meeting in hand is the last
 * one that has started while its minutes are not yet shared; otherwise the next one to come;
 * otherwise the last one held.
 */
export function meetingInHand(meetings: readonly PlannedMeeting[], minutes: readonly MinutesRow[], now: Date): PlannedMeeting | null {
  const team = meetings.filter((m) => m.status === 'planned' && m.kind !== 'pre-meeting').sort((a, b) => startMs(a) - startMs(b));
  const started = team.filter((m) => startMs(m) <= now.getTime());
  const lastStarted = started[started.length - 1];
  const latest = lastStarted ? newestVersion(minutes, lastStarted.id) : undefined;
  if (lastStarted && (latest === undefined || minutesStatus(latest) !== 'shared')) return lastStarted;
  return team.find((m) => startMs(m) > now.getTime()) ?? lastStarted ?? null;
}

export function pathFacts(input: PathInput, now: Date): PathFacts {
  const meeting = meetingInHand(input.meetings, input.minutes, now);
  const latestMinutes = meeting ? newestVersion(input.minutes, meeting.id) : undefined;
  const held = input.meetings
    .filter((m) => m.status === 'planned' && m.kind !== 'pre-meeting')
    .filter((m) => input.records.some((r) => r.id === m.id && r.status === 'finished'))
    .map(meetingDay)
    .sort();
  const teamMeetings = input.meetings.filter((m) => m.kind !== 'pre-meeting');
  return {
    input,
    familyId: input.family.id,
    now,
    today: todayInLondon(now),
    plan: planInHand(input.plans),
    meeting,
    meetingStarted: meeting !== null && startMs(meeting) <= now.getTime(),
    record: meeting ? input.records.find((r) => r.id === meeting.id) : undefined,
    latestMinutes,
    minutesStatus: latestMinutes ? minutesStatus(latestMinutes) : null,
    lastMeetingHeld: held[held.length - 1] ?? null,
    onlyCancelled: teamMeetings.length > 0 && teamMeetings.every((m) => m.status === 'cancelled'),
  };
}
