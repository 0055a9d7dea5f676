import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates';
import { stripControlCharacters } from '../rules/text';
import { clockToMinutes, DAYS_OF_WEEK, isClockTime } from '../rules/clock';
import type { FieldError, Validated } from './family';

/**
 * When family members and practitioners can and cannot meet.
 * Families say nobody asks when suits them: this is where the answer is kept.
 */

export const BUSY_KINDS = ['school-run', 'work', 'caring', 'school-day', 'appointment', 'other'] as const;
export type BusyKind = (typeof BUSY_KINDS)[number];

const dayOfWeekSchema = z.enum(DAYS_OF_WEEK, { message: 'Choose a day of the week' });

const daysSchema = z
  .array(dayOfWeekSchema)
  .min(1, 'Choose at least one day')
  .max(7, 'Choose each day only once')
  .transform((days) => DAYS_OF_WEEK.filter((d) => days.includes(d)));

const clockTime = (what: string, allowMidnightEnd = false) =>
  z
    .string()
    .transform((s) => s.trim())
    .refine((s) => isClockTime(s, allowMidnightEnd), `Enter the ${what} on the 24-hour clock, for example 09:30`);

const label = (example: string, required = true) =>
  z
    .string()
    .transform((s) => stripControlCharacters(s).trim())
    .pipe(
      z
        .string()
        .min(required ? 1 : 0, `Say what this time is for, for example ${example}`)
        .max(100, 'Keep the description to 100 characters or fewer'),
    );

const isoDate = z.string().refine(isValidIsoDate, 'Enter a real date, for example 2026-11-23');

const END_AFTER_START = 'The end time must be after the start time';
const NIGHT_HINT = `${END_AFTER_START}. For a night shift, add two times: one until 24:00 and one from 00:00`;

function endsAfterStart(value: { start?: string | undefined; end?: string | undefined }): boolean {
  if (value.start === undefined || value.end === undefined) return true;
  if (!isClockTime(value.start) || !isClockTime(value.end, true)) return true; // reported on the field itself
  return clockToMinutes(value.end) > clockToMinutes(value.start);
}

/** A time that comes round every week: "School run, weekdays 08:15 to 09:00". */
export const weeklyBusyTimeSchema = z
  .object({
    days: daysSchema,
    start: clockTime('start time'),
    end: clockTime('end time', true),
    label: label('School run'),
    kind: z.enum(BUSY_KINDS, { message: 'Choose what kind of time this is' }),
    /** Only in school term time. Left out, school runs and school days count in term time only. */
    termTimeOnly: z.boolean().optional(),
  })
  .refine(endsAfterStart, { message: NIGHT_HINT, path: ['end'] });

/** A time the family says suits them: "Tuesday mornings, 10:00 to 12:00". */
export const preferredTimeSchema = z
  .object({
    days: daysSchema,
    start: clockTime('start time'),
    end: clockTime('end time', true),
    label: label('Tuesday mornings', false).optional(),
  })
  .refine(endsAfterStart, { message: END_AFTER_START, path: ['end'] });

/** One date someone cannot do: the whole day, or from one time to another. */
export const oneOffUnavailableSchema = z
  .object({
    date: isoDate,
    start: clockTime('start time').optional(),
    end: clockTime('end time', true).optional(),
    label: label('Hospital appointment'),
  })
  .refine((v) => (v.start === undefined) === (v.end === undefined), {
    message: 'Enter both a start and an end time, or neither if it is the whole day',
    path: ['end'],
  })
  .refine(endsAfterStart, { message: END_AFTER_START, path: ['end'] });

const busyList = z.array(weeklyBusyTimeSchema).max(100, 'Add no more than 100 weekly times');
const unavailableList = z.array(oneOffUnavailableSchema).max(500, 'Add no more than 500 dates');
const preferredList = z.array(preferredTimeSchema).max(50, 'Add no more than 50 preferred times');

/** A parent's, carer's or child's week, as they tell it. */
export const familyMemberTimetableSchema = z.object({
  busy: busyList,
  unavailable: unavailableList,
  preferred: preferredList,
  eveningsAcceptable: z.boolean(),
  weekendsAcceptable: z.boolean(),
});

/** What the family as a whole has said about when meetings suit them. */
export const familyPreferencesSchema = z.object({
  preferred: preferredList,
  eveningsAcceptable: z.boolean(),
  weekendsAcceptable: z.boolean(),
});

/** A practitioner's regular commitments (clinics, part-time days) and leave. Kept simple. */
export const practitionerUnavailabilitySchema = z.object({
  busy: busyList,
  unavailable: unavailableList,
});

export type WeeklyBusyTime = z.infer<typeof weeklyBusyTimeSchema>;
export type PreferredTime = z.infer<typeof preferredTimeSchema>;
export type OneOffUnavailable = z.infer<typeof oneOffUnavailableSchema>;
export type FamilyMemberTimetable = z.infer<typeof familyMemberTimetableSchema>;
export type FamilyPreferences = z.infer<typeof familyPreferencesSchema>;
export type PractitionerUnavailability = z.infer<typeof practitionerUnavailabilitySchema>;

/** Whether a weekly time only happens in school term time (the school run does; work does not). */
export function appliesInTermTimeOnly(busy: Pick<WeeklyBusyTime, 'kind' | 'termTimeOnly'>): boolean {
  return busy.termTimeOnly ?? (busy.kind === 'school-run' || busy.kind === 'school-day');
}

export const NO_FAMILY_PREFERENCES: FamilyPreferences = { preferred: [], eveningsAcceptable: false, weekendsAcceptable: false };

/**
 * The family's combined answer: evenings or weekends are fine only if every member said so;
 * any time one member prefers counts as preferred.
 */
export function familyPreferencesFrom(timetables: readonly FamilyMemberTimetable[]): FamilyPreferences {
  if (timetables.length === 0) return NO_FAMILY_PREFERENCES;
  const seen = new Set<string>();
  const preferred: PreferredTime[] = [];
  for (const t of timetables) {
    for (const p of t.preferred) {
      const key = `${p.days.join(',')}|${p.start}|${p.end}`;
      if (seen.has(key)) continue;
      seen.add(key);
      preferred.push(p);
    }
  }
  return {
    preferred,
    eveningsAcceptable: timetables.every((t) => t.eveningsAcceptable),
    weekendsAcceptable: timetables.every((t) => t.weekendsAcceptable),
  };
}

function validateWith<T>(schema: z.ZodType<T>, input: unknown): Validated<T> {
  const result = schema.safeParse(input);
  if (result.success) return { ok: true, value: result.data };
  const errors: FieldError[] = result.error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
  return { ok: false, errors };
}

/** Checks a family member's timetable; each problem comes back against its field. */
export function validateFamilyMemberTimetable(input: unknown): Validated<FamilyMemberTimetable> {
  return validateWith(familyMemberTimetableSchema, input);
}

export function validatePractitionerUnavailability(input: unknown): Validated<PractitionerUnavailability> {
  return validateWith(practitionerUnavailabilitySchema, input);
}
