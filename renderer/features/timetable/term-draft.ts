import { z } from 'zod';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { parseTermDates, type Term, type TermDatesFile } from '../../../shared/rules/calendar-data';
import { formatShortDate, parseUkDate } from '../../../shared/rules/dates';
import { rowKey } from './week-draft';

/** The area's term dates as typed on the "Area calendar" screen: one row per term, dates as dd/mm/yyyy. */
export interface TermRow {
  key: string;
  name: string;
  start: string;
  end: string;
  halfTermStart: string;
  halfTermEnd: string;
}

export interface TermsDraft {
  terms: TermRow[];
}

const termRowSchema = z.object({ key: z.string(), name: z.string(), start: z.string(), end: z.string(), halfTermStart: z.string(), halfTermEnd: z.string() });
export const isTermsDraft = (value: unknown): value is TermsDraft => z.object({ terms: z.array(termRowSchema) }).safeParse(value).success;

export const emptyTermRow = (): TermRow => ({ key: rowKey(), name: '', start: '', end: '', halfTermStart: '', halfTermEnd: '' });

export function draftFromFile(file: TermDatesFile): TermsDraft {
  const terms = file.years
    .flatMap((y) => y.terms)
    .sort((a, b) => (a.start < b.start ? -1 : 1))
    .map((t) => ({
      key: rowKey(),
      name: t.name,
      start: formatShortDate(t.start),
      end: formatShortDate(t.end),
      halfTermStart: t.halfTerm ? formatShortDate(t.halfTerm.start) : '',
      halfTermEnd: t.halfTerm ? formatShortDate(t.halfTerm.end) : '',
    }));
  return { terms };
}

/** "2026/27" for a term starting between 1 September 2026 and 31 August 2027. */
export function academicYearOf(isoDate: string): string {
  const year = Number(isoDate.slice(0, 4));
  const first = Number(isoDate.slice(5, 7)) >= 9 ? year : year - 1;
  return `${first}/${String((first + 1) % 100).padStart(2, '0')}`;
}

function readTerm(row: TermRow, i: number, errors: FieldError[]): Term | null {
  const at = (field: string, message: string) => errors.push({ path: `terms.${i}.${field}`, message });
  const name = row.name.trim();
  if (name === '') at('name', 'Give the term a name, for example Autumn term');
  else if (name.length > 100) at('name', 'Keep the name to 100 characters or fewer');
  const start = parseUkDate(row.start);
  const end = parseUkDate(row.end);
  if (!start.ok) at('start', start.message);
  if (!end.ok) at('end', end.message);
  if (start.ok && end.ok) {
    if (end.date < start.date) at('end', 'The last day of term must be on or after the first day');
    else {
      const year = academicYearOf(start.date);
      const lastDay = `${Number(year.slice(0, 4)) + 1}-08-31`;
      if (end.date > lastDay) at('end', `A term must end by ${formatShortDate(lastDay)}, in the school year it starts`);
    }
  }
  let halfTerm: Term['halfTerm'];
  const hasHalf = row.halfTermStart.trim() !== '' || row.halfTermEnd.trim() !== '';
  if (hasHalf) {
    const hs = parseUkDate(row.halfTermStart);
    const he = parseUkDate(row.halfTermEnd);
    if (!hs.ok) at('halfTermStart', row.halfTermStart.trim() === '' ? 'Enter when half-term starts, or leave both half-term dates empty' : hs.message);
    if (!he.ok) at('halfTermEnd', row.halfTermEnd.trim() === '' ? 'Enter when half-term ends, or leave both half-term dates empty' : he.message);
    if (hs.ok && he.ok) {
      if (he.date < hs.date) at('halfTermEnd', 'Half-term must end on or after it starts');
      else if (start.ok && end.ok && (hs.date < start.date || he.date > end.date)) at('halfTermStart', 'Half-term must fall inside the term');
      else halfTerm = { start: hs.date, end: he.date };
    }
  }
  if (!start.ok || !end.ok || name === '') return null;
  return halfTerm ? { name, start: start.date, end: end.date, halfTerm } : { name, start: start.date, end: end.date };
}

/**
 * Turns the rows into a term dates file, grouped into academic years, keeping the INSET days
 * of the years still listed. Each problem comes back against its field (`terms.0.end`).
 */
export function fileFromDraft(draft: TermsDraft, previous: TermDatesFile): Validated<TermDatesFile> {
  const errors: FieldError[] = [];
  if (draft.terms.length === 0) return { ok: false, errors: [{ path: 'terms', message: 'Add at least one term' }] };
  const terms = draft.terms.map((row, i) => readTerm(row, i, errors));
  if (errors.length > 0) return { ok: false, errors };
  const byYear = new Map<string, Term[]>();
  for (const t of terms) {
    if (!t) continue;
    const year = academicYearOf(t.start);
    byYear.set(year, [...(byYear.get(year) ?? []), t]);
  }
  const previousInset = new Map(previous.years.map((y) => [y.academicYear, y.insetDays ?? []]));
  const years = [...byYear.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([academicYear, yearTerms]) => {
      const inset = previousInset.get(academicYear);
      return inset && inset.length > 0 ? { academicYear, terms: yearTerms, insetDays: inset } : { academicYear, terms: yearTerms };
    });
  const file: TermDatesFile = { area: previous.example === true ? 'Your area' : (previous.area ?? 'Your area'), years };
  const checked = parseTermDates(file);
  if (!checked.ok) return { ok: false, errors: [{ path: 'terms', message: checked.message }] };
  return { ok: true, value: file };
}
