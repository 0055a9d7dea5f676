import { describe, expect, it } from 'vitest';
import { consentSummaryLine, recordConsentEvent, scopeState } from '../../../shared/rules/consent';
import type { ConsentEvent, ConsentEventInput } from '../../../shared/domain/consent';
import { dsl, earlyHelp, FAMILY, given, healthVisitor, housing, mum, refused, reviewed, school, share, withdrawn } from './consent-fixtures';

const TODAY = '2026-03-10';

describe('consentSummaryLine', () => {
  it('gives the plain line documents reuse', () => {
    const log = [
      given(earlyHelp, '2026-01-05'),
      given(share(school), '2026-01-05'),
      given(share(healthVisitor), '2026-01-05'),
      refused(share(housing), '2026-01-05'),
    ];
    expect(consentSummaryLine(log, TODAY)).toBe('School: yes. Health visitor: yes. Housing: no.');
    expect(consentSummaryLine(log, TODAY, { includeEarlyHelp: true })).toBe('Early help: yes. School: yes. Health visitor: yes. Housing: no.');
  });

  it('shows withdrawals, renewals due and purposes', () => {
    const log = [
      given(share(school), '2026-01-05'),
      withdrawn(share(school), '2026-02-01'),
      given(share(healthVisitor), '2026-01-05', { reviewBy: '2026-03-01' }),
      given(share(housing, 'attending meetings'), '2026-01-05'),
      given(share(dsl), '2026-01-05'),
      withdrawn(share(dsl, 'written reports'), '2026-02-01'),
    ];
    expect(consentSummaryLine(log, TODAY)).toBe(
      'School: no. Health visitor: needs renewing. Housing: yes, only for attending meetings. Sam Patel (School): yes, except for written reports.',
    );
  });

  it('treats the same agency written differently as one', () => {
    const log = [given(share(school), '2026-01-05'), withdrawn(share({ kind: 'agency', agency: ' school' }), '2026-02-01')];
    expect(consentSummaryLine(log, TODAY)).toBe('School: no.');
  });

  it('says when nothing is recorded', () => {
    expect(consentSummaryLine([], TODAY)).toBe('No consent to share information has been recorded.');
    expect(consentSummaryLine([given(earlyHelp, '2026-01-05')], TODAY, { includeEarlyHelp: true })).toBe(
      'Early help: yes. No consent to share information has been recorded.',
    );
  });

  it('reads the log as it stood on an earlier day', () => {
    const log = [given(share(school), '2026-01-05'), withdrawn(share(school), '2026-02-01'), given(share(housing), '2026-02-10')];
    expect(consentSummaryLine(log, '2026-01-20')).toBe('School: yes.');
  });
});

describe('recordConsentEvent', () => {
  const input = (over: Partial<ConsentEventInput> & Pick<ConsentEventInput, 'kind'>): ConsentEventInput =>
    ({
      id: 'consent-new-1',
      familyId: FAMILY,
      scope: share(school),
      on: '2026-03-01',
      by: mum,
      recordedBy: 'Sam Patel',
      recordedAt: '2026-03-01T10:00:00Z',
      how: 'written',
      ...over,
    }) as ConsentEventInput;

  it('appends and never changes earlier events', () => {
    const log: ConsentEvent[] = [given(share(school), '2026-01-05')];
    const frozen = JSON.stringify(log);
    const result = recordConsentEvent(log, input({ kind: 'withdrawn' }), TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(result.value).toHaveLength(2);
    expect(result.value[0]).toBe(log[0]);
    expect(result.value[1]).toMatchObject({ kind: 'withdrawn', on: '2026-03-01', by: { name: 'Siobhán Ní Bhriain' } });
    expect(JSON.stringify(log)).toBe(frozen);
    expect(scopeState(result.value, share(school), TODAY).state).toBe('withdrawn');
    expect(scopeState(result.value, share(school), '2026-02-28').state).toBe('given');
  });

  it.each([
    ['a date in the future', [], input({ kind: 'given', on: '2026-03-11' }), [{ path: 'on', message: 'The date must be today or in the past' }]],
    ['a review date before consent', [], input({ kind: 'given', reviewBy: '2026-02-01' }), [{ path: 'reviewBy', message: 'The review date must be after 1 March 2026' }]],
    ['no way of giving consent', [], input({ kind: 'given', how: undefined }), [{ path: 'how', message: 'Choose how consent was given' }]],
    ['nobody named', [], input({ kind: 'given', by: { personId: null, name: ' ', role: '' } }), [{ path: 'by.name', message: 'Enter the name of the person' }]],
    ['a review of consent never given', [], input({ kind: 'reviewed' }), [{ path: 'kind', message: 'There is no consent to sharing with School to review. Record consent given instead' }]],
    ['a withdrawal of consent never given', [], input({ kind: 'withdrawn' }), [{ path: 'kind', message: 'There is no consent to sharing with School to withdraw. To record that the family said no, record a refusal' }]],
    ['a refusal while consent is in force', [given(share(school), '2026-01-05')], input({ kind: 'refused' }), [{ path: 'kind', message: 'The family has agreed to sharing with School. To record that they have changed their mind, record a withdrawal' }]],
    ['an event for another family', [given(share(school), '2026-01-05')], input({ kind: 'given', familyId: 'family-0002' }), [{ path: 'familyId', message: 'This event belongs to a different family' }]],
  ])('refuses %s', (_name, log, event, errors) => {
    expect(recordConsentEvent(log as ConsentEvent[], event as ConsentEventInput, TODAY)).toEqual({ ok: false, errors });
  });

  it('refuses the same event twice', () => {
    const event = given(share(school), '2026-01-05');
    expect(recordConsentEvent([event], event, TODAY)).toEqual({ ok: false, errors: [{ path: 'id', message: 'This event is already in the register' }] });
  });

  it('allows a general withdrawal when consent was given only for a purpose', () => {
    const log = [given(share(school, 'attending meetings'), '2026-01-05')];
    const result = recordConsentEvent(log, input({ kind: 'withdrawn' }), TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) expect(consentSummaryLine(result.value, TODAY)).toBe('School: no.');
  });

  it('renews expired consent at review', () => {
    const log = [given(share(school), '2026-01-05', { reviewBy: '2026-02-01' })];
    expect(scopeState(log, share(school), TODAY).state).toBe('expired');
    const result = recordConsentEvent(log, input({ kind: 'reviewed', reviewBy: '2026-09-01' }), TODAY);
    if (!result.ok) throw new Error(JSON.stringify(result.errors));
    expect(scopeState(result.value, share(school), TODAY)).toMatchObject({ state: 'given', reviewBy: '2026-09-01', lastReviewedOn: '2026-03-01' });
  });

  it('keeps reviewed events in history even when they change nothing', () => {
    const log = [given(share(school), '2026-01-05'), reviewed(share(school), '2026-02-05', { reviewBy: '2026-08-05' })];
    expect(log.map((e) => e.kind)).toEqual(['given', 'reviewed']);
  });
});
