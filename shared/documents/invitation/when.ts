/** Meeting times in words, always as the clock on the wall in England shows them. */
import { Temporal } from 'temporal-polyfill';
import { formatLongDate, type IsoDate } from '../../rules/dates';

export const LONDON = 'Europe/London';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** An ISO instant with offset (a bracketed zone is allowed and ignored) as London wall-clock time. */
export function londonTime(startsAt: string): Temporal.ZonedDateTime {
  return Temporal.Instant.from(startsAt).toZonedDateTimeISO(LONDON);
}

/** 4pm, 4:30pm, 12 noon, 12:15pm, 9am */
export function clockWords(t: Pick<Temporal.PlainTime, 'hour' | 'minute'>): string {
  if (t.hour === 12 && t.minute === 0) return '12 noon';
  const suffix = t.hour < 12 ? 'am' : 'pm';
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const minutes = t.minute === 0 ? '' : `:${String(t.minute).padStart(2, '0')}`;
  return `${hour}${minutes}${suffix}`;
}

/** Thursday 3 December 2026 */
export function dayWords(date: IsoDate): string {
  const d = Temporal.PlainDate.from(date);
  return `${DAYS[d.dayOfWeek - 1]} ${formatLongDate(date)}`;
}

/** Thursday 3 December 2026 at 4pm */
export function meetingTimeWords(startsAt: string): string {
  const t = londonTime(startsAt);
  return `${dayWords(t.toPlainDate().toString())} at ${clockWords(t)}`;
}

/** "1 hour", "1 hour and 30 minutes", "45 minutes" */
export function lengthWords(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const h = hours === 0 ? '' : `${hours} hour${hours === 1 ? '' : 's'}`;
  const m = rest === 0 ? '' : `${rest} minutes`;
  return h && m ? `${h} and ${m}` : h || m;
}

/** The end, as London wall-clock time. */
export function endTimeWords(startsAt: string, lengthMinutes: number): string {
  return clockWords(londonTime(startsAt).add({ minutes: lengthMinutes }));
}
