/**
 * Distance travelled: how a plan has moved over its meetings. For each scaling question asked,
 * each person's score at each meeting; and at each review, how many earlier actions were done,
 * partly done and not done. Pure: the caller passes the family's meetings and records and today.
 *
 * A meeting belongs to the plan when it was held (it has a record and was not cancelled) on or
 * after the plan's start and, once the plan has ended, on or before the day it ended. Meetings
 * after `today` or after `upTo` (the meeting whose minutes are being written) are left out.
 */
import type { PlannedMeeting } from '../domain/meeting';
import type { MeetingRecord } from '../domain/meeting-record';
import type { Plan } from '../domain/plan';
import { londonTime } from '../time/london';
import { compareIsoDates, formatLongDate, type IsoDate } from './dates';
import { andList } from '../words/list';
import { currentStatus } from './plan-status';
import { USUAL_SCALING_QUESTION } from '../domain/scaling-scale';

export interface DistanceMeeting {
  meetingId: string;
  on: IsoDate;
}

export interface ScalingPerson {
  name: string;
  /** One per meeting of the series, in date order; null where they gave no score. */
  scores: (number | null)[];
}

export interface ScalingSeries {
  question: string;
  /** The meetings at which this question was asked and scored. */
  meetings: DistanceMeeting[];
  people: ScalingPerson[];
  /** The average score at each meeting, to one decimal place. */
  averages: number[];
}

export interface ActionOutcomes extends DistanceMeeting {
  done: number;
  partly: number;
  notDone: number;
}

export interface DistanceTravelled {
  meetings: DistanceMeeting[];
  scaling: ScalingSeries[];
  /** Only meetings that reviewed earlier actions. */
  actions: ActionOutcomes[];
}

export interface DistanceInput {
  plan: Pick<Plan, 'startDate' | 'statusHistory'>;
  meetings: readonly Pick<PlannedMeeting, 'id' | 'startsAt' | 'status'>[];
  records: readonly MeetingRecord[];
  today: IsoDate;
  /** Leave out meetings after this one (for its minutes). */
  upTo?: string;
  /** The question's words when the chair left it blank. */
  defaultQuestion?: string;
}

export const DEFAULT_SCALING_QUESTION = USUAL_SCALING_QUESTION;

const roundOne = (n: number) => Math.round(n * 10) / 10;

function planEnd(plan: DistanceInput['plan']): IsoDate | null {
  const now = currentStatus(plan);
  return now.status === 'active' ? null : now.on;
}

/** The plan's held meetings, oldest first, each with its record. */
function heldMeetings(input: DistanceInput): { meeting: DistanceMeeting; record: MeetingRecord }[] {
  const end = planEnd(input.plan);
  const records = new Map(input.records.map((r) => [r.id, r]));
  const held = input.meetings.flatMap((m) => {
    const record = records.get(m.id);
    if (!record || m.status === 'cancelled') return [];
    const on = londonTime(m.startsAt).toPlainDate().toString();
    if (compareIsoDates(on, input.plan.startDate) < 0 || compareIsoDates(on, input.today) > 0) return [];
    if (end !== null && compareIsoDates(on, end) > 0) return [];
    return [{ meeting: { meetingId: m.id, on }, record, at: londonTime(m.startsAt).epochMilliseconds }];
  });
  held.sort((a, b) => a.at - b.at || a.meeting.meetingId.localeCompare(b.meeting.meetingId));
  if (input.upTo === undefined) return held;
  const last = held.findIndex((h) => h.meeting.meetingId === input.upTo);
  return last < 0 ? held : held.slice(0, last + 1);
}

/** Same person across meetings: by their id when they came, otherwise by the name typed. */
function personKey(answer: MeetingRecord['scaling'][number]): string {
  return answer.attendeeId ?? `name:${answer.name.trim().toLocaleLowerCase('en-GB')}`;
}

function personName(record: MeetingRecord, answer: MeetingRecord['scaling'][number]): string {
  const attendee = record.attendees.find((a) => a.id === answer.attendeeId);
  return (attendee?.name ?? answer.name).trim() || 'Someone';
}

export function distanceTravelled(input: DistanceInput): DistanceTravelled {
  const held = heldMeetings(input);
  const byQuestion = new Map<string, { key: string; question: string; rows: { meeting: DistanceMeeting; record: MeetingRecord }[] }>();
  for (const h of held) {
    if (!h.record.scaling.some((s) => s.score !== null)) continue;
    const question = h.record.scalingQuestion.trim() || (input.defaultQuestion ?? DEFAULT_SCALING_QUESTION);
    const key = question.toLocaleLowerCase('en-GB').replace(/\s+/g, ' ');
    const entry = byQuestion.get(key) ?? { key, question, rows: [] };
    entry.rows.push(h);
    byQuestion.set(key, entry);
  }

  const scaling = [...byQuestion.values()].map(({ question, rows }): ScalingSeries => {
    const people = new Map<string, ScalingPerson>();
    rows.forEach(({ record }, i) => {
      for (const answer of record.scaling) {
        if (answer.score === null) continue;
        const key = personKey(answer);
        const person = people.get(key) ?? { name: personName(record, answer), scores: rows.map(() => null) };
        person.scores[i] = answer.score;
        people.set(key, person);
      }
    });
    const averages = rows.map(({ record }) => {
      const scores = record.scaling.flatMap((s) => (s.score === null ? [] : [s.score]));
      return roundOne(scores.reduce((a, b) => a + b, 0) / scores.length);
    });
    return { question, meetings: rows.map((r) => r.meeting), people: [...people.values()], averages };
  });

  const actions = held.flatMap(({ meeting, record }): ActionOutcomes[] => {
    if (record.actionUpdates.length === 0) return [];
    const count = (p: 'done' | 'partly' | 'not-done') => record.actionUpdates.filter((u) => u.progress === p).length;
    return [{ ...meeting, done: count('done'), partly: count('partly'), notDone: count('not-done') }];
  });

  return { meetings: held.map((h) => h.meeting), scaling, actions };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The trend of one question in words: "Scaling went from 3 at the first meeting on 2 March 2026 to 6 on 1 June 2026." */
export function scalingTrendWords(series: ScalingSeries): string {
  const first = series.averages[0];
  const last = series.averages[series.averages.length - 1];
  const firstOn = series.meetings[0]?.on;
  const lastOn = series.meetings[series.meetings.length - 1]?.on;
  if (first === undefined || last === undefined || firstOn === undefined || lastOn === undefined) return 'No scaling has been recorded yet.';
  const average = series.people.length > 1 ? ' (the average of everyone’s scores)' : '';
  if (series.meetings.length === 1) {
    return `Scaling was ${first} at the meeting on ${formatLongDate(firstOn)}${average}. There is no later meeting to compare it with yet.`;
  }
  if (last === first) return `Scaling stayed at ${first} from the first meeting on ${formatLongDate(firstOn)} to ${formatLongDate(lastOn)}${average}.`;
  const change = last > first ? 'went up' : 'went down';
  return `Scaling ${change} from ${first} at the first meeting on ${formatLongDate(firstOn)} to ${last} on ${formatLongDate(lastOn)}${average}.`;
}

/** "At the review on 1 June 2026, 4 earlier actions were looked at: 3 done and 1 partly done." */
export function actionOutcomeWords(outcome: ActionOutcomes): string {
  const total = outcome.done + outcome.partly + outcome.notDone;
  const on = `At the review on ${formatLongDate(outcome.on)}`;
  if (total === 0) return `${on}, no earlier action had how it went recorded.`;
  const parts = [[outcome.done, 'done'], [outcome.partly, 'partly done'], [outcome.notDone, 'not done']] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, words]) => `${n} ${words}`);
  return `${on}, ${plural(total, 'earlier action was', 'earlier actions were')} looked at: ${andList(said)}.`;
}

/** The plan a meeting on this date belongs to: the latest one started on or before it. */
export function planOn<P extends Pick<Plan, 'startDate'>>(plans: readonly P[], on: IsoDate): P | undefined {
  return plans
    .filter((p) => compareIsoDates(p.startDate, on) <= 0)
    .sort((a, b) => compareIsoDates(b.startDate, a.startDate))[0];
}
