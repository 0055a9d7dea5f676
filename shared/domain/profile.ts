import { z } from 'zod';
import type { FieldError } from './family';

/** How the person will use Team Around: chairing meetings, or writing briefings for meetings others chair. */
export const PROFILE_USES = ['chair', 'briefings'] as const;
export type ProfileUse = (typeof PROFILE_USES)[number];

/**
 * The person using this copy of the app: named on what they record, in the audit trail, and on
 * letters and calendar invitations, which must let a family reply to a real person. Profiles saved
 * before the contact details existed read with empty ones.
 */
export const profileSchema = z.object({
  name: z.string().trim().max(300),
  role: z.string().trim().max(200),
  organisation: z.string().trim().max(200).default(''),
  phone: z.string().trim().max(40).default(''),
  email: z.string().trim().max(254).default(''),
  use: z.enum(PROFILE_USES).default('chair'),
});
export type Profile = z.output<typeof profileSchema>;
export type ProfileInput = z.input<typeof profileSchema>;
export const EMPTY_PROFILE: Profile = { name: '', role: '', organisation: '', phone: '', email: '', use: 'chair' };

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** A UK or international number as people write it: digits, spaces, brackets, dashes, an optional +. */
const PHONE = /^\+?[\d\s()-]+$/;

/** Field by field, what is wrong with the details as typed, in words for the person typing them. */
export function profileProblems(profile: Profile): FieldError[] {
  const errors: FieldError[] = [];
  if (profile.name.trim() === '') errors.push({ path: 'name', message: 'Enter your name' });
  if (profile.name.length > 300) errors.push({ path: 'name', message: 'Your name must be 300 characters or fewer' });
  if (profile.role.length > 200) errors.push({ path: 'role', message: 'Your role must be 200 characters or fewer' });
  if (profile.organisation.length > 200) errors.push({ path: 'organisation', message: 'Your organisation must be 200 characters or fewer' });
  const digits = profile.phone.replace(/\D/g, '').length;
  if (profile.phone.trim() !== '' && (!PHONE.test(profile.phone.trim()) || digits < 10 || digits > 15)) {
    errors.push({ path: 'phone', message: 'Enter a phone number like 01632 960 001 or 07700 900 982' });
  }
  if (profile.email.trim() !== '' && !EMAIL.test(profile.email.trim())) {
    errors.push({ path: 'email', message: 'Enter an email address like name@example.org' });
  }
  if (profile.email.length > 254) errors.push({ path: 'email', message: 'The email address must be 254 characters or fewer' });
  if (profile.use === 'chair' && profile.phone.trim() === '' && profile.email.trim() === '') {
    errors.push({ path: 'phone', message: 'Enter a phone number or an email address, so families can reach you about letters and invitations' });
  }
  return errors;
}

/**
 * What a letter or calendar invitation from this person still needs, in words ("your name"), empty
 * when it can be made: nothing goes out with a placeholder instead of a real person.
 */
export function missingForLetters(profile: Profile): string[] {
  const missing: string[] = [];
  if (profile.name.trim() === '') missing.push('your name');
  if (profile.phone.trim() === '' && profile.email.trim() === '') missing.push('a phone number or email address');
  return missing;
}
