/**
 * A child's date of birth: typed the UK way (23/11/2016), needed, a real date, and today or in
 * the past. The family form, the stored-record checks and the school-year note all use this rule.
 */
import { academicYearLabel, schoolYearOn } from './academic-year';
import { compareIsoDates, parseUkDate, type DateParse, type IsoDate } from './dates';

export const FUTURE_BIRTH_MESSAGE = 'The date of birth must be today or in the past';
const MISSING_BIRTH_MESSAGE = "Enter the child's date of birth, for example 23/11/2016";

/** The date as typed, or what is wrong with it. Whether it is in the future is `isFutureBirth`. */
export function readDateOfBirth(text: string): DateParse {
  if (text.trim() === '') return { ok: false, message: MISSING_BIRTH_MESSAGE };
  return parseUkDate(text);
}

export function isFutureBirth(dateOfBirth: IsoDate, today: IsoDate): boolean {
  return compareIsoDates(dateOfBirth, today) > 0;
}

/** "Year 6 in 2026 to 2027" once what is typed reads as a real date that is not in the future; otherwise "". */
export function schoolYearWords(typed: string, today: IsoDate): string {
  const parsed = parseUkDate(typed);
  if (!parsed.ok || isFutureBirth(parsed.date, today)) return '';
  return `${schoolYearOn(parsed.date, today).label} in ${academicYearLabel(today)}`;
}
