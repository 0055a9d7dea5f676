import { Temporal } from 'temporal-polyfill';
import { londonDate } from '../time/london';

/** An ISO calendar date, YYYY-MM-DD, as stored. Display is always UK style. */
export type IsoDate = string;

export type DateParse = { ok: true; date: IsoDate } | { ok: false; message: string };

const UK_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Reads a date as a UK user types it (23/11/2026, 23-11-2026, 23.11.2026) or as ISO (2026-11-23).
 * Refuses impossible dates such as 31/02/2026 with a message that says what is wrong.
 */
export function parseUkDate(text: string): DateParse {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, message: 'Enter a date, for example 23/11/2026' };
  let day: number;
  let month: number;
  let year: number;
  const uk = UK_DATE.exec(trimmed);
  const iso = ISO_DATE.exec(trimmed);
  if (uk) {
    day = Number(uk[1]);
    month = Number(uk[2]);
    year = Number(uk[3]);
  } else if (iso) {
    year = Number(iso[1]);
    month = Number(iso[2]);
    day = Number(iso[3]);
  } else {
    return { ok: false, message: 'Enter the date as day/month/year, for example 23/11/2026' };
  }
  if (month < 1 || month > 12) return { ok: false, message: 'The month must be between 1 and 12' };
  if (year < 1900 || year > 2200) return { ok: false, message: 'Enter a year with four digits, for example 2016' };
  try {
    const date = Temporal.PlainDate.from({ year, month, day }, { overflow: 'reject' });
    return { ok: true, date: date.toString() };
  } catch {
    const lastDay = Temporal.PlainYearMonth.from({ year, month }).daysInMonth;
    return { ok: false, message: `That date does not exist: this month has ${lastDay} days` };
  }
}

export function isValidIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  try {
    Temporal.PlainDate.from({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Temporal.PlainDate.compare(Temporal.PlainDate.from(a), Temporal.PlainDate.from(b));
}

/** Today's date in England, whatever the machine's own time zone. Screens call it; rules are passed the date. */
export function todayInLondon(now: Date = new Date()): IsoDate {
  return londonDate(now);
}

// Shown dates are formatted in one place, shared/time/london.ts.
export { formatLongDate, formatShortDate } from '../time/london';

/** Whole years between a date of birth and a given day. */
export function ageOn(dateOfBirth: IsoDate, on: IsoDate): number {
  // Plain string arithmetic: lists compute thousands of ages, and ISO dates compare as text.
  // A 29 February birthday counts from 1 March in other years, as in English law.
  const years = Number(on.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return on.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}
