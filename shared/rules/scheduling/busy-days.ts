import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from '../dates';
import { clockToMinutes, dayOfWeekFromNumber, DAYS_OF_WEEK, isClockTime, MINUTES_IN_DAY, type DayOfWeek } from '../clock';
import { bankHolidayName, termStatus, type BankHolidayCalendar, type TermCalendar, type TermStatus } from '../calendar-data';
import { appliesInTermTimeOnly } from '../../domain/timetable';
import type { PartOfMeeting } from '../child-items';
import type { BusyInterval, BusySource, SlotInvitee } from './types';

/**
 * Turns timetables into minute ranges for each day searched, once, so the search itself only
 * compares numbers. Temporal is used here per day, never per possible start time.
 */

export interface PreparedInvitee {
  invitee: SlotInvitee;
  /** Counts towards "fits the family". */
  family: boolean;
  sources: BusySource[];
  /** Index 0 = Monday: weekly times on that day. */
  weekly: BusyInterval[][];
  oneOff: Map<IsoDate, BusyInterval[]>;
}

export interface PlannedDay {
  index: number;
  date: IsoDate;
  day: DayOfWeek;
  weekend: boolean;
  bankHoliday: string | undefined;
  term: TermStatus;
  /** Per prepared invitee, in the same order: busy stretches that day. */
  busy: BusyInterval[][];
}

export type Prepared = { ok: true; invitees: PreparedInvitee[] } | { ok: false; message: string };

const WEEKDAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

/** Family first, then by name, then id: the same order whatever order they were given in. */
export function compareInvitees(a: SlotInvitee, b: SlotInvitee): number {
  const fa = isFamilyMember(a) ? 0 : 1;
  const fb = isFamilyMember(b) ? 0 : 1;
  if (fa !== fb) return fa - fb;
  if (a.name !== b.name) return a.name < b.name ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function isFamilyMember(invitee: SlotInvitee): boolean {
  return invitee.isFamily || invitee.isChild === true;
}

export function prepareInvitees(
  invitees: readonly SlotInvitee[],
  childShouldAttend: boolean,
  schoolDay: { start: number; end: number },
): Prepared {
  const ids = new Set<string>();
  const out: PreparedInvitee[] = [];
  for (const invitee of [...invitees].sort(compareInvitees)) {
    if (ids.has(invitee.id)) return { ok: false, message: `Two invitees have the same id (${invitee.id}): each person needs their own.` };
    ids.add(invitee.id);
    if (invitee.isChild === true && !childShouldAttend) continue;
    const sources = sourcesFor(invitee);
    if (typeof sources === 'string') return { ok: false, message: sources };
    if (invitee.isChild === true && !sources.some((s) => s.kind === 'school-day')) {
      sources.push({ kind: 'school-day', label: 'School', start: schoolDay.start, end: schoolDay.end, days: WEEKDAYS, termTimeOnly: true });
    }
    const weekly: BusyInterval[][] = DAYS_OF_WEEK.map(() => []);
    const oneOff = new Map<IsoDate, BusyInterval[]>();
    sources.forEach((s, source) => {
      const interval = { start: s.start, end: s.end, source };
      if (s.date !== undefined) {
        const list = oneOff.get(s.date) ?? [];
        list.push(interval);
        oneOff.set(s.date, list);
      } else {
        for (const d of s.days ?? []) weekly[DAYS_OF_WEEK.indexOf(d)]?.push(interval);
      }
    });
    out.push({ invitee, family: isFamilyMember(invitee), sources, weekly, oneOff });
  }
  return { ok: true, invitees: out };
}

/** The invitee's timetable as minute ranges, or a plain message if a time is not on the clock. */
function sourcesFor(invitee: SlotInvitee): BusySource[] | string {
  const sources: BusySource[] = [];
  const badTime = (t: string) => `A time in ${invitee.name}'s timetable is not a time of day (${t}): check it and try again.`;
  for (const b of invitee.busy) {
    if (!isClockTime(b.start)) return badTime(b.start);
    if (!isClockTime(b.end, true)) return badTime(b.end);
    const start = clockToMinutes(b.start);
    const end = clockToMinutes(b.end);
    if (end <= start) return `${invitee.name} has a time that ends before it starts (${b.label}, ${b.start} to ${b.end}).`;
    sources.push({ kind: b.kind, label: b.label, start, end, days: b.days, termTimeOnly: appliesInTermTimeOnly(b) });
  }
  for (const u of invitee.unavailable) {
    if (u.start !== undefined && !isClockTime(u.start)) return badTime(u.start);
    if (u.end !== undefined && !isClockTime(u.end, true)) return badTime(u.end);
    const wholeDay = u.start === undefined || u.end === undefined;
    const start = wholeDay ? 0 : clockToMinutes(u.start ?? '00:00');
    const end = wholeDay ? MINUTES_IN_DAY : clockToMinutes(u.end ?? '24:00');
    if (end <= start) return `${invitee.name} has a time that ends before it starts (${u.label}, ${u.start ?? ''} to ${u.end ?? ''}).`;
    sources.push({ kind: 'unavailable', label: u.label, start, end, date: u.date, wholeDay });
  }
  const hours = invitee.workingHours;
  if (hours !== undefined) {
    if (!isClockTime(hours.start)) return badTime(hours.start);
    if (!isClockTime(hours.end, true)) return badTime(hours.end);
    const start = clockToMinutes(hours.start);
    const end = clockToMinutes(hours.end);
    if (end <= start) return `${invitee.name}'s working hours end before they start (${hours.start} to ${hours.end}).`;
    const said = `${hours.start} to ${hours.end}`;
    if (start > 0) sources.push({ kind: 'other', label: 'Not at work yet', start: 0, end: start, days: DAYS_OF_WEEK, hours: said });
    if (end < MINUTES_IN_DAY) sources.push({ kind: 'other', label: 'Finished work', start: end, end: MINUTES_IN_DAY, days: DAYS_OF_WEEK, hours: said });
  }
  return sources;
}

/** Every day from `from` to `to`, with what each person has on that day. */
export function planDays(
  from: IsoDate,
  to: IsoDate,
  invitees: readonly PreparedInvitee[],
  bankHolidays: BankHolidayCalendar,
  terms: TermCalendar | undefined,
): PlannedDay[] {
  const days: PlannedDay[] = [];
  const last = Temporal.PlainDate.from(to);
  for (let d = Temporal.PlainDate.from(from), index = 0; Temporal.PlainDate.compare(d, last) <= 0; d = d.add({ days: 1 }), index++) {
    const date = d.toString();
    const term = termStatus(date, terms);
    const schoolOff = term === 'holiday';
    const busy = invitees.map((p) => {
      const weekly = p.weekly[d.dayOfWeek - 1] ?? [];
      const list = schoolOff ? weekly.filter((i) => p.sources[i.source]?.termTimeOnly !== true) : weekly.slice();
      const extra = p.oneOff.get(date);
      if (extra !== undefined) list.push(...extra);
      return list;
    });
    days.push({
      index,
      date,
      day: dayOfWeekFromNumber(d.dayOfWeek),
      weekend: d.dayOfWeek >= 6,
      bankHoliday: bankHolidayName(date, bankHolidays),
      term,
      busy,
    });
  }
  return days;
}

/**
 * The first busy stretch in the time this person is there for, in a meeting from `start` to
 * `end`: the whole meeting, or only the windows of the items they come for.
 */
export function clashFor(part: PartOfMeeting | undefined, intervals: readonly BusyInterval[], start: number, end: number): number {
  if (part === undefined) return firstClash(intervals, start, end);
  for (const [from, to] of part.windows) {
    const clash = firstClash(intervals, start + from, start + to);
    if (clash >= 0) return clash;
  }
  return -1;
}

/** The first busy stretch overlapping [start, end), or -1 when the person is free. */
export function firstClash(intervals: readonly BusyInterval[], start: number, end: number): number {
  for (let i = 0; i < intervals.length; i++) {
    const b = intervals[i];
    if (b !== undefined && b.start < end && b.end > start) return b.source;
  }
  return -1;
}
