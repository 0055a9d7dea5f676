/**
 * The form file's envelope: what anyone can read (what the file is and who sent it) and the
 * encrypted content, which only the short code opens. AES-256-GCM with a key from PBKDF2-SHA-256;
 * the additional data binds the content to the kind of form and its id, so parts of two files
 * cannot be swapped. See docs/decisions/0020-form-files.md.
 */
import { z } from 'zod';

export const FORM_FORMAT = 'team-around-form';
export const FORM_FORMAT_VERSION = 1;
/** About a fifth of a second on this machine, a little more on a phone: slow for anyone guessing. */
export const PBKDF2_ITERATIONS = 300_000;

export const FORM_KINDS = ['family-review', 'school-briefing'] as const;
export const formKindSchema = z.enum(FORM_KINDS);
export type FormKind = z.infer<typeof formKindSchema>;

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Not base64');
export const formIdSchema = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, 'Not a valid form id');

/** Shown before the code is given: nothing about the family or the child. */
export const publicInfoSchema = z.object({
  /** "Minutes to check" or "Briefing for a Team Around meeting". */
  title: z.string().min(1).max(200),
  /** "Sam Taylor, Family support worker, Leeds Early Help". */
  from: z.string().min(1).max(400),
  /** How to reach the sender, if they want to say it (a work phone). */
  contact: z.string().max(300).default(''),
  /** ISO date the file was made. */
  madeOn: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type PublicInfo = z.output<typeof publicInfoSchema>;

export const formEnvelopeSchema = z.strictObject({
  format: z.literal(FORM_FORMAT),
  formatVersion: z.literal(FORM_FORMAT_VERSION),
  kind: formKindSchema,
  formId: formIdSchema,
  publicInfo: publicInfoSchema,
  kdf: z.strictObject({
    name: z.literal('PBKDF2'),
    hash: z.literal('SHA-256'),
    iterations: z.number().int().min(100_000).max(5_000_000),
    salt: base64,
  }),
  iv: base64,
  ciphertext: base64,
});
export type FormEnvelope = z.output<typeof formEnvelopeSchema>;

/** The additional authenticated data of a form's content. */
export function contentAad(kind: FormKind, formId: string): string {
  return `${FORM_FORMAT}/${FORM_FORMAT_VERSION}/${kind}/${formId}`;
}
