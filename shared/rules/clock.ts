/**
 * Wall-clock times ("09:30") and days of the week, as people in England say them.
 * Times are minutes after midnight inside the rules; "24:00" means the end of the day.
 */
import { andList } from '../words/list';

export const DAYS_OF_WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
export type DayOfWeek = (typeof DAYS_OF_WEEK)[number];

const DAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
const WEEKDAYS: readonly DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;

export const MINUTES_IN_DAY = 24 * 60;

/** True for "00:00" to "23:59"; with `allowMidnightEnd`, "24:00" too. */
export function isClockTime(text: string, allowMidnightEnd = false): boolean {
  return CLOCK.test(text) || (allowMidnightEnd && text === '24:00');
}

/** "09:30" -> 570. Throws on text that is not a clock time: validate first. */
export function clockToMinutes(text: string): number {
  if (text === '24:00') return MINUTES_IN_DAY;
  const m = CLOCK.exec(text);
  if (!m) throw new Error(`Not a time of day: ${text}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** 570 -> "09:30"; 1440 -> "24:00". */
export function minutesToClock(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/** Temporal's dayOfWeek (1 = Monday ... 7 = Sunday) to our name. */
export function dayOfWeekFromNumber(n: number): DayOfWeek {
  const day = DAYS_OF_WEEK[n - 1];
  if (day === undefined) throw new Error(`Not a day of the week: ${n}`);
  return day;
}

/** 1 = Monday ... 7 = Sunday, as Temporal counts. */
export function dayNumber(day: DayOfWeek): number {
  return DAYS_OF_WEEK.indexOf(day) + 1;
}

/** "Monday" */
export function dayName(day: DayOfWeek): string {
  return DAY_NAMES[dayNumber(day) - 1] ?? day;
}

/**
 * Days said the way people say them: "every weekday", "every day", "at weekends",
 * "on Mondays", "on Mondays and Thursdays", "on Mondays, Tuesdays and Fridays".
 */
export function describeDays(days: readonly DayOfWeek[]): string {
  const set = new Set(days);
  const ordered = DAYS_OF_WEEK.filter((d) => set.has(d));
  if (ordered.length === 7) return 'every day';
  if (ordered.length === 5 && WEEKDAYS.every((d) => set.has(d))) return 'every weekday';
  if (ordered.length === 2 && set.has('saturday') && set.has('sunday')) return 'at weekends';
  const plural = ordered.map((d) => `${dayName(d)}s`);
  return `on ${andList(plural)}`;
}
