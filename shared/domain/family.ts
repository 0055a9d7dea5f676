import { z } from 'zod';
import { compareIsoDates, isValidIsoDate, parseUkDate, type IsoDate } from '../rules/dates';
import { stripControlCharacters } from '../rules/text';

/** The longest name we accept: long enough for any real name, short enough to lay out. */
export const MAX_NAME_LENGTH = 300;
export const MAX_SHORT_TEXT = 500;

export const idSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a valid record id');

const name = (what: string) =>
  z
    .string()
    .transform((s) => stripControlCharacters(s).trim())
    .pipe(
      z
        .string()
        .min(1, `Enter the ${what}`)
        .max(MAX_NAME_LENGTH, `The ${what} must be ${MAX_NAME_LENGTH} characters or fewer`),
    );

const optionalText = (what: string, max = MAX_SHORT_TEXT) =>
  z
    .string()
    .transform((s) => stripControlCharacters(s).trim())
    .pipe(z.string().max(max, `The ${what} must be ${max} characters or fewer`));

export const isoDateSchema = z.string().refine(isValidIsoDate, 'Not a real date');

export const carerSchema = z.object({
  id: idSchema,
  name: name("parent or carer's name"),
  relationship: optionalText('relationship', 100),
  phone: optionalText('phone number', 40),
  email: optionalText('email address', 254),
});

export const childSchema = z.object({
  id: idSchema,
  name: name("child's name"),
  dateOfBirth: isoDateSchema,
  school: optionalText('school or setting'),
});

/** What a user can edit: the family without its bookkeeping fields. */
export const familyInputSchema = z.object({
  familyName: name('family name'),
  carers: z.array(carerSchema).min(1, 'Add at least one parent or carer').max(20),
  children: z.array(childSchema).min(1, 'Add at least one child').max(20),
});

export const familySchema = familyInputSchema.extend({
  id: idSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  isPractice: z.boolean().default(false),
});

export type Carer = z.infer<typeof carerSchema>;
export type Child = z.infer<typeof childSchema>;
export type FamilyInput = z.infer<typeof familyInputSchema>;
export type Family = z.infer<typeof familySchema>;

/** A form's raw text: dates still as typed (dd/mm/yyyy), before validation. */
export interface FamilyDraft {
  familyName: string;
  carers: Array<{ id: string; name: string; relationship: string; phone: string; email: string }>;
  children: Array<{ id: string; name: string; dateOfBirth: string; school: string }>;
}

export interface FieldError {
  /** Dotted path matching the form field, e.g. `children.0.dateOfBirth`. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

/**
 * Turns what was typed into a family, or says at each field what is wrong.
 * `today` is passed in so the rule stays pure and testable across midnight and time zones.
 */
export function validateFamilyDraft(draft: FamilyDraft, today: IsoDate): Validated<FamilyInput> {
  const errors: FieldError[] = [];
  const children = draft.children.map((child, i) => {
    const parsed = parseUkDate(child.dateOfBirth);
    if (!parsed.ok) {
      errors.push({
        path: `children.${i}.dateOfBirth`,
        message: child.dateOfBirth.trim() === '' ? "Enter the child's date of birth, for example 23/11/2016" : parsed.message,
      });
      return { ...child, dateOfBirth: '' };
    }
    if (compareIsoDates(parsed.date, today) > 0) {
      errors.push({ path: `children.${i}.dateOfBirth`, message: 'The date of birth must be today or in the past' });
    }
    return { ...child, dateOfBirth: parsed.date };
  });

  const result = familyInputSchema.safeParse({ ...draft, children });
  if (!result.success) {
    for (const issue of result.error.issues) {
      const path = issue.path.join('.');
      // Date messages above are more specific than the schema's.
      if (errors.some((e) => e.path === path)) continue;
      errors.push({ path: path === '' ? 'familyName' : path, message: issue.message });
    }
  }
  if (errors.length > 0 || !result.success) return { ok: false, errors: errors.sort(byFormOrder) };
  return { ok: true, value: result.data };
}

const FIELD_ORDER = ['familyName', 'carers', 'children', 'name', 'relationship', 'dateOfBirth', 'school', 'phone', 'email'];

/** Errors are listed in the order the fields appear on the form. */
function byFormOrder(a: FieldError, b: FieldError): number {
  const rank = (path: string) =>
    path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : FIELD_ORDER.indexOf(part)));
  const ra = rank(a.path);
  const rb = rank(b.path);
  for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
    const d = (ra[i] ?? -1) - (rb[i] ?? -1);
    if (d !== 0) return d;
  }
  return 0;
}

/** The form's text for an existing family, dates shown the UK way. */
export function draftFromFamily(family: FamilyInput): FamilyDraft {
  return {
    familyName: family.familyName,
    carers: family.carers.map((c) => ({ ...c })),
    children: family.children.map((c) => ({ ...c, dateOfBirth: isoToUk(c.dateOfBirth) })),
  };
}

function isoToUk(iso: IsoDate): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** Guards a stored form draft: anything that does not fit is ignored rather than trusted. */
export const familyDraftSchema = z.object({
  familyName: z.string(),
  carers: z.array(z.object({ id: z.string(), name: z.string(), relationship: z.string(), phone: z.string(), email: z.string() })),
  children: z.array(z.object({ id: z.string(), name: z.string(), dateOfBirth: z.string(), school: z.string() })),
});

export function isFamilyDraft(value: unknown): value is FamilyDraft {
  return familyDraftSchema.safeParse(value).success;
}

export function emptyCarerDraft(id: string): FamilyDraft['carers'][number] {
  return { id, name: '', relationship: '', phone: '', email: '' };
}

export function emptyChildDraft(id: string): FamilyDraft['children'][number] {
  return { id, name: '', dateOfBirth: '', school: '' };
}
