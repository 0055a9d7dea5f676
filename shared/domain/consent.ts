/**
 * The consent register: an append-only log of what the family agreed to, refused or withdrew,
 * and when consent was reviewed. Nothing is overwritten or deleted; the state today is worked
 * out from the log (shared/rules/consent-state.ts).
 *
 * Two kinds of consent are recorded:
 * - to early help itself (voluntary: the family can end it);
 * - to share information with a named agency or a named practitioner, for any purpose or for
 *   one purpose (for example "to attend meetings and receive the minutes").
 *
 * Consent is never needed for a safeguarding referral (see safeguarding.ts).
 */
import { z } from 'zod';
import { searchKey } from '../rules/text';
import { idSchema } from './family';
import { isoDate, optionalLongText, optionalText, personRefSchema, requiredName, requiredText } from './fields';

export const consentHowValues = ['verbal', 'written', 'signed-form'] as const;
export type ConsentHow = (typeof consentHowValues)[number];
export const consentHowLabels: Record<ConsentHow, string> = {
  verbal: 'spoken',
  written: 'in writing',
  'signed-form': 'signed form',
};

export const consentRecipientSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('agency'), agency: requiredText('agency', 200) }),
  z.object({
    kind: z.literal('practitioner'),
    practitionerId: idSchema,
    name: requiredName("practitioner's name"),
    agency: optionalText('agency', 200),
  }),
]);
export type ConsentRecipient = z.infer<typeof consentRecipientSchema>;

export const consentScopeSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('early-help') }),
  z.object({
    type: z.literal('share'),
    recipient: consentRecipientSchema,
    /** Empty means any purpose within the plan. */
    purpose: optionalText('purpose', 200),
  }),
]);
export type ConsentScope = z.infer<typeof consentScopeSchema>;

const eventBase = {
  id: idSchema,
  familyId: idSchema,
  scope: consentScopeSchema,
  /** The day it happened (not the day it was typed in). */
  on: isoDate('date'),
  /** The family member who gave, refused or withdrew consent, or took part in the review. */
  by: personRefSchema,
  recordedBy: requiredName('name of the person recording this'),
  /** When it was recorded: an ISO timestamp from the caller. Orders same-day events. */
  recordedAt: z.string().min(1),
  note: optionalLongText('note', 2000),
};

const reviewBy = isoDate('review date').nullable().default(null);

export const consentEventSchema = z.discriminatedUnion('kind', [
  z.object({ ...eventBase, kind: z.literal('given'), how: z.enum(consentHowValues, { error: 'Choose how consent was given' }), reviewBy }),
  z.object({ ...eventBase, kind: z.literal('refused'), how: z.enum(consentHowValues).nullable().default(null) }),
  z.object({ ...eventBase, kind: z.literal('withdrawn'), how: z.enum(consentHowValues).nullable().default(null) }),
  z.object({ ...eventBase, kind: z.literal('reviewed'), how: z.enum(consentHowValues, { error: 'Choose how consent was confirmed' }), reviewBy }),
]);
export type ConsentEvent = z.infer<typeof consentEventSchema>;
export type ConsentEventInput = z.input<typeof consentEventSchema>;
export type ConsentEventKind = ConsentEvent['kind'];

/** One key per distinct scope: the same agency written "School" or "school " is the same scope. */
export function scopeKey(scope: ConsentScope): string {
  if (scope.type === 'early-help') return 'early-help';
  return `${recipientKey(scope.recipient)}|purpose:${searchKey(scope.purpose)}`;
}

/** One key per recipient, whatever the purpose. */
export function recipientKey(recipient: ConsentRecipient): string {
  return recipient.kind === 'agency' ? `agency:${searchKey(recipient.agency)}` : `practitioner:${recipient.practitionerId}`;
}

/** "School", or "Sam Patel (School nursing)" */
export function recipientLabel(recipient: ConsentRecipient): string {
  if (recipient.kind === 'agency') return recipient.agency;
  return recipient.agency === '' ? recipient.name : `${recipient.name} (${recipient.agency})`;
}
