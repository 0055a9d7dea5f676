/**
 * What the consent form holds while someone types (dates as typed, dd/mm/yyyy), and how it
 * becomes an event for the register. Pure, so it is unit-tested without a browser.
 */
import { z } from 'zod';
import { consentHowValues, type ConsentEvent, type ConsentEventInput, type ConsentScope } from '../../../shared/domain/consent';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { recordConsentEvent } from '../../../shared/rules/consent';
import type { IsoDate } from '../../../shared/rules/dates';
import { isoToUk, readDate, readOptionalDate, toFormErrors } from '../../components/form/field-values';
import type { CurrentConsent } from './consent-words';
import type { FamilyPerson } from './family-people';
import { draftGuard } from '../../components/form/draft-guard';

const kindValues = ['given', 'refused', 'withdrawn', 'reviewed'] as const;
export const scopeTypeValues = ['early-help', 'agency', 'practitioner'] as const;
export type ScopeType = (typeof scopeTypeValues)[number];

/** Who gave the answer, when, how, until when, a note and who recorded it: the same in every consent form. */
export const decisionFields = {
  byId: z.string(),
  on: z.string(),
  how: z.union([z.enum(consentHowValues), z.literal('')]),
  reviewBy: z.string(),
  note: z.string(),
  recordedBy: z.string(),
};

export const consentDraftSchema = z.object({
  kind: z.union([z.enum(kindValues), z.literal('')]),
  scopeType: z.union([z.enum(scopeTypeValues), z.literal('')]),
  agency: z.string(),
  /** A practitioner from the directory, with their name and agency as they were when chosen. */
  practitionerId: z.string(),
  practitionerName: z.string(),
  practitionerAgency: z.string(),
  purpose: z.string(),
  ...decisionFields,
});
export type ConsentDraft = z.infer<typeof consentDraftSchema>;

export const isConsentDraft = draftGuard(consentDraftSchema);

/** The form's fields in the order they appear, for the error summary. */
export const CONSENT_FIELDS = ['kind', 'scopeType', 'agency', 'practitionerId', 'purpose', 'byId', 'on', 'how', 'reviewBy', 'note', 'recordedBy', 'form'] as const;

const CONSENT_ERROR_RULES = [
  ['kind', 'kind'],
  ['scope.recipient.agency', 'agency'],
  ['scope.recipient.practitionerId', 'practitionerId'],
  ['scope.recipient.name', 'practitionerId'],
  ['scope.recipient', 'scopeType'],
  ['scope.purpose', 'purpose'],
  ['scope', 'scopeType'],
  ['by', 'byId'],
  ['on', 'on'],
  ['how', 'how'],
  ['reviewBy', 'reviewBy'],
  ['note', 'note'],
  ['recordedBy', 'recordedBy'],
] as const;

export function newConsentDraft(recordedBy: string, today: IsoDate): ConsentDraft {
  return {
    kind: '',
    scopeType: '',
    agency: '',
    practitionerId: '',
    practitionerName: '',
    practitionerAgency: '',
    purpose: '',
    byId: '',
    on: isoToUk(today),
    how: '',
    reviewBy: '',
    note: '',
    recordedBy,
  };
}

/** The form filled in to withdraw one consent now in force: the same scope, and the person who gave it when they are still in the family. */
export function withdrawalDraft(current: CurrentConsent, people: readonly FamilyPerson[], recordedBy: string, today: IsoDate): ConsentDraft {
  const draft: ConsentDraft = { ...newConsentDraft(recordedBy, today), kind: 'withdrawn', ...scopeFields(current.scope) };
  const gaveIt = current.state.state === 'given' || current.state.state === 'expired' ? current.state.given.by.personId : null;
  return people.some((p) => p.personId === gaveIt) && gaveIt !== null ? { ...draft, byId: gaveIt } : draft;
}

function scopeFields(scope: ConsentScope): Pick<ConsentDraft, 'scopeType' | 'agency' | 'practitionerId' | 'practitionerName' | 'practitionerAgency' | 'purpose'> {
  const empty = { agency: '', practitionerId: '', practitionerName: '', practitionerAgency: '', purpose: '' };
  if (scope.type === 'early-help') return { ...empty, scopeType: 'early-help' };
  const r = scope.recipient;
  if (r.kind === 'agency') return { ...empty, scopeType: 'agency', agency: r.agency, purpose: scope.purpose };
  return { ...empty, scopeType: 'practitioner', practitionerId: r.practitionerId, practitionerName: r.name, practitionerAgency: r.agency, purpose: scope.purpose };
}

function scopeFrom(draft: ConsentDraft): ConsentScope | null {
  switch (draft.scopeType) {
    case 'early-help':
      return { type: 'early-help' };
    case 'agency':
      return { type: 'share', recipient: { kind: 'agency', agency: draft.agency }, purpose: draft.purpose };
    case 'practitioner':
      return {
        type: 'share',
        recipient: { kind: 'practitioner', practitionerId: draft.practitionerId, name: draft.practitionerName, agency: draft.practitionerAgency },
        purpose: draft.purpose,
      };
    case '':
      return null;
  }
}

export interface ConsentContext {
  familyId: string;
  people: readonly FamilyPerson[];
  /** The family's log as it is now. */
  log: readonly ConsentEvent[];
  today: IsoDate;
  /** A fresh id and the caller's timestamp for the new event. */
  id: string;
  recordedAt: string;
}

/**
 * Turns what was typed into an event for the register, checked against the family's log with the
 * same rule the repository applies, or says at each form field what is wrong.
 */
export function consentEventFromDraft(draft: ConsentDraft, ctx: ConsentContext): Validated<ConsentEventInput> {
  const errors: FieldError[] = [];
  if (draft.kind === '') errors.push({ path: 'kind', message: 'Choose what happened' });
  if (draft.scopeType === '') errors.push({ path: 'scopeType', message: 'Choose what the consent is about' });
  if (draft.scopeType === 'agency' && draft.agency.trim() === '') errors.push({ path: 'agency', message: 'Enter the agency or service, for example School' });
  if (draft.scopeType === 'practitioner' && draft.practitionerId === '') errors.push({ path: 'practitionerId', message: 'Choose the practitioner' });
  const person = ctx.people.find((p) => p.personId === draft.byId);
  if (!person) errors.push({ path: 'byId', message: 'Choose who made this decision' });
  const on = readDate(draft.on, 'date');
  if (!on.ok) errors.push({ path: 'on', message: on.message });
  const asksReview = draft.kind === 'given' || draft.kind === 'reviewed';
  if (asksReview && draft.how === '') errors.push({ path: 'how', message: draft.kind === 'given' ? 'Choose how consent was given' : 'Choose how consent was confirmed' });
  const reviewBy = readOptionalDate(draft.reviewBy);
  if (asksReview && !reviewBy.ok) errors.push({ path: 'reviewBy', message: reviewBy.message });
  if (draft.recordedBy.trim() === '') errors.push({ path: 'recordedBy', message: 'Enter your name' });

  const scope = scopeFrom(draft);
  if (draft.kind !== '' && scope && person && on.ok) {
    const base = {
      id: ctx.id,
      familyId: ctx.familyId,
      scope,
      on: on.date,
      by: { personId: person.personId, name: person.name, role: person.role },
      recordedBy: draft.recordedBy,
      recordedAt: ctx.recordedAt,
      note: draft.note,
    };
    const how = draft.how === '' ? null : draft.how;
    const input: ConsentEventInput =
      draft.kind === 'given' || draft.kind === 'reviewed'
        ? // A missing "how" is already reported above; a stand-in lets the other rules be checked at the same time.
          { ...base, kind: draft.kind, how: how ?? 'verbal', reviewBy: reviewBy.ok ? reviewBy.date : null }
        : { ...base, kind: draft.kind, how };
    const checked = recordConsentEvent(ctx.log, input, ctx.today);
    if (!checked.ok) errors.push(...checked.errors);
    if (errors.length === 0) return { ok: true, value: input };
  }
  return { ok: false, errors: toFormErrors(errors, CONSENT_ERROR_RULES, CONSENT_FIELDS, 'form') };
}
