import { z } from 'zod';
import { isValidIsoDate } from '../rules/dates';
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

export interface FieldError {
  /** Dotted path matching the form field, e.g. `children.0.dateOfBirth`. */
  path: string;
  message: string;
}

export type Validated<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };
