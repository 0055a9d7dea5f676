/**
 * A safeguarding referral to children's social care (or the police). It never needs the family's
 * consent, and nothing in the product may make consent a reason to delay one.
 * The family is usually told, unless telling them could put a child at risk: the record says
 * when they were told, or why they were not.
 */
import { z } from 'zod';
import { compareIsoDates, type IsoDate } from '../rules/dates';
import { idSchema, type FieldError, type Validated } from './family';
import { firstErrorPerField, isoDate, issuesToFieldErrors, optionalText, personRefSchema, requiredLongText, requiredName, requiredText } from './fields';

export const familyToldSchema = z.discriminatedUnion('told', [
  z.object({
    told: z.literal(true),
    on: isoDate('date the family was told'),
    by: requiredName('name of the person who told the family'),
    /** Which family members were told, e.g. "Mum, by phone". */
    who: optionalText('names of the family members told', 300),
  }),
  z.object({
    told: z.literal(false),
    /** For example: "Social care advised not to, as telling Dad could put the children at risk." */
    whyNot: requiredLongText('reason the family was not told', 2000),
  }),
], { error: 'Say whether the family was told about the referral' });
export type FamilyTold = z.infer<typeof familyToldSchema>;

export const referralSchema = z.object({
  id: idSchema,
  familyId: idSchema,
  /** The children the referral is about. */
  childIds: z.array(idSchema).min(1, 'Choose the child or children the referral is about').max(20),
  referredOn: isoDate('date of the referral'),
  referredBy: personRefSchema,
  /** For example "Leeds children's social care front door" or "West Yorkshire Police". */
  referredTo: requiredText('service the referral went to', 300),
  reason: requiredLongText('reason for the referral', 4000),
  familyTold: familyToldSchema,
  recordedBy: requiredName('name of the person recording the referral'),
  recordedAt: z.string().min(1),
});
export type Referral = z.infer<typeof referralSchema>;
export type ReferralInput = z.input<typeof referralSchema>;

/** Checks a referral before it is saved; `today` is passed in so the rule stays pure. */
export function validateReferral(input: unknown, today: IsoDate): Validated<Referral> {
  const parsed = referralSchema.safeParse(input);
  if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
  const r = parsed.data;
  const errors: FieldError[] = [];
  if (compareIsoDates(r.referredOn, today) > 0) errors.push({ path: 'referredOn', message: 'The date of the referral must be today or in the past' });
  if (r.familyTold.told && compareIsoDates(r.familyTold.on, today) > 0) {
    errors.push({ path: 'familyTold.on', message: 'The date the family was told must be today or in the past' });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: r };
}

/** One plain sentence for the record: "The family was told on 3 March 2026 by Sam Patel." */
export function familyToldSentence(told: FamilyTold, formatDate: (d: IsoDate) => string): string {
  if (!told.told) return `The family was not told, because: ${told.whyNot}`;
  const who = told.who === '' ? 'The family' : `The family (${told.who})`;
  return `${who} was told on ${formatDate(told.on)} by ${told.by}.`;
}
