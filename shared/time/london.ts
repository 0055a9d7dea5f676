/**
 * Every date and time a person reads, as the clock on the wall in England shows it (Europe/London,
 * with daylight saving). Each function takes its date or instant: none reads the machine's clock.
 *
 *   formatLongDate     2026-11-23 -> 23 November 2026
 *   formatShortDate    2026-11-23 -> 23/11/2026
 *   dayWords           2026-11-23 -> Monday 23 November 2026
 *   clockWords         16:30 -> 4:30pm (letters: "12 noon"; screens: "midday", "midnight")
 *   clockTime          an instant -> 10:30
 *   dateTimeWords      an instant -> 23 November 2026 at 10:30
 *   meetingTimeWords   a meeting start -> Monday 23 November 2026 at 4pm
 */
import { Temporal } from 'temporal-polyfill';

/** An ISO calendar date, YYYY-MM-DD. */
type IsoDate = string;

/** An instant as the app holds one: a Date, epoch milliseconds, or ISO text with an offset. */
export type Instant = Date | number | string;

export const LONDON = 'Europe/London';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const CLOCK = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: LONDON });
const DATE_AND_CLOCK = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeStyle: 'short', timeZone: LONDON });

function toDate(at: Instant): Date {
  return at instanceof Date ? at : new Date(at);
}

/** An ISO instant with offset (a bracketed zone is allowed and ignored) as London wall-clock time. */
export function londonTime(startsAt: string): Temporal.ZonedDateTime {
  return Temporal.Instant.from(startsAt).toZonedDateTimeISO(LONDON);
}

/** The date in England at an instant, whatever the machine's own time zone. */
export function londonDate(at: Date): IsoDate {
  return Temporal.Instant.fromEpochMilliseconds(at.getTime()).toZonedDateTimeISO(LONDON).toPlainDate().toString();
}

/** 23 November 2026 */
export function formatLongDate(iso: IsoDate): string {
  const d = Temporal.PlainDate.from(iso);
  return `${d.day} ${MONTHS[d.month - 1]} ${d.year}`;
}

/** 23/11/2026 */
export function formatShortDate(iso: IsoDate): string {
  const d = Temporal.PlainDate.from(iso);
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** Thursday 3 December 2026 */
export function dayWords(date: IsoDate): string {
  const d = Temporal.PlainDate.from(date);
  return `${DAYS[d.dayOfWeek - 1]} ${formatLongDate(date)}`;
}

/**
 * 4pm, 4:30pm, 9am. Letters say "12 noon" and "12am"; screens say "midday" and "midnight".
 */
export function clockWords(t: Pick<Temporal.PlainTime, 'hour' | 'minute'>, style: 'letter' | 'screen' = 'letter'): string {
  if (t.hour === 12 && t.minute === 0) return style === 'letter' ? '12 noon' : 'midday';
  if (style === 'screen' && t.hour === 0 && t.minute === 0) return 'midnight';
  const suffix = t.hour < 12 ? 'am' : 'pm';
  const hour = t.hour % 12 === 0 ? 12 : t.hour % 12;
  const minutes = t.minute === 0 ? '' : `:${String(t.minute).padStart(2, '0')}`;
  return `${hour}${minutes}${suffix}`;
}

/** 10:30, on the 24-hour clock in London. */
export function clockTime(at: Instant): string {
  return CLOCK.format(toDate(at));
}

/** 23 November 2026 at 10:30, in London. Something that is not a time gives `unknown`, or throws without it. */
export function dateTimeWords(at: Instant, unknown?: string): string {
  const date = toDate(at);
  if (Number.isNaN(date.getTime()) && unknown !== undefined) return unknown;
  // Older ICU joins the two with a comma; newer says "at". Both read "at" here.
  return DATE_AND_CLOCK.format(date).replace(', ', ' at ');
}

/** Thursday 3 December 2026 at 4pm */
export function meetingTimeWords(startsAt: string): string {
  const t = londonTime(startsAt);
  return `${dayWords(t.toPlainDate().toString())} at ${clockWords(t)}`;
}

/** The end, as London wall-clock time. */
export function endTimeWords(startsAt: string, lengthMinutes: number): string {
  return clockWords(londonTime(startsAt).add({ minutes: lengthMinutes }));
}
