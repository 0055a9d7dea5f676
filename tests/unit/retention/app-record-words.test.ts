import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '../../../shared/rules/audit-chain';
import { describeSentence, matchesFilter } from '../../../renderer/features/audit/audit-words';

const base = { seq: 1, at: '2026-11-23T09:15:00.000Z', actor: 'Jo Chair', prevHash: '0'.repeat(64), hash: 'f'.repeat(64) } as const;
const entry = (fields: Partial<AuditEntry> & Pick<AuditEntry, 'action' | 'recordType' | 'recordId'>): AuditEntry => ({ ...base, ...fields });

describe('the app-wide record as sentences', () => {
  it.each([
    [entry({ action: 'unlock', recordType: 'app', recordId: 'lock' }), 'Jo Chair unlocked Team Around.'],
    [entry({ action: 'failed-unlock', recordType: 'app', recordId: 'lock' }), 'Jo Chair tried to unlock Team Around with the wrong passphrase.'],
    [entry({ action: 'export', recordType: 'backup', recordId: 'backup-x' }), 'Jo Chair made a backup.'],
    [entry({ action: 'restore', recordType: 'backup', recordId: 'backup-x' }), 'Jo Chair restored information from a backup.'],
    [entry({ action: 'update', recordType: 'settings', recordId: 'retention' }), 'Jo Chair changed how long records are kept.'],
    [entry({ action: 'share', recordType: 'plan', recordId: 'abc123def', familyId: 'f1', recipients: ['School', 'Health visitor', 'Housing'] }), 'Jo Chair shared the plan with School, Health visitor and Housing (reference ABC123).'],
    [entry({ action: 'record-altered', recordType: 'app', recordId: 'failed-unlocks/count-lowered' }), 'Jo Chair found that the record of failed unlocks had been changed while Team Around was locked.'],
  ])('%# reads as a sentence', (e, sentence) => {
    expect(describeSentence(e)).toBe(sentence);
  });

  it('narrows by kind', () => {
    const unlock = entry({ action: 'unlock', recordType: 'app', recordId: 'lock' });
    const setting = entry({ action: 'update', recordType: 'settings', recordId: 'area' });
    const family = entry({ action: 'view', recordType: 'family', recordId: 'f1', familyId: 'f1' });
    const disposal = entry({ action: 'disposal', recordType: 'family', recordId: 'f1', familyId: 'f1' });
    const all = [unlock, setting, family, disposal];
    expect(all.filter((e) => matchesFilter(e, 'unlocks'))).toEqual([unlock]);
    expect(all.filter((e) => matchesFilter(e, 'settings'))).toEqual([setting]);
    expect(all.filter((e) => matchesFilter(e, 'disposals'))).toEqual([disposal]);
    expect(all.filter((e) => matchesFilter(e, 'families'))).toEqual([family, disposal]);
    expect(all.filter((e) => matchesFilter(e, 'all'))).toEqual(all);
  });
});
