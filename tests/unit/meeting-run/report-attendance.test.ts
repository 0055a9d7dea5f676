import { describe, expect, it } from 'vitest';
import { attendeeSchema, type Attendee } from '../../../shared/domain/meeting-record';
import type { ReceivedReport } from '../../../shared/domain/received-report';
import { markReportAuthors } from '../../../shared/rules/report-attendance';

const attendee = (over: Partial<Attendee>): Attendee => attendeeSchema.parse({ id: 'p-teacher-01', kind: 'practitioner', name: 'Ms Áine Ní Bhriain', role: 'Class teacher', ...over });
const report = (over: Partial<ReceivedReport['author']>): ReceivedReport => ({
  id: 'report-0001',
  meetingId: 'meeting-01',
  childId: 'child-0001',
  agendaItemId: null,
  kind: 'school-briefing',
  author: { name: 'Ms Áine Ní Bhriain', role: 'Class teacher', agency: 'Oak Primary School', practitionerId: null, ...over },
  writtenOn: '2026-11-20',
  receivedAt: '2026-11-21T09:00:00.000Z',
  sections: [],
});

describe('authors of reports in attendance', () => {
  it('marks an invited author with nothing recorded yet as having sent a written report, matching the name however it is cased', () => {
    const [marked] = markReportAuthors([attendee({})], [report({ name: 'ms áine ní bhriain ' })]);
    expect(marked?.attendance).toBe('written-report');
  });

  it('keeps what the chair recorded: an author who came after all stays "attended"', () => {
    const [marked] = markReportAuthors([attendee({ attendance: 'attended' })], [report({})]);
    expect(marked?.attendance).toBe('attended');
  });

  it('matches by directory id even when the name is written differently', () => {
    const [marked] = markReportAuthors([attendee({ name: 'Aine Ni Bhriain' })], [report({ practitionerId: 'p-teacher-01', name: 'Áine' })]);
    expect(marked?.attendance).toBe('written-report');
  });

  it('adds an author who was not invited, marked as having sent a report, and never marks a family member', () => {
    const mum = attendee({ id: 'carer-0001', kind: 'family', name: 'Ms Áine Ní Bhriain', role: 'Mum' });
    const out = markReportAuthors([mum], [report({ name: 'Dr Ştefan Rădulescu', role: 'GP', agency: 'Health centre' })]);
    expect(out.map((a) => [a.name, a.attendance])).toEqual([
      ['Ms Áine Ní Bhriain', null],
      ['Dr Ştefan Rădulescu', 'written-report'],
    ]);
  });
});
