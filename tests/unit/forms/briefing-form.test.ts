import { describe, expect, it } from 'vitest';
import { readAttendanceCsv } from '../../../shared/briefing/attendance-csv';
import { briefingFormPayload, briefingFormTitle, tabsToCsv } from '../../../shared/forms/briefing';
import { describeAction } from '../../../renderer/features/audit/audit-words';
import { reviewFileRecordType, reviewReplyRecordType } from '../../../renderer/data/repositories/minutes';

const REQUEST = {
  meetingId: 'meeting000000001',
  childId: 'child00000000001',
  child: { name: 'Leo Ruiz', dateOfBirth: '2016-02-03' },
  meetingDate: '2026-12-03',
  kind: 'school-briefing' as const,
  askedOf: { practitionerId: null, name: 'Kim Wu', agency: 'Oak Lane Primary School' },
  askedBy: { name: 'Sam Patel', role: 'Family support worker' },
  askedOn: '2026-11-20',
};

describe('the briefing form file', () => {
  it('carries the request as the app makes it, and says what it is without naming the child', () => {
    const payload = briefingFormPayload('form0000000000001', 'briefing00000001', REQUEST);
    expect(payload.request).toEqual(REQUEST);
    expect(briefingFormTitle(REQUEST)).toBe('A school briefing for a Team Around meeting');
    expect(briefingFormTitle({ kind: 'written-report' })).toBe('A written report for a Team Around meeting');
    expect(() => briefingFormPayload('form0000000000001', 'briefing00000001', { ...REQUEST, meetingDate: '2026-02-30' })).toThrow();
  });

  it('reads figures copied from a spreadsheet (tab-separated) as it reads CSV', () => {
    const terms = { thisTerm: 'Autumn term 2026', lastTerm: 'Summer term 2026' };
    const pasted = 'Term\tSessions possible\tSessions attended\tLate sessions\r\nAutumn term 2026\t120\t111\t4\nSummer term 2026\t130\t124\t0';
    const csv = 'Term,Sessions possible,Sessions attended,Late sessions\nAutumn term 2026,120,111,4\nSummer term 2026,130,124,0';
    expect(readAttendanceCsv(tabsToCsv(pasted), terms)).toEqual(readAttendanceCsv(csv, terms));
    expect(readAttendanceCsv(tabsToCsv(pasted), terms)).toMatchObject({ ok: true, thisTerm: { possible: '120', attended: '111', late: '4' } });
    expect(tabsToCsv('a\tb, "c"')).toBe('a,"b, ""c"""');
    expect(tabsToCsv(csv)).toBe(csv);
  });
});

describe('the audit trail in words, for form files', () => {
  it('names the review file, the reply imported, and the briefing form', () => {
    expect(describeAction({ action: 'export', recordType: reviewFileRecordType(2) })).toBe(
      "Saved version 2 of the minutes as a review file (a form to open in a browser, the family's own copy)",
    );
    expect(describeAction({ action: 'update', recordType: reviewReplyRecordType(1) })).toBe("Imported the family's answer from a review file (version 1 of the minutes)");
    expect(describeAction({ action: 'share', recordType: 'briefing-request/form-file' })).toBe('Shared a request for a briefing as a form file (to open in a web browser)');
  });
});
