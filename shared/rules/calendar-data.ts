import { z } from 'zod';
import { isValidIsoDate, type IsoDate } from './dates';

/**
 * Bank holidays and school term dates. Both are data an area can replace: the loaders take the
 * file's contents as an argument and say plainly what is wrong with a bad file.
 */

export type CalendarParse<T> = { ok: true; value: T } | { ok: false; message: string };

const isoDate = z.string().refine(isValidIsoDate, 'is not a real date (write it as YYYY-MM-DD, for example 2026-12-25)');

// ---------------------------------------------------------------- bank holidays

export const bankHolidayEventSchema = z.object({
  title: z.string().min(1, 'is empty'),
  date: isoDate,
  notes: z.string(),
  bunting: z.boolean(),
});

/** One division of the gov.uk bank-holidays JSON, plus where and when it came from. */
export const bankHolidayFileSchema = z.object({
  division: z.string().min(1, 'needs a division, for example england-and-wales'),
  source: z.string().optional(),
  licence: z.string().optional(),
  retrieved: isoDate.optional(),
  note: z.string().optional(),
  events: z.array(bankHolidayEventSchema).min(1, 'has no bank holidays in it'),
});

export type BankHolidayEvent = z.infer<typeof bankHolidayEventSchema>;
export type BankHolidayFile = z.infer<typeof bankHolidayFileSchema>;

export interface BankHolidayCalendar {
  division: string;
  source: string | undefined;
  retrieved: IsoDate | undefined;
  events: readonly BankHolidayEvent[];
  /** Date -> name, e.g. "2026-12-28" -> "Boxing Day (substitute day)". */
  byDate: ReadonlyMap<IsoDate, string>;
  /** The first and last years the list covers. */
  firstYear: number;
  lastYear: number;
}

/**
 * Reads a bank holiday list: either one division (`{ division, events }`) or the whole
 * gov.uk file (`{ "england-and-wales": { division, events }, "scotland": ... }`).
 */
export function parseBankHolidays(data: unknown, division = 'england-and-wales'): CalendarParse<BankHolidayCalendar> {
  const candidate = pickDivision(data, division);
  const result = bankHolidayFileSchema.safeParse(candidate);
  if (!result.success) return { ok: false, message: describeProblem('The bank holiday list', result.error) };
  const file = result.data;
  const byDate = new Map<IsoDate, string>();
  let firstYear = Number.POSITIVE_INFINITY;
  let lastYear = Number.NEGATIVE_INFINITY;
  for (const e of file.events) {
    const title = e.notes.trim() === '' ? e.title : `${e.title} (${e.notes.trim().toLowerCase()})`;
    byDate.set(e.date, title);
    const year = Number(e.date.slice(0, 4));
    firstYear = Math.min(firstYear, year);
    lastYear = Math.max(lastYear, year);
  }
  return {
    ok: true,
    value: { division: file.division, source: file.source, retrieved: file.retrieved, events: file.events, byDate, firstYear, lastYear },
  };
}

function pickDivision(data: unknown, division: string): unknown {
  if (typeof data !== 'object' || data === null || 'events' in data) return data;
  const inner = (data as Record<string, unknown>)[division];
  return inner ?? data;
}

export function isBankHoliday(date: IsoDate, calendar: BankHolidayCalendar): boolean {
  return calendar.byDate.has(date);
}

export function bankHolidayName(date: IsoDate, calendar: BankHolidayCalendar): string | undefined {
  return calendar.byDate.get(date);
}

/** Whether the list says anything about this date's year (outside it, a bank holiday would be missed). */
export function bankHolidaysCover(date: IsoDate, calendar: BankHolidayCalendar): boolean {
  const year = Number(date.slice(0, 4));
  return year >= calendar.firstYear && year <= calendar.lastYear;
}

// ---------------------------------------------------------------- school terms

const dateRangeSchema = z
  .object({ start: isoDate, end: isoDate })
  .refine((r) => r.start <= r.end, { message: 'must be on or after the start date', path: ['end'] });

export const termSchema = z
  .object({
    name: z.string().min(1, 'is empty: give the term a name, for example Autumn term'),
    start: isoDate,
    end: isoDate,
    halfTerm: dateRangeSchema.optional(),
  })
  .refine((t) => t.start <= t.end, { message: 'must be on or after the start date', path: ['end'] })
  .refine((t) => t.halfTerm === undefined || (t.halfTerm.start >= t.start && t.halfTerm.end <= t.end), {
    message: 'must fall inside the term',
    path: ['halfTerm'],
  });

const ACADEMIC_YEAR = /^(\d{4})\/(\d{2})$/;

export const academicYearSchema = z
  .object({
    academicYear: z
      .string()
      .refine(
        (s) => {
          const m = ACADEMIC_YEAR.exec(s);
          return m !== null && (Number(m[1]) + 1) % 100 === Number(m[2]);
        },
        'must be written like 2026/27',
      ),
    terms: z.array(termSchema).min(1, 'needs at least one term'),
    insetDays: z.array(isoDate).optional(),
  })
  .refine((y) => y.terms.every((t) => t.start >= academicYearStart(y.academicYear) && t.end <= academicYearEnd(y.academicYear)), {
    message: 'has a term outside September to August of that year',
    path: ['terms'],
  });

export const termDatesFileSchema = z.object({
  example: z.boolean().optional(),
  area: z.string().optional(),
  note: z.string().optional(),
  years: z.array(academicYearSchema).min(1, 'has no academic years in it'),
});

export type Term = z.infer<typeof termSchema>;
export type TermDatesFile = z.infer<typeof termDatesFileSchema>;

export interface TermCalendar {
  area: string | undefined;
  /** True when the file is marked as an example and should be replaced with real dates. */
  isExample: boolean;
  /** Every term, earliest first. */
  terms: readonly Term[];
  insetDays: ReadonlySet<IsoDate>;
  /** From 1 September of the first academic year to 31 August of the last. */
  coversFrom: IsoDate;
  coversTo: IsoDate;
}

export type TermStatus = 'term' | 'holiday' | 'unknown';

function academicYearStart(label: string): IsoDate {
  return `${label.slice(0, 4)}-09-01`;
}

function academicYearEnd(label: string): IsoDate {
  return `${Number(label.slice(0, 4)) + 1}-08-31`;
}

/** Reads an area's term dates; a bad file gives a message that says where the problem is. */
export function parseTermDates(data: unknown): CalendarParse<TermCalendar> {
  const result = termDatesFileSchema.safeParse(data);
  if (!result.success) return { ok: false, message: describeProblem('The term dates', result.error) };
  const file = result.data;
  const terms = file.years.flatMap((y) => y.terms).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < terms.length; i++) {
    const before = terms[i - 1];
    const after = terms[i];
    if (before !== undefined && after !== undefined && after.start <= before.end) {
      return { ok: false, message: `The term dates could not be used: ${before.name} (${before.start} to ${before.end}) overlaps ${after.name} (${after.start} to ${after.end}).` };
    }
  }
  const labels = file.years.map((y) => y.academicYear).sort();
  return {
    ok: true,
    value: {
      area: file.area,
      isExample: file.example === true,
      terms,
      insetDays: new Set(file.years.flatMap((y) => y.insetDays ?? [])),
      coversFrom: academicYearStart(labels[0] ?? ''),
      coversTo: academicYearEnd(labels[labels.length - 1] ?? ''),
    },
  };
}

/**
 * "term" when children are due in school that week (inside a term, not half-term, not an INSET
 * day); "holiday" in the holidays; "unknown" when the term dates do not reach this date.
 * Weekends inside a term count as term time; whether it is a school day is the caller's question.
 */
export function termStatus(date: IsoDate, terms: TermCalendar | undefined): TermStatus {
  if (terms === undefined || date < terms.coversFrom || date > terms.coversTo) return 'unknown';
  if (terms.insetDays.has(date)) return 'holiday';
  for (const t of terms.terms) {
    if (date < t.start || date > t.end) continue;
    if (t.halfTerm !== undefined && date >= t.halfTerm.start && date <= t.halfTerm.end) return 'holiday';
    return 'term';
  }
  return 'holiday';
}

export function isTermTime(date: IsoDate, terms: TermCalendar): boolean {
  return termStatus(date, terms) === 'term';
}

// ---------------------------------------------------------------- messages

/** How a place in the file is named: one item of a list, or the list itself. */
const ITEM_NAMES: Record<string, string> = {
  events: 'bank holiday',
  years: 'academic year',
  terms: 'term',
  insetDays: 'INSET day',
};

const PLACE_NAMES: Record<string, string> = {
  events: 'the list of bank holidays',
  years: 'the list of academic years',
  terms: 'the list of terms',
  insetDays: 'the list of INSET days',
  halfTerm: 'half-term',
  academicYear: 'the year',
  start: 'start date',
  end: 'end date',
  date: 'date',
  title: 'name',
};

/** "The term dates could not be read: academic year 1, term 2, half-term, end date must end on or after ..." */
function describeProblem(what: string, error: z.ZodError): string {
  const first = error.issues[0];
  if (first === undefined) return `${what} could not be read.`;
  const parts: string[] = [];
  for (let i = 0; i < first.path.length; i++) {
    const key = first.path[i];
    const next = first.path[i + 1];
    if (typeof key === 'number') continue;
    const k = String(key);
    parts.push(typeof next === 'number' ? `${ITEM_NAMES[k] ?? k} ${next + 1}` : (PLACE_NAMES[k] ?? k));
  }
  if (parts.length === 0 && first.code === 'invalid_type') {
    return `${what} could not be read: the file is not in the expected shape.`;
  }
  const where = parts.length > 0 ? `${parts.join(', ')} ` : '';
  const message = first.code === 'invalid_type' ? 'is missing or the wrong kind of value' : first.message;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem${error.issues.length > 2 ? 's' : ''})` : '';
  return `${what} could not be read: ${where}${message}${more}.`;
}
