import { describe, expect, it } from 'vitest';
import { describeAction, describeRecord } from '../../../renderer/features/audit/audit-words';
import { copyRecordType } from '../../../renderer/data/repositories/minutes';

describe('the audit trail in words, for copies of the minutes', () => {
  it('says which document, version, format and basis, from what the repository records', () => {
    const recordType = copyRecordType({ document: 'family-version', version: 2, format: 'pdf', basis: { kind: 'family', summary: 'Ana is in the family.' } });
    expect(recordType).toBe('minutes/family-version/v2/pdf/family');
    expect(describeAction({ action: 'export', recordType })).toBe("Saved version 2 of the family's version of the minutes (PDF, the family's own copy) as a file");
    expect(describeRecord({ recordType, recordId: 'abcdef0123456789' })).toBe("Version 2 of the family's version of the minutes (PDF, the family's own copy), reference ABCDEF");
  });

  it('names a copy shared with consent, and one made for a safeguarding referral', () => {
    const shared = copyRecordType({ document: 'minutes', version: 1, format: 'docx', basis: { kind: 'consent', consentId: 'consent000000001', summary: '' } });
    expect(describeAction({ action: 'share', recordType: shared })).toBe("Shared version 1 of the minutes (Word, with the family's consent)");
    const referral = copyRecordType({ document: 'action-plan', version: 1, format: 'docx', basis: { kind: 'safeguarding', reason: 'A child may be at risk' } });
    expect(describeAction({ action: 'safeguarding-referral', recordType: referral })).toBe('Made a safeguarding referral');
    expect(describeRecord({ recordType: referral, recordId: '0123456789abcdef' })).toBe('Version 1 of the action plan (Word, for a safeguarding referral), reference 012345');
  });

  it('calls a workflow step a change to the minutes, and leaves other record types as they were', () => {
    expect(describeAction({ action: 'update', recordType: 'minutes' })).toBe('Changed the minutes');
    // A record type this version does not know reads in plain words, without the stored string.
    expect(describeAction({ action: 'export', recordType: 'minutes/unknown' })).toBe('Saved a record as a file');
    expect(describeAction({ action: 'create', recordType: 'plan' })).toBe('Started a plan');
  });
});
