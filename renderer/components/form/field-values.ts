import type { FieldError } from '../../../shared/domain/family';
import { parseUkDate, type IsoDate } from '../../../shared/rules/dates';

/**
 * Small pure helpers shared by the plan, consent and safeguarding forms: reading typed dates and
 * turning the domain's dotted error paths into the form's own field names.
 */

export function errorAt(errors: readonly FieldError[], field: string): string | undefined {
  return errors.find((e) => e.path === field)?.message;
}

export type DateRead = { ok: true; date: IsoDate } | { ok: false; message: string };

/** A date typed the UK way; empty gets "Enter the {what}, for example 23/11/2026". */
export function readDate(text: string, what: string): DateRead {
  if (text.trim() === '') return { ok: false, message: `Enter the ${what}, for example 23/11/2026` };
  const parsed = parseUkDate(text);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: parsed.message };
}

/** An optional date: empty is `null`, anything else must be a real date. */
export function readOptionalDate(text: string): { ok: true; date: IsoDate | null } | { ok: false; message: string } {
  if (text.trim() === '') return { ok: true, date: null };
  const parsed = parseUkDate(text);
  return parsed.ok ? { ok: true, date: parsed.date } : { ok: false, message: parsed.message };
}

/** 2026-11-23 → 23/11/2026, the way the form shows a stored date. */
export function isoToUk(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * Maps errors with domain paths (`leadProfessional.name`) to form fields (`leadName`), using the
 * first rule whose path is the error's path or a parent of it; errors already named after a form
 * field keep it, and anything else goes to `fallback`.
 * Keeps the first message per field, in the order of `fieldOrder`.
 */
export function toFormErrors(
  errors: readonly FieldError[],
  rules: ReadonlyArray<readonly [path: string, field: string]>,
  fieldOrder: readonly string[],
  fallback: string,
): FieldError[] {
  const out: FieldError[] = [];
  for (const error of errors) {
    // An error already named after a form field stays there; a domain path is looked up.
    const rule = rules.find(([path]) => error.path === path || error.path.startsWith(`${path}.`));
    const field = fieldOrder.includes(error.path) ? error.path : rule ? rule[1] : fallback;
    if (out.some((e) => e.path === field)) continue;
    out.push({ path: field, message: error.message });
  }
  const rank = (field: string) => {
    const i = fieldOrder.indexOf(field);
    return i === -1 ? fieldOrder.length : i;
  };
  return out.sort((a, b) => rank(a.path) - rank(b.path));
}

/** Adds an error for a field unless that field already has one. */
export function addError(errors: FieldError[], path: string, message: string): void {
  if (!errors.some((e) => e.path === path)) errors.push({ path, message });
}
