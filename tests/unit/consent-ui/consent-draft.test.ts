import { describe, expect, it } from 'vitest';
import type { ConsentEvent, ConsentEventInput } from '../../../shared/domain/consent';
import { consentEventSchema } from '../../../shared/domain/consent';
import { consentSummaryLine, recordConsentEvent } from '../../../shared/rules/consent';
import { consentEventFromDraft, newConsentDraft, withdrawalDraft, type ConsentDraft } from '../../../renderer/features/consent/consent-draft';
import { currentConsents } from '../../../renderer/features/consent/consent-words';
import { familyPeople } from '../../../renderer/features/consent/family-people';
import { family, MUM_ID, TODAY } from './fixtures';

let n = 0;
function ctx(log: readonly ConsentEvent[] = []) {
  n += 1;
  return { familyId: 'family-000001', people: familyPeople(family()), log, today: TODAY, id: `event-${String(n).padStart(6, '0')}`, recordedAt: `2026-03-10T09:00:${String(n % 60).padStart(2, '0')}.000Z` };
}

function draft(change: Partial<ConsentDraft>): ConsentDraft {
  return { ...newConsentDraft('Sam Patel', TODAY), ...change };
}

const schoolYes = draft({ kind: 'given', scopeType: 'agency', agency: 'School', byId: MUM_ID, how: 'verbal' });

/** Records drafts one after another, as the register would. */
function record(...drafts: ConsentDraft[]): ConsentEvent[] {
  let log: ConsentEvent[] = [];
  for (const d of drafts) {
    const result = consentEventFromDraft(d, ctx(log));
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    const added = recordConsentEvent(log, result.value, TODAY);
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    log = added.value;
  }
  return log;
}

describe('consent form draft', () => {
  it('starts with today as the date and the recorder named', () => {
    expect(newConsentDraft('Sam Patel', TODAY)).toMatchObject({ on: '10/03/2026', recordedBy: 'Sam Patel', kind: '', scopeType: '' });
  });

  it('says at each field what is missing, in the order of the form', () => {
    const result = consentEventFromDraft(newConsentDraft('', TODAY), ctx());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { path: 'kind', message: 'Choose what happened' },
      { path: 'scopeType', message: 'Choose what the consent is about' },
      { path: 'byId', message: 'Choose who made this decision' },
      { path: 'recordedBy', message: 'Enter your name' },
    ]);
  });

  it('asks for the agency, and for how consent was given', () => {
    const result = consentEventFromDraft(draft({ kind: 'given', scopeType: 'agency', byId: MUM_ID }), ctx());
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'agency', message: 'Enter the agency or service, for example School' },
      { path: 'how', message: 'Choose how consent was given' },
    ]);
  });

  it('refuses a date in the future and a review date that is not after the date, at those fields', () => {
    const future = consentEventFromDraft({ ...schoolYes, on: '01/01/2099' }, ctx());
    expect(future.ok ? [] : future.errors).toEqual([{ path: 'on', message: 'The date must be today or in the past' }]);
    const review = consentEventFromDraft({ ...schoolYes, on: '10/01/2025', reviewBy: '05/01/2025' }, ctx());
    expect(review.ok ? [] : review.errors).toEqual([{ path: 'reviewBy', message: 'The review date must be after 10 January 2025' }]);
    const notADate = consentEventFromDraft({ ...schoolYes, on: '31/02/2026' }, ctx());
    expect(notADate.ok ? [] : notADate.errors).toEqual([{ path: 'on', message: 'That date does not exist: this month has 28 days' }]);
  });

  it('builds the event with the family member as they are named in the record', () => {
    const result = consentEventFromDraft({ ...schoolYes, purpose: 'the minutes', reviewBy: '10/09/2026', note: 'Happy for school to come to meetings' }, ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const event = consentEventSchema.parse(result.value);
    expect(event).toMatchObject({
      kind: 'given',
      scope: { type: 'share', recipient: { kind: 'agency', agency: 'School' }, purpose: 'the minutes' },
      on: '2026-03-10',
      by: { personId: MUM_ID, name: 'Harpreet Kaur', role: 'Mum' },
      how: 'verbal',
      reviewBy: '2026-09-10',
      recordedBy: 'Sam Patel',
    });
  });

  it('lets a refusal or withdrawal leave "how" empty', () => {
    const result = consentEventFromDraft(draft({ kind: 'refused', scopeType: 'agency', agency: 'Police', byId: MUM_ID }), ctx());
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as Extract<ConsentEventInput, { kind: 'refused' }>).how).toBe(null);
  });

  it('passes on the register rule: there is nothing to withdraw', () => {
    const result = consentEventFromDraft(draft({ kind: 'withdrawn', scopeType: 'agency', agency: 'Housing', byId: MUM_ID }), ctx());
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'kind', message: 'There is no consent to sharing with Housing to withdraw. To record that the family said no, record a refusal' },
    ]);
  });

  it('fills the form in to withdraw a consent in force, with the person who gave it', () => {
    const log = record(schoolYes, { ...schoolYes, agency: 'Housing' });
    const housing = currentConsents(log, TODAY).find((c) => c.scope.type === 'share' && c.scope.recipient.kind === 'agency' && c.scope.recipient.agency === 'Housing');
    expect(housing?.canWithdraw).toBe(true);
    if (!housing) return;
    const prefilled = withdrawalDraft(housing, familyPeople(family()), 'Sam Patel', TODAY);
    expect(prefilled).toMatchObject({ kind: 'withdrawn', scopeType: 'agency', agency: 'Housing', purpose: '', byId: MUM_ID, on: '10/03/2026', how: '' });

    const after = record(schoolYes, { ...schoolYes, agency: 'Housing' }, prefilled);
    expect(consentSummaryLine(after, TODAY)).toBe('School: yes. Housing: no.');
    expect(after).toHaveLength(3);
  });

  it('leaves "who" for the user when the person who gave consent has left the family record', () => {
    const log = record(schoolYes);
    const [school] = currentConsents(log, TODAY);
    if (!school) throw new Error('expected a row');
    expect(withdrawalDraft(school, [], 'Sam Patel', TODAY).byId).toBe('');
  });

  it('keeps a practitioner from the directory as they were named', () => {
    const result = consentEventFromDraft(
      draft({ kind: 'given', scopeType: 'practitioner', practitionerId: 'prac-000001', practitionerName: 'Dee Brown', practitionerAgency: 'School nursing', byId: MUM_ID, how: 'written' }),
      ctx(),
    );
    expect(result.ok && result.value.scope).toEqual({ type: 'share', recipient: { kind: 'practitioner', practitionerId: 'prac-000001', name: 'Dee Brown', agency: 'School nursing' }, purpose: '' });
    const none = consentEventFromDraft(draft({ kind: 'given', scopeType: 'practitioner', byId: MUM_ID, how: 'written' }), ctx());
    expect(none.ok ? [] : none.errors).toEqual([{ path: 'practitionerId', message: 'Choose the practitioner' }]);
  });
});
