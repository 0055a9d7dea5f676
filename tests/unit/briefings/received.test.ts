import { describe, expect, it } from 'vitest';
import { sealBriefing } from '../../../shared/briefing/file-format';
import {
  alreadyHereMessage,
  briefingRowSchema,
  briefingSections,
  checkRelation,
  compareWithStored,
  defaultAgendaItemId,
  isBriefingRow,
  itemShownBeside,
  toReceivedReport,
  type BriefingRow,
} from '../../../shared/briefing/received';
import type { AgendaItem } from '../../../shared/domain/agenda';
import { markReportAuthors } from '../../../shared/rules/report-attendance';
import { filledBody, filledBriefing, IDS, request } from './fixtures';

function row(over: Partial<BriefingRow> = {}): BriefingRow {
  return briefingRowSchema.parse({
    id: IDS.briefing,
    familyId: IDS.family,
    meetingId: IDS.meeting,
    agendaItemId: null,
    receivedAt: '2026-11-24T09:00:00.000Z',
    fileName: 'Leo Ruiz school briefing.tabriefing',
    briefing: sealBriefing(filledBody()),
    ...over,
  });
}

describe('a received briefing as the meeting reads it', () => {
  it('maps to a ReceivedReport with every section the author wrote, in order, the child’s words marked', () => {
    const report = toReceivedReport(row());
    expect(report).toMatchObject({
      id: IDS.briefing,
      meetingId: IDS.meeting,
      childId: IDS.child,
      agendaItemId: null,
      kind: 'school-briefing',
      author: { name: 'Kim Wu', role: 'SENCO (special educational needs co-ordinator)', agency: 'Oak Lane Primary School', practitionerId: IDS.practitioner },
      writtenOn: '2026-11-23',
      receivedAt: '2026-11-24T09:00:00.000Z',
    });
    expect(report.sections.map((s) => s.heading)).toEqual([
      'Attendance',
      'Progress in learning',
      'Behaviour',
      'Wellbeing',
      'Special educational needs support',
      'What is going well',
      'What worries the school',
      'What school has already done, and what difference it made',
      'What the child has said in school, in their own words',
      'How and when they said it',
      'What school can offer next',
    ]);
    expect(report.sections[0]?.text).toBe(
      // The persistent absence is said of the autumn term, where it is, not after the summer term's line.
      'Autumn term 2026: Attended 105 of 120 sessions (87.5%). Missed 15 sessions (12.5%). Late for 6 sessions: 5.7% of the sessions attended. This counts as persistent absence.\n' +
        'Summer term 2026: Attended 124 of 130 sessions (95.4%). Missed 6 sessions (4.6%). Not late for any sessions.\n' +
        'Persistent absence means missing 1 in every 10 school sessions or more; a session is a morning or an afternoon. Missing this much school makes it harder to keep up with learning and friendships.',
    );
    expect(report.sections[1]?.text).toBe('Below what is expected for their age. Reading is about a year behind.\nMaths is close to where we expect.');
    const words = report.sections.find((s) => s.childsOwnWords);
    expect(words).toEqual({
      heading: 'What the child has said in school, in their own words',
      text: 'I like school when Mr Patel does experiments. Mornings are hard because Mum is poorly.',
      childsOwnWords: true,
    });
    expect(report.sections.filter((s) => s.childsOwnWords)).toHaveLength(1);
  });

  it('leaves out empty sections and uses a written report’s own headings', () => {
    const body = filledBody({ kind: 'written-report', sections: { ...filledBriefing().sections, behaviour: '', childsWords: '', childsWordsHow: '' } });
    const headings = briefingSections(body).map((s) => s.heading);
    expect(headings).toEqual([
      'How the child is doing',
      'Wellbeing',
      'Special educational needs or other support',
      'What is going well',
      'What worries us',
      'What our service has already done, and what difference it made',
      'What our service can offer next',
    ]);
  });

  it('marks its author as having sent a written report in attendance, matched by directory id', () => {
    const attendees = [
      { id: IDS.practitioner, kind: 'practitioner' as const, name: 'Mrs K. Wu', role: 'SENCO', agency: 'Oak Lane', attendance: null, joinedOnTheDay: false },
    ];
    expect(markReportAuthors(attendees, [toReceivedReport(row())])[0]?.attendance).toBe('written-report');
  });
});

describe('whether a file belongs to this meeting and child', () => {
  const file = sealBriefing(filledBody());
  const facts = { meetingId: IDS.meeting, namedMeeting: { id: IDS.meeting, label: 'first meeting on Thursday 3 December 2026 at 4pm' }, children: [{ id: IDS.child }] };

  it('accepts the meeting and a child in the family', () => {
    expect(checkRelation(file, facts)).toEqual({ ok: true });
  });

  it('refuses a meeting not on this computer, another meeting, or a child not in the family', () => {
    expect(checkRelation(file, { ...facts, meetingId: 'meeting000000000000000000000009', namedMeeting: null })).toMatchObject({
      ok: false,
      problem: 'unknown-meeting',
      message: expect.stringContaining('a meeting that is not in Team Around on this computer'),
    });
    expect(checkRelation(file, { ...facts, meetingId: 'meeting000000000000000000000009' })).toEqual({
      ok: false,
      problem: 'other-meeting',
      message: 'This briefing is for a different meeting: the first meeting on Thursday 3 December 2026 at 4pm. Nothing was brought in. Bring it in from that meeting’s Briefings page.',
    });
    expect(checkRelation(file, { ...facts, children: [{ id: IDS.otherChild }] })).toMatchObject({ ok: false, problem: 'unknown-child' });
  });
});

describe('the same briefing brought in twice', () => {
  it('is the same, or a changed version, or new', () => {
    const file = sealBriefing(filledBody());
    expect(compareWithStored(file, undefined)).toEqual({ state: 'new' });
    expect(compareWithStored(file, row())).toEqual({ state: 'same', receivedAt: '2026-11-24T09:00:00.000Z' });
    const changed = sealBriefing(filledBody({ sections: { ...filledBriefing().sections, worries: 'Fewer worries now.' } }));
    expect(compareWithStored(changed, row())).toEqual({ state: 'changed', receivedAt: '2026-11-24T09:00:00.000Z' });
    expect(alreadyHereMessage('2026-11-23T23:30:00.000Z')).toBe('This briefing is already here: it was brought in on 23 November 2026. Nothing was changed.');
    expect(alreadyHereMessage('2026-06-30T23:30:00.000Z')).toBe('This briefing is already here: it was brought in on 1 July 2026. Nothing was changed.');
  });

  it('a stored row is checked against its checksum too (the backup check)', () => {
    expect(isBriefingRow(row())).toBe(true);
    const r = row();
    expect(isBriefingRow({ ...r, briefing: { ...r.briefing, content: { ...r.briefing.content, worries: 'changed' } } })).toBe(false);
    expect(isBriefingRow({ ...r, id: 'another0000000001' })).toBe(false);
    expect(isBriefingRow({ id: IDS.briefing })).toBe(false);
  });
});

describe('which agenda item a report goes beside', () => {
  const item = (id: string, title: string): AgendaItem => ({ id, title, description: '', minutes: 5, childAttends: false, kind: 'standard' });
  it('is the updates item, else the first item', () => {
    expect(defaultAgendaItemId({ items: [item('a1234567', 'Welcome and introductions'), item('b1234567', 'Updates from each service')] })).toBe('b1234567');
    expect(defaultAgendaItemId({ items: [item('a1234567', 'Welcome'), item('c1234567', 'What has happened since we last met')] })).toBe('c1234567');
    expect(defaultAgendaItemId({ items: [item('a1234567', 'Welcome'), item('c1234567', 'The plan')] })).toBe('a1234567');
    expect(defaultAgendaItemId(null)).toBeNull();
    expect(defaultAgendaItemId({ items: [] })).toBeNull();
  });

  it('falls back to the first item when its own item has gone from the agenda', () => {
    const agenda = { items: [item('a1234567', 'Welcome'), item('b1234567', 'Updates')] };
    expect(itemShownBeside('b1234567', agenda)).toBe('b1234567');
    expect(itemShownBeside('gone00000', agenda)).toBe('a1234567');
    expect(itemShownBeside(null, agenda)).toBe('a1234567');
  });
});

it('the request names the meeting and child the file carries', () => {
  expect(sealBriefing(filledBody()).request).toEqual({ meetingId: request().meetingId, childId: request().childId });
});
