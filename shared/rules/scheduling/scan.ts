import type { IsoDate } from '../dates';
import { clashFor, type PlannedDay, type PreparedInvitee } from './busy-days';

/**
 * The search itself: every possible start time on every open day, scored with plain numbers.
 * No dates or Temporal objects are made here.
 */

export interface SearchSettings {
  lengthMinutes: number;
  stepMinutes: number;
  workStart: number;
  workEnd: number;
  eveningEnd: number;
  evenings: boolean;
  weekends: boolean;
  /** Index 0 = Monday: [start, end] minute ranges the family prefers. */
  preferred: ReadonlyArray<ReadonlyArray<readonly [number, number]>>;
  nowDate: IsoDate;
  nowMinute: number;
}

export interface Candidate {
  day: number;
  minute: number;
  fitsFamily: boolean;
  /** How many invitees can come. */
  count: number;
  preferred: boolean;
}

export interface ScanResult {
  candidates: Candidate[];
  /** Days with meeting hours that are not yet past. */
  openDays: number;
  /** Days skipped because they were bank holidays. */
  bankHolidays: number;
  /** Days skipped because they were weekends the family has not agreed to. */
  weekends: number;
  /** Per invitee: free at some candidate time. */
  freeSomewhere: boolean[];
  /** Per family member: the timetable entries that got in the way. */
  clashes: Array<Set<number>>;
  familyFits: number;
}

/** Meeting hours on a day, or null when the day is closed. */
export function dayWindow(day: PlannedDay, s: SearchSettings): readonly [number, number] | null {
  if (day.bankHoliday !== undefined) return null;
  if (day.weekend && !s.weekends) return null;
  return [s.workStart, s.evenings ? s.eveningEnd : s.workEnd];
}

export function isPreferred(s: SearchSettings, dayIndexInWeek: number, start: number, end: number): boolean {
  const ranges = s.preferred[dayIndexInWeek];
  if (ranges === undefined) return false;
  for (const [ps, pe] of ranges) if (ps <= start && end <= pe) return true;
  return false;
}

const WEEK_INDEX: Record<string, number> = { monday: 0, tuesday: 1, wednesday: 2, thursday: 3, friday: 4, saturday: 5, sunday: 6 };

export function scan(days: readonly PlannedDay[], invitees: readonly PreparedInvitee[], s: SearchSettings): ScanResult {
  const candidates: Candidate[] = [];
  const freeSomewhere = invitees.map(() => false);
  const clashes = invitees.map(() => new Set<number>());
  const family = invitees.map((p) => p.family);
  const parts = invitees.map((p) => p.invitee.part);
  let openDays = 0;
  let bankHolidays = 0;
  let weekends = 0;
  let familyFits = 0;
  const len = s.lengthMinutes;
  for (const day of days) {
    if (day.date < s.nowDate) continue;
    if (day.bankHoliday !== undefined) {
      bankHolidays++;
      continue;
    }
    const window = dayWindow(day, s);
    if (window === null) {
      weekends++;
      continue;
    }
    const today = day.date === s.nowDate;
    let opened = false;
    const week = WEEK_INDEX[day.day] ?? 0;
    for (let m = window[0]; m + len <= window[1]; m += s.stepMinutes) {
      if (today && m <= s.nowMinute) continue;
      opened = true;
      let fitsFamily = true;
      let count = 0;
      for (let i = 0; i < invitees.length; i++) {
        const clash = clashFor(parts[i], day.busy[i] ?? [], m, m + len);
        if (clash < 0) {
          count++;
          freeSomewhere[i] = true;
        } else if (family[i] === true) {
          fitsFamily = false;
          clashes[i]?.add(clash);
        }
      }
      if (fitsFamily) familyFits++;
      candidates.push({ day: day.index, minute: m, fitsFamily, count, preferred: isPreferred(s, week, m, m + len) });
    }
    if (opened) openDays++;
  }
  return { candidates, openDays, bankHolidays, weekends, freeSomewhere, clashes, familyFits };
}

/** Fits the family first, then most invitees, then the family's preferred times, then soonest. */
export function compareCandidates(a: Candidate, b: Candidate): number {
  if (a.fitsFamily !== b.fitsFamily) return a.fitsFamily ? -1 : 1;
  if (a.count !== b.count) return b.count - a.count;
  if (a.preferred !== b.preferred) return a.preferred ? -1 : 1;
  if (a.day !== b.day) return a.day - b.day;
  return a.minute - b.minute;
}

/**
 * The best candidates, no two overlapping and at most `maxPerDay` on a day, so the family is
 * offered a spread of real choices rather than 09:00, 09:15, 09:30 on one morning.
 */
export function pickSlots(candidates: Candidate[], lengthMinutes: number, limit: number, maxPerDay: number): Candidate[] {
  const sorted = candidates.slice().sort(compareCandidates);
  const chosen: Candidate[] = [];
  const perDay = new Map<number, Candidate[]>();
  for (const c of sorted) {
    if (chosen.length >= limit) break;
    const sameDay = perDay.get(c.day) ?? [];
    if (sameDay.length >= maxPerDay) continue;
    if (sameDay.some((o) => o.minute < c.minute + lengthMinutes && c.minute < o.minute + lengthMinutes)) continue;
    sameDay.push(c);
    perDay.set(c.day, sameDay);
    chosen.push(c);
  }
  return chosen;
}
