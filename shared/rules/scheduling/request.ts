import { Temporal } from 'temporal-polyfill';
import { isValidIsoDate } from '../dates';
import { clockToMinutes, DAYS_OF_WEEK, isClockTime } from '../clock';
import { NO_FAMILY_PREFERENCES, type FamilyPreferences } from '../../domain/timetable';
import type { SearchInput } from './search';
import type { FindSlotsRequest, WorkingHours } from './types';
import { durationWords } from './words';

export const DEFAULT_WORKING_HOURS: WorkingHours = { start: '09:00', end: '17:00', eveningEnd: '20:00' };
export const DEFAULT_SCHOOL_DAY = { start: '08:45', end: '15:15' } as const;
export const DEFAULT_STEP_MINUTES = 15;
export const DEFAULT_LIMIT = 10;
export const DEFAULT_MAX_PER_DAY = 2;
export const LONGEST_SEARCH_DAYS = 366;

export interface ResolvedRequest {
  input: SearchInput;
  preferences: FamilyPreferences;
  limit: number;
  maxPerDay: number;
  workingHours: WorkingHours;
}

export type Resolution = { ok: true; value: ResolvedRequest } | { ok: false; message: string };

const isWhole = (n: number, min: number, max: number) => Number.isInteger(n) && n >= min && n <= max;

/** Fills in the defaults and checks the request, with a plain message for the first problem. */
export function resolveRequest(r: FindSlotsRequest): Resolution {
  if (!isValidIsoDate(r.from)) return fail(`The first day to search is not a real date (${r.from}).`);
  if (!isValidIsoDate(r.to)) return fail(`The last day to search is not a real date (${r.to}).`);
  if (r.to < r.from) return fail('The last day to search is before the first. Swap them round.');
  const span = Temporal.PlainDate.from(r.from).until(Temporal.PlainDate.from(r.to)).days + 1;
  if (span > LONGEST_SEARCH_DAYS) return fail('Search at most a year at a time.');
  if (!isWhole(r.lengthMinutes, 5, 720)) return fail('A meeting must last between 5 minutes and 12 hours, in whole minutes.');
  const step = r.stepMinutes ?? DEFAULT_STEP_MINUTES;
  if (!isWhole(step, 5, 120)) return fail('Start times must be between 5 and 120 minutes apart, in whole minutes.');
  const limit = r.limit ?? DEFAULT_LIMIT;
  if (!isWhole(limit, 1, 100)) return fail('Ask for between 1 and 100 times.');
  const maxPerDay = r.maxPerDay ?? DEFAULT_MAX_PER_DAY;
  if (!isWhole(maxPerDay, 1, 100)) return fail('Allow at least one time a day.');
  if (Number.isNaN(r.now.getTime())) return fail('The current time is not known, so past times cannot be left out.');

  const hours: WorkingHours = { ...DEFAULT_WORKING_HOURS, ...r.workingHours };
  for (const t of [hours.start, hours.end, hours.eveningEnd]) {
    if (!isClockTime(t, true)) return fail(`The meeting hours include a time that is not on the clock (${t}).`);
  }
  const workStart = clockToMinutes(hours.start);
  const workEnd = clockToMinutes(hours.end);
  const eveningEnd = clockToMinutes(hours.eveningEnd);
  if (workEnd <= workStart) return fail(`Meeting hours must end after they start (${hours.start} to ${hours.end}).`);
  if (eveningEnd < workEnd) return fail(`Evening meetings must end at or after ${hours.end}.`);
  if (r.lengthMinutes > eveningEnd - workStart) {
    return fail(`A ${durationWords(r.lengthMinutes)} meeting will not fit between ${hours.start} and ${hours.eveningEnd}. Try a shorter meeting.`);
  }

  const school = r.schoolDay ?? DEFAULT_SCHOOL_DAY;
  if (!isClockTime(school.start) || !isClockTime(school.end, true) || clockToMinutes(school.end) <= clockToMinutes(school.start)) {
    return fail(`The school day must have a start and an end on the clock, end after start (${school.start} to ${school.end}).`);
  }

  const preferences = r.familyPreferences ?? NO_FAMILY_PREFERENCES;
  const now = Temporal.Instant.fromEpochMilliseconds(r.now.getTime()).toZonedDateTimeISO('Europe/London');
  return {
    ok: true,
    value: {
      preferences,
      limit,
      maxPerDay,
      workingHours: hours,
      input: {
        from: r.from,
        to: r.to,
        invitees: r.invitees,
        childShouldAttend: r.childShouldAttend === true,
        schoolDay: { start: clockToMinutes(school.start), end: clockToMinutes(school.end) },
        bankHolidays: r.bankHolidays,
        terms: r.terms,
        settings: {
          lengthMinutes: r.lengthMinutes,
          stepMinutes: step,
          workStart,
          workEnd,
          eveningEnd,
          evenings: preferences.eveningsAcceptable,
          weekends: preferences.weekendsAcceptable,
          preferred: preferredByDay(preferences),
          nowDate: now.toPlainDate().toString(),
          nowMinute: now.hour * 60 + now.minute,
        },
      },
    },
  };
}

function preferredByDay(p: FamilyPreferences): Array<Array<readonly [number, number]>> {
  const byDay: Array<Array<readonly [number, number]>> = DAYS_OF_WEEK.map(() => []);
  for (const t of p.preferred) {
    if (!isClockTime(t.start) || !isClockTime(t.end, true)) continue;
    const range = [clockToMinutes(t.start), clockToMinutes(t.end)] as const;
    for (const d of t.days) byDay[DAYS_OF_WEEK.indexOf(d)]?.push(range);
  }
  return byDay;
}

function fail(message: string): Resolution {
  return { ok: false, message };
}
