import { describe, expect, it } from 'vitest';
import type { ConsentEvent } from '../../../shared/domain/consent';
import { mayReceive, recordConsentEvent } from '../../../shared/rules/consent';
import { agenciesToAsk, agencyEventsFromDraft, newAgencyConsentDraft, type AgencyConsentDraft } from '../../../renderer/features/consent/agency-consent-draft';
import { familyPeople } from '../../../renderer/features/consent/family-people';
import { family, MUM_ID, TODAY } from './fixtures';

const AGENCIES = ['Housing', 'Oak Primary School', 'Riverside Health Visiting'];

let n = 0;
function ctx(log: readonly ConsentEvent[] = [], agencies: readonly string[] = AGENCIES) {
  return {
    familyId: 'family-000001',
    people: familyPeople(family()),
    agencies,
    log,
    today: TODAY,
    newId: () => `event-${String((n += 1)).padStart(6, '0')}`,
    recordedAt: '2026-03-10T09:00:00.000Z',
  };
}

function draft(change: Partial<AgencyConsentDraft>): AgencyConsentDraft {
  return { ...newAgencyConsentDraft('Sam Patel', TODAY), byId: MUM_ID, how: 'verbal', ...change };
}

/** Records what the form checked, one event after another, as the repository does. */
function record(log: readonly ConsentEvent[], d: AgencyConsentDraft): ConsentEvent[] {
  const result = agencyEventsFromDraft(d, ctx(log));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  let out = [...log];
  for (const input of result.value) {
    const added = recordConsentEvent(out, input, TODAY);
    if (!added.ok) throw new Error(JSON.stringify(added.errors));
    out = added.value;
  }
  return out;
}

describe('answering for several agencies at once', () => {
  it('makes one event per agency answered, and none for "not asked"', () => {
    const result = agencyEventsFromDraft(draft({ answers: { Housing: 'no', 'Oak Primary School': 'yes', 'Riverside Health Visiting': 'not-asked' } }), ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((e) => [e.kind, e.scope.type === 'share' && e.scope.recipient.kind === 'agency' ? e.scope.recipient.agency : ''])).toEqual([
      ['refused', 'Housing'],
      ['given', 'Oak Primary School'],
    ]);
    expect(new Set(result.value.map((e) => e.id)).size).toBe(2);
    expect(result.value.map((e) => e.recordedAt)).toEqual(['2026-03-10T09:00:00.000Z', '2026-03-10T09:00:00.001Z']);
    expect(result.value.every((e) => e.on === TODAY && e.by.personId === MUM_ID && e.recordedBy === 'Sam Patel')).toBe(true);
  });

  it('records a "no" to consent in force as a withdrawal', () => {
    const log = record([], draft({ answers: { Housing: 'yes' } }));
    const result = agencyEventsFromDraft(draft({ answers: { Housing: 'no' } }), ctx(log));
    expect(result.ok && result.value.map((e) => e.kind)).toEqual(['withdrawn']);
  });

  it('asks for at least one answer, who answered and how consent was given', () => {
    const none = agencyEventsFromDraft(newAgencyConsentDraft('', TODAY), ctx());
    expect(none.ok ? [] : none.errors).toEqual([
      { path: 'answers', message: 'Answer yes or no for at least one agency' },
      { path: 'byId', message: 'Choose who answered' },
      { path: 'recordedBy', message: 'Enter your name' },
    ]);
    const noHow = agencyEventsFromDraft(draft({ how: '', answers: { Housing: 'yes' } }), ctx());
    expect(noHow.ok ? [] : noHow.errors).toEqual([{ path: 'how', message: 'Choose how consent was given' }]);
    // How is optional when every answer is no.
    expect(agencyEventsFromDraft(draft({ how: '', answers: { Housing: 'no' } }), ctx()).ok).toBe(true);
  });

  it('refuses a date in the future once, at the date', () => {
    const result = agencyEventsFromDraft(draft({ on: '11/03/2026', answers: { Housing: 'yes', 'Oak Primary School': 'yes' } }), ctx());
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'on', message: 'The date must be today or in the past' }]);
  });

  it('three agencies in one submission cover a named person at one of them', () => {
    const earlyHelp = recordConsentEvent(
      [],
      { id: 'event-early-help', familyId: 'family-000001', scope: { type: 'early-help' }, on: '2026-03-01', by: { personId: MUM_ID, name: 'Harpreet Kaur', role: 'Mum' }, recordedBy: 'Sam Patel', recordedAt: '2026-03-01T09:00:00.000Z', note: '', kind: 'given', how: 'verbal', reviewBy: null },
      TODAY,
    );
    if (!earlyHelp.ok) throw new Error('early help');
    const all = record(earlyHelp.value, draft({ answers: { Housing: 'yes', 'Oak Primary School': 'yes', 'Riverside Health Visiting': 'yes' } }));
    expect(all.filter((e) => e.kind === 'given' && e.scope.type === 'share')).toHaveLength(3);
    const priya = { kind: 'practitioner' as const, practitionerId: 'prac-0001', name: 'Priya Shah', agency: 'Oak Primary School' };
    expect(mayReceive({ consents: all, recipient: priya, documentKind: 'minutes', purpose: '', today: TODAY })).toEqual({
      allowed: true,
      basisKind: 'consent',
      basis: 'Priya Shah may receive the minutes: they work for Oak Primary School, and Harpreet Kaur gave consent to share with Oak Primary School on 10 March 2026 (spoken).',
    });
  });
});

describe('agenciesToAsk', () => {
  it('lists the agencies asked about and the directory’s, each once, in alphabetical order', () => {
    const log = record([], draft({ answers: { Housing: 'yes' } }));
    expect(agenciesToAsk(log, ['oak primary school', 'HOUSING', ' Oak Primary School ', ''])).toEqual(['Housing', 'oak primary school']);
  });
});
