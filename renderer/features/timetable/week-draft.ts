import { z } from 'zod';
import type { FieldError, Validated } from '../../../shared/domain/family';
import {
  BUSY_KINDS,
  validateFamilyMemberTimetable,
  validatePractitionerUnavailability,
  type BusyKind,
  type FamilyMemberTimetable,
  type OneOffUnavailable,
  type PractitionerUnavailability,
  type WeeklyBusyTime,
} from '../../../shared/domain/timetable';
import { DAYS_OF_WEEK, type DayOfWeek } from '../../../shared/rules/clock';
import { formatShortDate, parseUkDate } from '../../../shared/rules/dates';

/**
 * What is typed on "The family's week" and a practitioner's unavailability page, kept as text so
 * nothing typed is lost, and turned into timetables for the validators in shared/domain/timetable.
 */

export const BUSY_KIND_WORDS: Record<BusyKind, string> = {
  'school-run': 'School run',
  work: 'Work',
  caring: 'Caring',
  'school-day': 'School day',
  appointment: 'Appointment',
  other: 'Other',
};

export interface BusyRow {
  key: string;
  days: DayOfWeek[];
  start: string;
  end: string;
  kind: BusyKind | '';
  label: string;
}

export interface PreferredRow {
  key: string;
  days: DayOfWeek[];
  start: string;
  end: string;
  label: string;
}

export interface DateRow {
  key: string;
  /** As typed: 23/11/2026. */
  date: string;
  start: string;
  end: string;
  label: string;
}

export interface MemberDraft {
  busy: BusyRow[];
  preferred: PreferredRow[];
  unavailable: DateRow[];
  eveningsAcceptable: boolean;
  weekendsAcceptable: boolean;
}

export interface WeekDraft {
  members: Record<string, MemberDraft>;
}

/** A practitioner's page uses the same rows, without preferences. */
export interface PractitionerDraft {
  busy: BusyRow[];
  unavailable: DateRow[];
}

const day = z.enum(DAYS_OF_WEEK);
const busyRowSchema = z.object({ key: z.string(), days: z.array(day), start: z.string(), end: z.string(), kind: z.enum([...BUSY_KINDS, '']), label: z.string() });
const preferredRowSchema = z.object({ key: z.string(), days: z.array(day), start: z.string(), end: z.string(), label: z.string() });
const dateRowSchema = z.object({ key: z.string(), date: z.string(), start: z.string(), end: z.string(), label: z.string() });
const memberDraftSchema = z.object({
  busy: z.array(busyRowSchema),
  preferred: z.array(preferredRowSchema),
  unavailable: z.array(dateRowSchema),
  eveningsAcceptable: z.boolean(),
  weekendsAcceptable: z.boolean(),
});
const weekDraftSchema = z.object({ members: z.record(z.string(), memberDraftSchema) });
const practitionerDraftSchema = z.object({ busy: z.array(busyRowSchema), unavailable: z.array(dateRowSchema) });

export const isWeekDraft = (value: unknown): value is WeekDraft => weekDraftSchema.safeParse(value).success;
export const isPractitionerDraft = (value: unknown): value is PractitionerDraft => practitionerDraftSchema.safeParse(value).success;

let counter = 0;
/** A key for React lists; only needs to be unique within one draft. */
export function rowKey(): string {
  counter += 1;
  return `row-${Date.now().toString(36)}-${counter}`;
}

export const emptyBusyRow = (kind: BusyKind | '' = ''): BusyRow => ({ key: rowKey(), days: [], start: '', end: '', kind, label: '' });
export const emptyPreferredRow = (): PreferredRow => ({ key: rowKey(), days: [], start: '', end: '', label: '' });
export const emptyDateRow = (): DateRow => ({ key: rowKey(), date: '', start: '', end: '', label: '' });
export const emptyMember = (): MemberDraft => ({ busy: [], preferred: [], unavailable: [], eveningsAcceptable: false, weekendsAcceptable: false });

function busyToRow(b: WeeklyBusyTime): BusyRow {
  return { key: rowKey(), days: [...b.days], start: b.start, end: b.end, kind: b.kind, label: b.label === BUSY_KIND_WORDS[b.kind] ? '' : b.label };
}

function dateToRow(u: OneOffUnavailable): DateRow {
  return { key: rowKey(), date: formatShortDate(u.date), start: u.start ?? '', end: u.end ?? '', label: u.label };
}

export function memberFromTimetable(t: FamilyMemberTimetable | undefined): MemberDraft {
  if (!t) return emptyMember();
  return {
    busy: t.busy.map(busyToRow),
    preferred: t.preferred.map((p) => ({ key: rowKey(), days: [...p.days], start: p.start, end: p.end, label: p.label ?? '' })),
    unavailable: t.unavailable.map(dateToRow),
    eveningsAcceptable: t.eveningsAcceptable,
    weekendsAcceptable: t.weekendsAcceptable,
  };
}

export function practitionerFromRecord(u: PractitionerUnavailability | undefined): PractitionerDraft {
  return u ? { busy: u.busy.map(busyToRow), unavailable: u.unavailable.map(dateToRow) } : { busy: [], unavailable: [] };
}

/** Rows as the validators expect them. A blank description takes the kind's name ("Work"). */
function busyInput(rows: readonly BusyRow[]) {
  return rows.map((r) => ({ days: r.days, start: r.start, end: r.end, kind: r.kind, label: r.label.trim() === '' && r.kind !== '' ? BUSY_KIND_WORDS[r.kind] : r.label }));
}

function preferredInput(rows: readonly PreferredRow[]) {
  return rows.map((r) => ({ days: r.days, start: r.start, end: r.end, ...(r.label.trim() === '' ? {} : { label: r.label }) }));
}

/** Dates are read the UK way first; a date that cannot be read gets its message at the field. */
function datesInput(rows: readonly DateRow[]): { input: unknown[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const input = rows.map((r, i) => {
    const parsed = parseUkDate(r.date);
    if (!parsed.ok) errors.push({ path: `unavailable.${i}.date`, message: parsed.message });
    const times = r.start.trim() === '' && r.end.trim() === '' ? {} : { start: r.start, end: r.end };
    return { date: parsed.ok ? parsed.date : '2000-01-01', label: r.label, ...times };
  });
  return { input, errors };
}

/** One message per field, the date reader's own first. */
function merge<T>(own: FieldError[], result: Validated<T>): Validated<T> {
  if (own.length === 0) return result;
  const errors = [...own];
  if (!result.ok) {
    for (const e of result.errors) if (!errors.some((x) => x.path === e.path)) errors.push(e);
  }
  return { ok: false, errors };
}

export function checkMember(draft: MemberDraft): Validated<FamilyMemberTimetable> {
  const dates = datesInput(draft.unavailable);
  const result = validateFamilyMemberTimetable({
    busy: busyInput(draft.busy),
    preferred: preferredInput(draft.preferred),
    unavailable: dates.input,
    eveningsAcceptable: draft.eveningsAcceptable,
    weekendsAcceptable: draft.weekendsAcceptable,
  });
  return merge(dates.errors, result);
}

export function checkPractitioner(draft: PractitionerDraft): Validated<PractitionerUnavailability> {
  const dates = datesInput(draft.unavailable);
  return merge(dates.errors, validatePractitionerUnavailability({ busy: busyInput(draft.busy), unavailable: dates.input }));
}

/** Checks every member; errors come back with the person's id first: `<personId>.busy.0.end`. */
export function checkWeek(draft: WeekDraft, personIds: readonly string[]): Validated<Record<string, FamilyMemberTimetable>> {
  const errors: FieldError[] = [];
  const members: Record<string, FamilyMemberTimetable> = {};
  for (const id of personIds) {
    const result = checkMember(draft.members[id] ?? emptyMember());
    if (result.ok) members[id] = result.value;
    else errors.push(...result.errors.map((e) => ({ path: `${id}.${e.path}`, message: e.message })));
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: members };
}

/** The id of the control a message belongs to: `week-<personId>-busy-0-end`. */
export function fieldId(prefix: string, path: string): string {
  return `${prefix}-${path.replace(/\./g, '-')}`;
}

export function errorAt(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}

