/**
 * The local directory: practitioners the lead professional works with, and local services
 * families can be pointed to. Kept apart from any family; plans and consent refer to entries by id
 * and keep a copy of the name, so history still reads correctly if an entry changes.
 */
import { z } from 'zod';
import { idSchema } from './family';
import { optionalEmail, optionalLongText, optionalPhone, optionalText, requiredLongText, requiredName, requiredText } from './fields';

const CLOCK = /^([01]\d|2[0-3]):[0-5]\d$/;
const clockField = (what: string) => z.string().trim().regex(CLOCK, `Enter the time ${what}, in 24-hour time, for example 09:00`).optional();

/** When a practitioner can meet unless they say otherwise. */
export const DEFAULT_WORKING_HOURS = { start: '09:00', end: '17:00' } as const;

const practitionerFields = z.object({
  name: requiredName("practitioner's name"),
  /** In plain words, e.g. "School nurse", "Family support worker", "Designated safeguarding lead". */
  role: requiredText('role', 200),
  agency: requiredText('agency or organisation', 200),
  phone: optionalPhone(),
  secureEmail: optionalEmail('secure email address'),
  /** Working hours, "09:00" to "17:00": "find a time" offers them nothing outside. Left out: the default hours. */
  workStart: clockField('they start work'),
  workEnd: clockField('they finish work'),
});

const hasContact = (p: { phone: string; secureEmail: string }) => p.phone !== '' || p.secureEmail !== '';
const contactIssue = { message: 'Enter a phone number or a secure email address', path: ['phone'] };
const hoursInOrder = (p: { workStart?: string | undefined; workEnd?: string | undefined }) => {
  const start = p.workStart ?? DEFAULT_WORKING_HOURS.start;
  const end = p.workEnd ?? DEFAULT_WORKING_HOURS.end;
  // A time that is not on the clock has its own message.
  return !CLOCK.test(start) || !CLOCK.test(end) || end > start;
};
const hoursIssue = { message: 'The time they finish work must be after the time they start', path: ['workEnd'] };

/** A practitioner as typed or imported, before an id is given. */
export const practitionerInputSchema = practitionerFields.refine(hasContact, contactIssue).refine(hoursInOrder, hoursIssue);
export const practitionerSchema = practitionerFields.extend({ id: idSchema }).refine(hasContact, contactIssue).refine(hoursInOrder, hoursIssue);
export type PractitionerInput = z.infer<typeof practitionerInputSchema>;
export type Practitioner = z.infer<typeof practitionerSchema>;

const WEBSITE = /^(https?:\/\/)?[^\s/$.?#]+\.[^\s]+$/i;

const serviceFields = z.object({
  name: requiredName('name of the service'),
  /** What they offer, in plain words. */
  offer: requiredLongText('description of what the service offers', 2000),
  /** Who it is for, e.g. "Parents of children under 5 in Leeds". */
  forWhom: requiredLongText('details of who the service is for', 1000),
  /** How to refer or get in touch, e.g. "Families can self-refer by phone". */
  howToRefer: requiredLongText('referral details', 2000),
  phone: optionalPhone(),
  email: optionalEmail(),
  website: optionalText('website', 500).refine((s) => s === '' || WEBSITE.test(s), 'Enter the website address, for example www.example.org.uk'),
  notes: optionalLongText('notes', 2000),
});

export const localServiceInputSchema = serviceFields;
export const localServiceSchema = serviceFields.extend({ id: idSchema });
export type LocalServiceInput = z.infer<typeof localServiceInputSchema>;
export type LocalService = z.infer<typeof localServiceSchema>;

/** "Sam Patel, School nurse, Leeds Community Healthcare" */
export function describePractitioner(p: Pick<Practitioner, 'name' | 'role' | 'agency'>): string {
  return [p.name, p.role, p.agency].filter((s) => s !== '').join(', ');
}

/** A practitioner's working hours, the default 9:00 to 17:00 where none were given. */
export function workingHoursOf(p: Pick<Practitioner, 'workStart' | 'workEnd'>): { start: string; end: string } {
  return { start: p.workStart ?? DEFAULT_WORKING_HOURS.start, end: p.workEnd ?? DEFAULT_WORKING_HOURS.end };
}
