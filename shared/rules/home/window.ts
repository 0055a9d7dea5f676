/** The days the home screen looks ahead and back, worked out from a fixed `today` (never the clock). */
import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from '../dates';

/** How far ahead "soon" is: meetings, reviews and consents in the next two weeks. */
export const LOOK_AHEAD_DAYS = 14;

export function addDays(date: IsoDate, days: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ days }).toString();
}

export function addMonths(date: IsoDate, months: number): IsoDate {
  return Temporal.PlainDate.from(date).add({ months }, { overflow: 'constrain' }).toString();
}

/** The Sunday that ends the week `today` is in (weeks run Monday to Sunday). */
export function endOfWeek(today: IsoDate): IsoDate {
  const d = Temporal.PlainDate.from(today);
  return d.add({ days: 7 - d.dayOfWeek }).toString();
}

/**
 * Compares two ISO dates (YYYY-MM-DD): as text, which orders them by date. The home lists sort
 * thousands of dates, and parsing each with Temporal (as compareIsoDates does) is slow.
 */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const LONDON_STAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(\+0[01]:00|Z)?\[Europe\/London\]$/;

/** The London calendar date of a meeting's start ("2026-12-03T16:00:00+00:00[Europe/London]"). */
export function londonDateOf(startsAt: string): IsoDate {
  // The app stores London wall-clock time with London's offset: its date is the first ten characters.
  if (LONDON_STAMP.test(startsAt)) return startsAt.slice(0, 10);
  const at = startsAt.indexOf('[');
  const instant = Temporal.Instant.from(at < 0 ? startsAt : startsAt.slice(0, at));
  return instant.toZonedDateTimeISO('Europe/London').toPlainDate().toString();
}

/** Milliseconds since the epoch of a meeting's start. */
export function startInstant(startsAt: string): number {
  const at = startsAt.indexOf('[');
  return Date.parse(at < 0 ? startsAt : startsAt.slice(0, at));
}
