import { describe, expect, it } from 'vitest';
import { consentEventSchema, type ConsentEvent, type ConsentScope } from '../../../shared/domain/consent';
import { agencySuggestions, COMMON_AGENCIES } from '../../../renderer/features/consent/agencies';
import { currentConsents, eventSentence, historyRows, scopeTitle, stateSentence } from '../../../renderer/features/consent/consent-words';
import { familyPeople } from '../../../renderer/features/consent/family-people';
import { family, TODAY } from './fixtures';

const mum = { personId: 'carer-mum-0001', name: 'Harpreet Kaur', role: 'Mum' };
const earlyHelp: ConsentScope = { type: 'early-help' };
const agency = (name: string, purpose = ''): ConsentScope => ({ type: 'share', recipient: { kind: 'agency', agency: name }, purpose });

let n = 0;
function event(kind: 'given' | 'withdrawn' | 'refused', scope: ConsentScope, on: string, extra: Record<string, unknown> = {}): ConsentEvent {
  n += 1;
  const base = { id: `event-${String(n).padStart(6, '0')}`, familyId: 'family-000001', scope, on, by: mum, recordedBy: 'Sam Patel', recordedAt: `${on}T09:00:${String(n).padStart(2, '0')}.000Z` };
  return consentEventSchema.parse(kind === 'given' ? { ...base, kind, how: 'signed-form', ...extra } : { ...base, kind, how: null, ...extra });
}

describe('consent words', () => {
  it('names each scope plainly, in the area’s word for early help', () => {
    expect(scopeTitle(earlyHelp)).toBe('Early help');
    expect(scopeTitle(earlyHelp, 'family help')).toBe('Family help');
    expect(scopeTitle(agency('School', 'the minutes'))).toBe('Sharing with School for the minutes');
  });

  it('says what happened in one sentence', () => {
    expect(eventSentence(event('given', earlyHelp, '2026-03-01'))).toBe('Harpreet Kaur gave consent to early help.');
    expect(eventSentence(event('withdrawn', agency('Housing'), '2026-03-01'))).toBe('Harpreet Kaur withdrew consent to share information with Housing.');
    expect(eventSentence(event('refused', agency('Police'), '2026-03-01'))).toBe('Harpreet Kaur said no to sharing information with Police.');
    expect(eventSentence(event('refused', earlyHelp, '2026-03-01'), 'family help')).toBe('Harpreet Kaur said no to family help.');
  });

  it('lists where each consent stands today, early help first, and which can be withdrawn', () => {
    const log = [
      event('given', agency('School'), '2026-02-01', { reviewBy: '2026-08-01' }),
      event('given', earlyHelp, '2026-02-02'),
      event('given', agency('Housing'), '2026-02-03'),
      event('withdrawn', agency('Housing'), '2026-03-01'),
    ];
    const rows = currentConsents(log, TODAY);
    expect(rows.map((r) => [scopeTitle(r.scope), r.state.state, r.canWithdraw])).toEqual([
      ['Early help', 'given', true],
      ['Sharing with School', 'given', true],
      ['Sharing with Housing', 'withdrawn', false],
    ]);
    expect(stateSentence(rows[1]?.state ?? { state: 'not-asked' })).toBe('Yes. Harpreet Kaur agreed on 1 February 2026 (signed form). Check again by 1 August 2026.');
    expect(stateSentence(rows[2]?.state ?? { state: 'not-asked' })).toBe('No. Harpreet Kaur withdrew consent on 1 March 2026.');
  });

  it('says consent needs renewing once its review date has passed, and it can still be withdrawn', () => {
    const rows = currentConsents([event('given', agency('School'), '2025-01-01', { reviewBy: '2025-06-01' })], TODAY);
    expect(rows[0]?.canWithdraw).toBe(true);
    expect(stateSentence(rows[0]?.state ?? { state: 'not-asked' })).toBe(
      'Needs renewing. Harpreet Kaur agreed on 1 January 2025, and it was due to be checked again by 1 June 2025.',
    );
  });

  it('keeps the whole history, newest first, same-day events by when they were recorded', () => {
    const log = [event('given', agency('Housing'), '2026-03-01'), event('given', earlyHelp, '2026-02-01'), event('withdrawn', agency('Housing'), '2026-03-01')];
    const rows = historyRows(log);
    expect(rows.map((r) => [r.on, r.kind, r.how])).toEqual([
      ['2026-03-01', 'Consent withdrawn', 'Not recorded'],
      ['2026-03-01', 'Consent given', 'Signed form'],
      ['2026-02-01', 'Consent given', 'Signed form'],
    ]);
    expect(log).toHaveLength(3);
  });

  it('offers agencies already asked about first, then the directory’s, then common ones, each once', () => {
    const suggestions = agencySuggestions([event('given', agency('Oak Lane Primary'), '2026-03-01')], ['school', 'Leeds Housing']);
    expect(suggestions.slice(0, 3)).toEqual(['Oak Lane Primary', 'school', 'Leeds Housing']);
    expect(suggestions).not.toContain('School');
    expect(suggestions).toHaveLength(3 + COMMON_AGENCIES.length - 1);
  });

  it('lists the family members who can decide, with how each is related', () => {
    expect(familyPeople(family()).map((p) => [p.name, p.role, p.hint])).toEqual([
      ['Harpreet Kaur', 'Mum', 'Mum'],
      ['Jas', 'Young person', 'Child or young person'],
    ]);
  });
});
