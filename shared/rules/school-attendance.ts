/**
 * School attendance as a school reports it in a briefing: sessions possible, sessions attended and
 * late sessions for a term, worked out as percentages to one decimal place, with the persistent
 * absence flag explained in plain words.
 *
 * A session is a morning or an afternoon: a full school week is 10 sessions. The Department for
 * Education counts a pupil as persistently absent when they miss 10% or more of their possible
 * sessions, that is when their attendance is 90% or lower. The flag is worked out from the whole
 * numbers, never from a rounded percentage, so 89.96% is never shown as "90.0%, not persistent".
 *
 * Terms are named the way schools name them, from the month: September to December is the autumn
 * term, January to March the spring term, April to August the summer term ("Autumn term 2026").
 * Term dates differ between areas and schools, so a date near a boundary may be named for the
 * neighbouring term; the briefing form shows the names so the school can see what they are.
 */
import { Temporal } from 'temporal-polyfill';
import type { IsoDate } from './dates';

/** The most sessions in one term: even a long term has fewer than 70 school days. */
export const MAX_TERM_SESSIONS = 200;

export interface SessionFigures {
  possible: number;
  attended: number;
  late: number;
}

export interface AttendanceSummary extends SessionFigures {
  missed: number;
  /** Sessions attended as a percentage of sessions possible, to one decimal place (half up). */
  attendancePercent: number;
  /** Sessions missed as a percentage of sessions possible, to one decimal place (half up). */
  absencePercent: number;
  /** Late sessions as a percentage of the sessions attended, to one decimal place (0 when none were attended). */
  latePercent: number;
  /** Missed 10% or more of possible sessions. */
  persistentAbsence: boolean;
}

/** `part` as a percentage of `whole`, to one decimal place, rounding halves up, in whole-number arithmetic. */
export function percentOneDecimal(part: number, whole: number): number {
  if (!Number.isSafeInteger(part) || !Number.isSafeInteger(whole) || whole <= 0 || part < 0) {
    throw new RangeError('A percentage needs whole numbers and something to divide by.');
  }
  // tenths of a percent = part * 1000 / whole, rounded half up: floor((2 * part * 1000 + whole) / (2 * whole)).
  const tenths = Math.floor((2 * part * 1000 + whole) / (2 * whole));
  return tenths / 10;
}

/** "92.5%", always with one decimal place, as the Department for Education shows attendance. */
export function formatPercent(value: number): string {
  return `${value.toFixed(1)}%`;
}

/** True when the pupil missed 10% or more of their possible sessions (attendance of 90% or lower). */
export function isPersistentAbsence(possible: number, attended: number): boolean {
  return possible > 0 && (possible - attended) * 10 >= possible;
}

/** Figures are checked first (checkSessionFigures); these must already be whole numbers that add up. */
export function summariseAttendance(figures: SessionFigures): AttendanceSummary {
  const { possible, attended, late } = figures;
  const missed = possible - attended;
  return {
    possible,
    attended,
    late,
    missed,
    attendancePercent: percentOneDecimal(attended, possible),
    absencePercent: percentOneDecimal(missed, possible),
    latePercent: attended > 0 ? percentOneDecimal(late, attended) : 0,
    persistentAbsence: isPersistentAbsence(possible, attended),
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Late for 3 sessions: 2.0% of the sessions attended." */
export function punctualityWords(summary: AttendanceSummary): string {
  if (summary.late === 0) return 'Not late for any sessions.';
  return `Late for ${plural(summary.late, 'session', 'sessions')}: ${formatPercent(summary.latePercent)} of the sessions attended.`;
}

/** Said of the one term it is true of, in every document: the form, the briefing, the minutes and the pack. */
export const PERSISTENT_ABSENCE_TERM = 'This counts as persistent absence.';

/**
 * One term's attendance, the same words in every document: "Attended 148 of 160 sessions (92.5%).
 * Missed 12 sessions (7.5%). Late for 3 sessions: 2.0% of the sessions attended." and, for a term of
 * persistent absence, that it is one.
 */
export function attendanceWords(summary: AttendanceSummary): string {
  return [
    `Attended ${summary.attended} of ${plural(summary.possible, 'session', 'sessions')} (${formatPercent(summary.attendancePercent)}).`,
    `Missed ${plural(summary.missed, 'session', 'sessions')} (${formatPercent(summary.absencePercent)}).`,
    punctualityWords(summary),
    ...(summary.persistentAbsence ? [PERSISTENT_ABSENCE_TERM] : []),
  ].join(' ');
}

/** What persistent absence means, for the family and everyone else in the meeting. */
export const PERSISTENT_ABSENCE_WORDS =
  'Persistent absence means missing 1 in every 10 school sessions or more; a session is a morning or an afternoon. ' +
  'Missing this much school makes it harder to keep up with learning and friendships.';

/** What a session is, for hints on the form. */
export const SESSION_WORDS = 'A session is a morning or an afternoon: a full school week is 10 sessions.';

// ---------------------------------------------------------------- figures as typed

export interface TypedFigures {
  possible: string;
  attended: string;
  late: string;
}

export type FigureField = keyof TypedFigures;

export type FiguresCheck =
  | { ok: true; figures: SessionFigures | null }
  | { ok: false; problems: ReadonlyArray<{ field: FigureField; message: string }> };

const FIELD_WORDS: Record<FigureField, string> = {
  possible: 'sessions possible',
  attended: 'sessions attended',
  late: 'late sessions',
};

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,6}$/.test(trimmed)) return null;
  return Number(trimmed);
}

/**
 * Reads one term's figures as typed. All blank means "no figures for this term" (null). Late
 * sessions may be left blank for none. Every problem is named with the field it belongs to.
 */
export function checkSessionFigures(typed: TypedFigures, term: string): FiguresCheck {
  const blank = (field: FigureField) => typed[field].trim() === '';
  if (blank('possible') && blank('attended') && blank('late')) return { ok: true, figures: null };
  const problems: Array<{ field: FigureField; message: string }> = [];
  const read = (field: FigureField): number | null => {
    if (field === 'late' && blank('late')) return 0;
    if (blank(field)) {
      problems.push({ field, message: `Enter the number of ${FIELD_WORDS[field]} for the ${term}` });
      return null;
    }
    const value = wholeNumber(typed[field]);
    if (value === null) {
      problems.push({ field, message: `The number of ${FIELD_WORDS[field]} for the ${term} must be a whole number, like 120` });
      return null;
    }
    if (value > MAX_TERM_SESSIONS) {
      problems.push({ field, message: `The number of ${FIELD_WORDS[field]} for the ${term} must be ${MAX_TERM_SESSIONS} or fewer: a term has fewer than 70 school days` });
      return null;
    }
    return value;
  };
  const possible = read('possible');
  const attended = read('attended');
  const late = read('late');
  if (possible === 0) problems.push({ field: 'possible', message: `The number of sessions possible for the ${term} must be more than 0` });
  if (possible !== null && attended !== null && attended > possible) {
    problems.push({ field: 'attended', message: `The sessions attended for the ${term} (${attended}) cannot be more than the sessions possible (${possible})` });
  }
  if (attended !== null && late !== null && late > attended) {
    problems.push({ field: 'late', message: `The late sessions for the ${term} (${late}) cannot be more than the sessions attended (${attended})` });
  }
  if (problems.length > 0 || possible === null || attended === null || late === null) return { ok: false, problems };
  return { ok: true, figures: { possible, attended, late } };
}

// ---------------------------------------------------------------- terms

export type TermSeason = 'Autumn' | 'Spring' | 'Summer';

export interface SchoolTerm {
  season: TermSeason;
  /** The calendar year the term is in. */
  year: number;
  /** "Autumn term 2026". */
  name: string;
}

function term(season: TermSeason, year: number): SchoolTerm {
  return { season, year, name: `${season} term ${year}` };
}

/** The term a date falls in, named by its month: a date in the summer holiday belongs to the summer term just ended. */
export function schoolTermOn(date: IsoDate): SchoolTerm {
  const d = Temporal.PlainDate.from(date);
  if (d.month >= 9) return term('Autumn', d.year);
  if (d.month <= 3) return term('Spring', d.year);
  return term('Summer', d.year);
}

/** The term before: summer before autumn, autumn (of the year before) before spring, spring before summer. */
export function termBefore(current: SchoolTerm): SchoolTerm {
  if (current.season === 'Autumn') return term('Summer', current.year);
  if (current.season === 'Spring') return term('Autumn', current.year - 1);
  return term('Spring', current.year);
}

/** This term and last term, named for a briefing written on `date`. */
export function briefingTerms(date: IsoDate): { thisTerm: SchoolTerm; lastTerm: SchoolTerm } {
  const thisTerm = schoolTermOn(date);
  return { thisTerm, lastTerm: termBefore(thisTerm) };
}
