/**
 * Field schemas shared by the v2 family record, the directory, plans, consent and referrals.
 * Every message is written to be shown next to the field to a busy professional.
 * Text is stored exactly as typed (accents, apostrophes, non-Latin and right-to-left scripts),
 * except that invisible control characters are removed and outer spaces trimmed.
 */
import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates';
import { stripControlCharacters } from '../rules/text';
import { MAX_NAME_LENGTH, MAX_SHORT_TEXT, type FieldError } from './family';

export const MAX_LONG_TEXT = 4000;

/** Single-line text: line breaks and tabs (say, from a paste) become a space; other controls go. */
const clean = (s: string) => stripControlCharacters(s.replace(/[\t\r\n]+/g, ' ')).trim();

/** A name that must be given: a person's, an agency's, a service's. */
export const requiredName = (what: string) =>
  z
    .string({ error: `Enter the ${what}` })
    .transform(clean)
    .pipe(
      z
        .string()
        .min(1, `Enter the ${what}`)
        .max(MAX_NAME_LENGTH, `The ${what} must be ${MAX_NAME_LENGTH} characters or fewer`),
    );

/** Text that must be given, such as a reason. */
export const requiredText = (what: string, max = MAX_SHORT_TEXT) =>
  z
    .string({ error: `Enter the ${what}` })
    .transform(clean)
    .pipe(z.string().min(1, `Enter the ${what}`).max(max, `The ${what} must be ${max} characters or fewer`));

/** Text that may be left empty; missing means empty. */
export const optionalText = (what: string, max = MAX_SHORT_TEXT) =>
  z
    .string()
    .default('')
    .transform(clean)
    .pipe(z.string().max(max, `The ${what} must be ${max} characters or fewer`));

// Line breaks become \n; other control characters go (stripControlCharacters keeps \n and tabs).
const cleanLong = (s: string) => stripControlCharacters(s.replace(/\r\n?/g, '\n')).trim();

/** Longer free text that keeps its line breaks (notes, how a child shares their views). */
export const optionalLongText = (what: string, max = MAX_LONG_TEXT) =>
  z
    .string()
    .default('')
    .transform(cleanLong)
    .pipe(z.string().max(max, `The ${what} must be ${max} characters or fewer`));

/** Longer text that must be given and keeps its line breaks, such as a reason. */
export const requiredLongText = (what: string, max = MAX_LONG_TEXT) =>
  z
    .string({ error: `Enter the ${what}` })
    .transform(cleanLong)
    .pipe(z.string().min(1, `Enter the ${what}`).max(max, `The ${what} must be ${max} characters or fewer`));

const PHONE_CHARACTERS = /^\+?[0-9 ()\-.]+(\s*(ext\.?|x)\s*[0-9]{1,6})?$/i;

/** A phone number, or empty. Digits, spaces, brackets, dashes, a leading + and an extension. */
export const optionalPhone = (what = 'phone number') =>
  optionalText(what, 40).refine((s) => {
    if (s === '') return true;
    const digits = s.replace(/\D/g, '').length;
    return PHONE_CHARACTERS.test(s) && digits >= 6 && digits <= 20;
  }, `Enter the ${what} using digits, for example 01632 960 123 or +44 7700 900 123`);

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/u;

/** An email address, or empty. Deliberately permissive: real addresses vary. */
export const optionalEmail = (what = 'email address') =>
  optionalText(what, 254).refine(
    (s) => s === '' || EMAIL.test(s),
    `Enter the ${what} in the right form, for example name@example.org.uk`,
  );

/** A calendar date, stored as YYYY-MM-DD. */
export const isoDate = (what: string) =>
  z.string({ error: `Enter the ${what}` }).refine(isValidIsoDate, `The ${what} is not a real date`);

/** Who did something, as they were named at the time (kept even if the directory changes later). */
export const personRefSchema = z.object({
  /** The person's id in the family record or the directory, when there is one. */
  personId: z.string().max(64).nullable().default(null),
  name: requiredName('name of the person'),
  /** For a practitioner: their role and agency; for a family member: how they are related. */
  role: optionalText('role', 200),
});
export type PersonRef = z.infer<typeof personRefSchema>;

/** Zod issues as form field errors with dotted paths, e.g. `children.0.dateOfBirth`. */
export function issuesToFieldErrors(issues: readonly z.core.$ZodIssue[], prefix = ''): FieldError[] {
  return issues.map((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter((p) => p !== '').join('.');
    return { path, message: issue.message };
  });
}

/** Keeps the first message for each field, so a form shows one clear message per field. */
export function firstErrorPerField(errors: readonly FieldError[]): FieldError[] {
  const seen = new Set<string>();
  const out: FieldError[] = [];
  for (const error of errors) {
    if (seen.has(error.path)) continue;
    seen.add(error.path);
    out.push(error);
  }
  return out;
}
