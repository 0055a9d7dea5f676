import { describe, expect, it } from 'vitest';
import { AUDIT_ACTIONS, type AuditEntry } from '../../../shared/rules/audit-chain';
import { AUDIT_PAGE_SIZE, describeAction, describeCheck, describeRecipients, describeRecord, describeWhen, pageOf, recipientNames } from '../../../renderer/features/audit/audit-words';
import { removedWords, sameName } from '../../../renderer/features/retention/disposal-words';

type Words = Pick<AuditEntry, 'action' | 'recordType'>;

describe('audit trail in plain words', () => {
  it('says what happened without jargon', () => {
    const cases: Array<[Words, string]> = [
      [{ action: 'view', recordType: 'family' }, "Opened the family's information"],
      [{ action: 'create', recordType: 'family' }, 'Added the family'],
      [{ action: 'update', recordType: 'family' }, "Changed the family's details"],
      [{ action: 'create', recordType: 'plan' }, 'Started a plan'],
      [{ action: 'update', recordType: 'plan' }, 'Changed the plan'],
      [{ action: 'consent-change', recordType: 'consent' }, 'Changed the consent register'],
      [{ action: 'safeguarding-referral', recordType: 'referral' }, 'Made a safeguarding referral'],
      [{ action: 'export', recordType: 'plan' }, 'Saved the plan as a file'],
      [{ action: 'share', recordType: 'plan' }, 'Shared the plan'],
      [{ action: 'disposal', recordType: 'family' }, "Disposed of the family's records"],
    ];
    for (const [entry, words] of cases) expect(describeAction(entry)).toBe(words);
    for (const action of AUDIT_ACTIONS) expect(describeAction({ action, recordType: 'something-new' })).not.toBe('');
  });

  it('names the record by kind and short reference, and recipients or None', () => {
    expect(describeRecord({ recordType: 'plan', recordId: 'abcdef0123456789' })).toBe('Plan, reference ABCDEF');
    expect(describeRecord({ recordType: 'consent', recordId: '0a1b2c3d' })).toBe('Consent register, reference 0A1B2C');
    expect(describeRecipients(undefined)).toBe('None');
    expect(describeRecipients(['School', 'Health visitor'])).toBe('School; Health visitor');
    // Recipients are named in words: people from the family record and the directory, agencies by name.
    const names = recipientNames(
      [{ carers: [{ id: 'carer-1', name: 'Siobhán Ó Súilleabháin', relationship: 'Mum' }], children: [] }] as unknown as Parameters<typeof recipientNames>[0],
      [{ id: 'prac-1', name: 'Ștefan Rădulescu', role: 'School nurse', agency: 'Kirkby Community Health', phone: '', secureEmail: '' }],
    );
    // A practitioner since removed from the directory is never shown by id.
    expect(describeRecipients(['prac-1', 'carer-1', 'agency:Housing', '0123456789abcdef0123456789abcdef'], names)).toBe(
      'Ștefan Rădulescu, School nurse, Kirkby Community Health; Siobhán Ó Súilleabháin, Mum; Housing; Someone no longer in the records',
    );
  });

  it('gives times in England, summer and winter', () => {
    expect(describeWhen('2026-07-01T08:15:00.000Z')).toBe('1 July 2026 at 09:15');
    expect(describeWhen('2026-11-23T09:15:00.000Z')).toBe('23 November 2026 at 09:15');
    expect(describeWhen('nonsense')).toBe('Unknown time');
  });

  it('reports the check with the count, or the reason the chain is broken', () => {
    expect(describeCheck({ ok: true }, 1234)).toBe('The record is complete: 1,234 entries, none changed.');
    expect(describeCheck({ ok: true }, 1)).toBe('The record is complete: 1 entry, none changed.');
    expect(describeCheck({ ok: false, brokenAt: 3, reason: 'Entry 3 has been changed since it was written.' }, 9)).toBe(
      'The record is not complete. Entry 3 has been changed since it was written.',
    );
  });

  it('pages 50 at a time and keeps the page number in range', () => {
    const all = Array.from({ length: 120 }, (_, i) => i);
    expect(AUDIT_PAGE_SIZE).toBe(50);
    expect(pageOf(all, 1)).toMatchObject({ page: 1, pages: 3, first: 1, last: 50 });
    expect(pageOf(all, 3)).toMatchObject({ page: 3, first: 101, last: 120 });
    expect(pageOf(all, 9).page).toBe(3);
    expect(pageOf([], 2)).toMatchObject({ page: 1, pages: 1, first: 0, last: 0, rows: [] });
  });
});

describe('disposal words', () => {
  it('lists what was removed', () => {
    expect(removedWords({ families: 1, linked: { plans: 2, consentEvents: 1, referrals: 0 }, drafts: 1 })).toBe('1 family record, 2 plans, 1 consent record and 1 unsaved draft');
  });

  it('accepts the family name typed with different case or spacing, and nothing else', () => {
    expect(sameName('  okafor   FAMILY ', 'Okafor family')).toBe(true);
    expect(sameName('Okafor', 'Okafor family')).toBe(false);
    expect(sameName('', '')).toBe(false);
  });
});
