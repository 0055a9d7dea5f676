import { Temporal } from 'temporal-polyfill';

/**
 * The instant every end-to-end test runs at: the app's clock is installed at it before any page
 * loads (see `test.ts`), and time then runs on from it. Every date a test types or expects is
 * worked out from it with the helpers below, so the suite passes whatever the real date is.
 * `E2E_NOW` moves it, to prove that (for example `E2E_NOW=2027-03-25T09:30:00Z npm run test:e2e`).
 */
export const FIXED_NOW: Date = fixedNowFrom(process.env.E2E_NOW);

function fixedNowFrom(value: string | undefined): Date {
  const text = value?.trim() || '2026-11-23T10:00:00Z';
  const instant = new Date(text);
  if (Number.isNaN(instant.getTime())) throw new Error(`E2E_NOW is not an ISO instant: ${text}`);
  return instant;
}

const ZONE = 'Europe/London';
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

export type Day = Temporal.PlainDate;

/** Today in England on the fixed clock. */
export function today(): Day {
  return Temporal.Instant.fromEpochMilliseconds(FIXED_NOW.getTime()).toZonedDateTimeISO(ZONE).toPlainDate();
}

export function daysFromToday(days: number): Day {
  return today().add({ days });
}

/** The first given weekday (1 Monday … 7 Sunday) on or after `from`. */
export function onOrAfter(from: Day, dayOfWeek: number): Day {
  return from.add({ days: (dayOfWeek - from.dayOfWeek + 7) % 7 });
}

/** 3 December 2026 */
export function longDate(day: Day): string {
  return `${day.day} ${MONTHS[day.month - 1]} ${day.year}`;
}

/** Thursday 3 December 2026 */
export function weekdayDate(day: Day): string {
  return `${WEEKDAYS[day.dayOfWeek - 1]} ${longDate(day)}`;
}

/** 03/12/2026, as a person types it */
export function slashDate(day: Day): string {
  return `${String(day.day).padStart(2, '0')}/${String(day.month).padStart(2, '0')}/${day.year}`;
}

/** 2026-12-03 */
export function isoDate(day: Day): string {
  return day.toString();
}

/** An ISO instant with its offset, for a wall-clock time in London on that day: 2026-12-03T16:00:00+00:00 */
export function londonInstant(day: Day, time: string): string {
  return day.toZonedDateTime({ timeZone: ZONE, plainTime: Temporal.PlainTime.from(time) }).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

/** The local wall-clock time a calendar file writes, without zone: 2026-12-03T16:00:00 */
export function londonLocal(day: Day, time: string): string {
  return `${day.toString()}T${Temporal.PlainTime.from(time).toString({ smallestUnit: 'second' })}`;
}

export function monthName(day: Day): string {
  return MONTHS[day.month - 1] ?? '';
}

/** A date of birth typed as dd/mm/yyyy, read back as a day. */
export function fromSlash(text: string): Day {
  const [d, m, y] = text.split('/').map(Number);
  return Temporal.PlainDate.from({ year: y ?? 0, month: m ?? 0, day: d ?? 0 });
}

/** Whole years from a date of birth to today on the fixed clock. */
export function ageToday(dateOfBirth: Day): number {
  return dateOfBirth.until(today(), { largestUnit: 'years' }).years;
}

/** The academic year today falls in, as the app words it: "2026 to 2027" (years start on 1 September). */
export function academicYearToday(): string {
  const start = today().month >= 9 ? today().year : today().year - 1;
  return `${start} to ${start + 1}`;
}

/**
 * "Year 4 in 2026 to 2027": the school year a child of that date of birth is in by age today
 * (English cohorts run from 1 September to 31 August; Reception is the year a child turns five).
 */
export function schoolYearToday(dateOfBirth: Day): string {
  const cohort = dateOfBirth.month >= 9 ? dateOfBirth.year : dateOfBirth.year - 1;
  const start = today().month >= 9 ? today().year : today().year - 1;
  const group = start - cohort - 5;
  return `${group === 0 ? 'Reception' : `Year ${group}`} in ${academicYearToday()}`;
}

/** Reads "Thursday 14 January 2027" or "14 January 2027" back as a day. */
export function fromLongDate(text: string): Day {
  const m = /(\d{1,2}) (\w+) (\d{4})$/.exec(text.trim());
  const month = MONTHS.indexOf(m?.[2] ?? '') + 1;
  if (!m || month === 0) throw new Error(`Not a date in words: ${text}`);
  return Temporal.PlainDate.from({ year: Number(m[3]), month, day: Number(m[1]) });
}

/**
 * This term and last term as a school names them in a briefing written today, by month: September
 * to December the autumn term, January to March the spring term, April to August the summer term.
 */
export function termsToday(): { thisTerm: string; lastTerm: string } {
  const { month, year } = today();
  if (month >= 9) return { thisTerm: `Autumn term ${year}`, lastTerm: `Summer term ${year}` };
  if (month <= 3) return { thisTerm: `Spring term ${year}`, lastTerm: `Autumn term ${year - 1}` };
  return { thisTerm: `Summer term ${year}`, lastTerm: `Spring term ${year}` };
}
