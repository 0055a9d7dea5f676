/**
 * What the referral form holds while someone types (dates as typed, dd/mm/yyyy), and how it
 * becomes a referral. Consent plays no part here. Pure, so it is unit-tested without a browser.
 */
import { z } from 'zod';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { validateReferral, type ReferralInput } from '../../../shared/domain/safeguarding';
import { compareIsoDates, type IsoDate } from '../../../shared/rules/dates';
import { isoToUk, readDate, toFormErrors } from '../../components/form/field-values';
import { draftGuard, textFields } from '../../components/form/draft-guard';

/** The form's fields in the order they appear. */
const REFERRAL_DRAFT_FIELDS = [
  'childIds',
  'referredOn',
  'referrerName',
  'referrerRole',
  'referredTo',
  'reason',
  'told',
  'toldOn',
  'toldBy',
  'toldWho',
  'whyNot',
  'recordedBy',
] as const;

export const referralDraftSchema = z.object({
  ...textFields(REFERRAL_DRAFT_FIELDS),
  childIds: z.array(z.string()),
  told: z.enum(['', 'yes', 'no']),
});
export type ReferralDraft = z.infer<typeof referralDraftSchema>;

export const isReferralDraft = draftGuard(referralDraftSchema);

/** The fields, then the form itself, for the error summary. */
export const REFERRAL_FIELDS = [...REFERRAL_DRAFT_FIELDS, 'form'] as const;

const REFERRAL_ERROR_RULES = [
  ['childIds', 'childIds'],
  ['referredOn', 'referredOn'],
  ['referredBy.role', 'referrerRole'],
  ['referredBy', 'referrerName'],
  ['referredTo', 'referredTo'],
  ['reason', 'reason'],
  ['familyTold.on', 'toldOn'],
  ['familyTold.by', 'toldBy'],
  ['familyTold.who', 'toldWho'],
  ['familyTold.whyNot', 'whyNot'],
  ['familyTold', 'told'],
  ['recordedBy', 'recordedBy'],
] as const;

export const DEFAULT_REFERRED_TO = "Children's social care";

export function newReferralDraft(childIds: readonly string[], profile: { name: string; role: string }, today: IsoDate): ReferralDraft {
  return {
    // With one child there is nothing to choose.
    childIds: childIds.length === 1 ? [...childIds] : [],
    referredOn: isoToUk(today),
    referrerName: profile.name,
    referrerRole: profile.role,
    referredTo: DEFAULT_REFERRED_TO,
    reason: '',
    told: '',
    toldOn: isoToUk(today),
    toldBy: profile.name,
    toldWho: '',
    whyNot: '',
    recordedBy: profile.name,
  };
}

export interface ReferralContext {
  familyId: string;
  /** The family's children now; a chosen child who has since left the record is dropped. */
  childIds: readonly string[];
  id: string;
  recordedAt: string;
  today: IsoDate;
}

/** Turns what was typed into a referral, or says at each form field what is wrong. */
export function referralFromDraft(draft: ReferralDraft, ctx: ReferralContext): Validated<ReferralInput> {
  const errors: FieldError[] = [];
  const referredOn = readDate(draft.referredOn, 'date of the referral');
  if (!referredOn.ok) errors.push({ path: 'referredOn', message: referredOn.message });
  else if (compareIsoDates(referredOn.date, ctx.today) > 0) errors.push({ path: 'referredOn', message: 'The date of the referral must be today or in the past' });
  if (draft.told === '') errors.push({ path: 'told', message: 'Say whether the family was told about the referral' });
  const toldOn = readDate(draft.toldOn, 'date the family was told');
  if (draft.told === 'yes' && !toldOn.ok) errors.push({ path: 'toldOn', message: toldOn.message });
  else if (draft.told === 'yes' && toldOn.ok && compareIsoDates(toldOn.date, ctx.today) > 0) {
    errors.push({ path: 'toldOn', message: 'The date the family was told must be today or in the past' });
  }
  if (draft.referrerName.trim() === '') errors.push({ path: 'referrerName', message: 'Enter the name of the person who made the referral' });
  if (draft.recordedBy.trim() === '') errors.push({ path: 'recordedBy', message: 'Enter your name' });

  const input: ReferralInput = {
    id: ctx.id,
    familyId: ctx.familyId,
    childIds: draft.childIds.filter((id) => ctx.childIds.includes(id)),
    referredOn: referredOn.ok ? referredOn.date : ctx.today,
    referredBy: { personId: null, name: draft.referrerName, role: draft.referrerRole },
    referredTo: draft.referredTo,
    reason: draft.reason,
    familyTold:
      draft.told === 'no'
        ? { told: false, whyNot: draft.whyNot }
        : { told: true, on: toldOn.ok ? toldOn.date : ctx.today, by: draft.toldBy, who: draft.toldWho },
    recordedBy: draft.recordedBy,
    recordedAt: ctx.recordedAt,
  };
  const checked = validateReferral(input, ctx.today);
  // Until "told" is answered, only the questions asked so far are checked.
  if (!checked.ok) errors.push(...checked.errors.filter((e) => draft.told !== '' || !e.path.startsWith('familyTold')));
  return errors.length > 0 ? { ok: false, errors: toFormErrors(errors, REFERRAL_ERROR_RULES, REFERRAL_FIELDS, 'form') } : { ok: true, value: input };
}
