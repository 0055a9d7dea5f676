/**
 * Parents, carers and children in the v2 family record.
 * Each schema extends the v1 schema in family.ts, so a v2 carer or child is still a valid v1
 * carer or child (v1 keys, same meaning), and every v1 field is carried over unchanged.
 */
import { z } from 'zod';
import { carerSchema, childSchema, idSchema } from './family';
import { optionalEmail, optionalLongText, optionalPhone, optionalText } from './fields';

export const parentalResponsibilityValues = ['yes', 'no', 'not-known'] as const;
export type ParentalResponsibility = (typeof parentalResponsibilityValues)[number];

export const contactMethodValues = [
  'no-preference',
  'phone-call',
  'text-message',
  'email',
  'letter',
  'in-person',
  'through-someone-else',
] as const;
export type ContactMethod = (typeof contactMethodValues)[number];

export const contactMethodLabels: Record<ContactMethod, string> = {
  'no-preference': 'No preference',
  'phone-call': 'Phone call',
  'text-message': 'Text message',
  email: 'Email',
  letter: 'Letter',
  'in-person': 'In person',
  'through-someone-else': 'Through someone they trust',
};

/** A carer's relationship to one child, and whether they hold parental responsibility for that child. */
export const childRelationshipSchema = z.object({
  childId: idSchema,
  relationship: optionalText('relationship to the child', 100),
  parentalResponsibility: z
    .enum(parentalResponsibilityValues, { error: 'Say whether this person has parental responsibility' })
    .default('not-known'),
});
export type ChildRelationship = z.infer<typeof childRelationshipSchema>;

/** Language fields shared by carers and children. */
const languageFields = {
  firstLanguage: optionalText('first language', 100),
  interpreterNeeded: z.boolean().default(false),
  /** The interpreter's language when it differs from the first language, e.g. British Sign Language. */
  interpreterLanguage: optionalText('language for the interpreter', 100),
};

const interpreterLanguageGiven = (p: { interpreterNeeded: boolean; firstLanguage: string; interpreterLanguage: string }) =>
  !p.interpreterNeeded || p.firstLanguage !== '' || p.interpreterLanguage !== '';

const interpreterIssue = {
  message: 'Say which language the interpreter needs to speak',
  path: ['interpreterLanguage'],
};

export const carerV2Schema = carerSchema
  .extend({
    childRelationships: z.array(childRelationshipSchema).max(20).default([]),
    preferredContactMethod: z.enum(contactMethodValues, { error: 'Choose how they like to be contacted' }).default('no-preference'),
    /** In their words, e.g. "after 3pm, not on Wednesdays (works late)". */
    preferredContactTimes: optionalText('best times to contact', 200),
    ...languageFields,
    /** Literacy or access needs, e.g. "prefers letters read to her over the phone", "uses a wheelchair". */
    literacyOrAccessNeeds: optionalLongText('literacy or access needs', 1000),
    easyReadNeeded: z.boolean().default(false),
  })
  .refine(interpreterLanguageGiven, interpreterIssue);
export type CarerV2 = z.infer<typeof carerV2Schema>;

/** A carer's v2 details before any are recorded: where a new carer starts, and what a v1 carer is given on upgrade. */
export function carerDetailsNotRecorded(): Omit<CarerV2, keyof z.infer<typeof carerSchema>> {
  return {
    childRelationships: [],
    preferredContactMethod: 'no-preference',
    preferredContactTimes: '',
    firstLanguage: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    literacyOrAccessNeeds: '',
    easyReadNeeded: false,
  };
}

export const sendStatusValues = ['not-recorded', 'none-known', 'being-assessed', 'sen-support', 'ehc-plan'] as const;
export type SendStatus = (typeof sendStatusValues)[number];

export const sendStatusLabels: Record<SendStatus, string> = {
  'not-recorded': 'Not recorded',
  'none-known': 'None known',
  'being-assessed': 'Being assessed',
  'sen-support': 'SEN support (help in school without a plan)',
  'ehc-plan': 'Education, health and care plan (EHCP)',
};

export const viewsMethodValues = [
  'talking',
  'writing',
  'drawing',
  'symbols-or-pictures',
  'signing',
  'through-a-trusted-adult',
  'other',
] as const;
export type ViewsMethod = (typeof viewsMethodValues)[number];

export const childV2Schema = childSchema
  .extend({
    preferredName: optionalText('name they like to be called', 300),
    sendStatus: z.enum(sendStatusValues, { error: 'Choose the special educational needs status' }).default('not-recorded'),
    /** Special educational needs or disability, in plain words. */
    sendDetails: optionalLongText('description of special educational needs or disability', 2000),
    /** How they like to communicate and share their views, in plain words. */
    communication: optionalLongText('description of how they like to communicate', 2000),
    viewsMethods: z.array(z.enum(viewsMethodValues)).max(viewsMethodValues.length).default([]),
    ...languageFields,
    /** Older young people may have their own phone or email. */
    phone: optionalPhone("young person's phone number"),
    email: optionalEmail("young person's email address"),
  })
  .refine(interpreterLanguageGiven, interpreterIssue);
export type ChildV2 = z.infer<typeof childV2Schema>;

/** A child's v2 details before any are recorded: where a new child starts, and what a v1 child is given on upgrade. */
export function childDetailsNotRecorded(): Omit<ChildV2, keyof z.infer<typeof childSchema>> {
  return {
    preferredName: '',
    sendStatus: 'not-recorded',
    sendDetails: '',
    communication: '',
    viewsMethods: [],
    firstLanguage: '',
    interpreterNeeded: false,
    interpreterLanguage: '',
    phone: '',
    email: '',
  };
}

/** The name to use when speaking to or about the child. */
export function knownAs(child: Pick<ChildV2, 'name' | 'preferredName'>): string {
  return child.preferredName !== '' ? child.preferredName : child.name;
}

/** What a letter to the child calls them: the name they like, or else their first name ("Dear Adrian,"). */
export function firstNameOf(child: Pick<ChildV2, 'name' | 'preferredName'>): string {
  if (child.preferredName.trim() !== '') return child.preferredName.trim();
  return child.name.trim().split(/\s+/)[0] ?? child.name;
}

/** How a carer is related to a given child: the per-child entry when there is one, otherwise the general one. */
export function relationshipToChild(carer: Pick<CarerV2, 'relationship' | 'childRelationships'>, childId: string): string {
  const specific = carer.childRelationships.find((r) => r.childId === childId);
  return specific && specific.relationship !== '' ? specific.relationship : carer.relationship;
}

export function parentalResponsibilityFor(
  carer: Pick<CarerV2, 'childRelationships'>,
  childId: string,
): ParentalResponsibility {
  return carer.childRelationships.find((r) => r.childId === childId)?.parentalResponsibility ?? 'not-known';
}
