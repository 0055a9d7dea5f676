import { describe, expect, it } from 'vitest';
import { describeAction, describeRecord } from '../../../renderer/features/audit/audit-words';

describe('the meeting record in the audit trail', () => {
  it('says in plain words that a meeting was started and finished, naming no content', () => {
    expect(describeAction({ action: 'create', recordType: 'meeting-record' })).toBe('Added the record of a meeting');
    expect(describeAction({ action: 'update', recordType: 'meeting-record' })).toBe('Changed the record of a meeting');
    expect(describeRecord({ recordType: 'meeting-record', recordId: 'abc123def456' })).toBe('Record of a meeting, reference ABC123');
  });
});
