/**
 * The English academic-year rule. The school year runs from 1 September to 31 August. Children
 * born between 1 September and 31 August of the following year are in the same year group; they
 * start Reception in the September after their fourth birthday at the latest.
 *
 * This is the year group by age. Some children are taught out of their year group (for example a
 * summer-born child whose start was deferred); the screens should let the school's own year show.
 */
import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from './dates';

export type SchoolYear =
  | { kind: 'not-yet-school-age'; label: string }
  | { kind: 'nursery'; label: string }
  | { kind: 'reception'; label: string }
  | { kind: 'year'; year: number; label: string }
  | { kind: 'left-school'; label: string };

export const LAST_SCHOOL_YEAR = 13;

/** The calendar year in which the academic year containing this date began. 2026-08-31 → 2025. */
export function academicYearStart(date: IsoDate): number {
  const d = Temporal.PlainDate.from(date);
  return d.month >= 9 ? d.year : d.year - 1;
}

/** "2025 to 2026", as GOV.UK writes academic years. */
export function academicYearLabel(date: IsoDate): string {
  const start = academicYearStart(date);
  return `${start} to ${start + 1}`;
}

/** The first and last day of the academic year containing this date. */
export function academicYearBounds(date: IsoDate): { first: IsoDate; last: IsoDate } {
  const start = academicYearStart(date);
  return { first: `${start}-09-01`, last: `${start + 1}-08-31` };
}

/**
 * The year group, counted from Reception as 0: the number of academic years since the child's
 * Reception year began. Negative before Reception; above 13 after Year 13.
 */
export function yearGroupNumber(dateOfBirth: IsoDate, on: IsoDate): number {
  // A child starts Reception in the academic year that begins when the children born in
  // their cohort (1 September to 31 August) are 4 or turning 5: cohort start year + 5.
  const receptionStart = academicYearStart(dateOfBirth) + 5;
  return academicYearStart(on) - receptionStart;
}

/** A child's school year on a given date, from their date of birth. */
export function schoolYearOn(dateOfBirth: IsoDate, on: IsoDate): SchoolYear {
  const n = yearGroupNumber(dateOfBirth, on);
  if (n <= -2) return { kind: 'not-yet-school-age', label: 'Not yet school age' };
  if (n === -1) return { kind: 'nursery', label: 'Nursery' };
  if (n === 0) return { kind: 'reception', label: 'Reception' };
  if (n > LAST_SCHOOL_YEAR) return { kind: 'left-school', label: 'Left school' };
  return { kind: 'year', year: n, label: `Year ${n}` };
}
