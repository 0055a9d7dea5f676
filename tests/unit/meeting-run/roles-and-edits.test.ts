import { describe, expect, it } from 'vitest';
import { meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { loadDefaultGlossary } from '../../../shared/rules/glossary';
import {
  addJoinedOnTheDay,
  addListEntry,
  addScalingAnswer,
  addScalingForEveryoneWhoCame,
  changeScalingAnswer,
  checkJoinedPerson,
  removeJoinedOnTheDay,
  removeListEntry,
  restoreListEntry,
  scalingName,
  setAttendance,
  setListEntry,
} from '../../../shared/rules/meeting-run/record-edits';
import { describeRecordProblem } from '../../../shared/rules/meeting-run/record-problems';
import { roleExplanation, roleWords } from '../../../shared/rules/meeting-run/roles';
import { newMeetingRecord } from '../../../shared/rules/meeting-run/start-record';
import { meeting, people } from './fixtures';

const glossary = loadDefaultGlossary();
const fresh = (): MeetingRecord => newMeetingRecord(meeting(), people, '2026-12-03T16:00:00.000Z');

describe('roles in plain words', () => {
  it('spells out an abbreviation and names the agency', () => {
    expect(roleWords({ kind: 'practitioner', role: 'DSL', agency: 'Oak Primary School' }, glossary)).toBe('DSL (Designated Safeguarding Lead) at Oak Primary School');
    expect(roleWords({ kind: 'practitioner', role: 'Class teacher', agency: '' }, glossary)).toBe('Class teacher');
  });

  it('says something plain when no role was given', () => {
    expect(roleWords({ kind: 'family', role: ' ', agency: '' }, glossary)).toBe('Family member');
    expect(roleWords({ kind: 'child', role: '', agency: '' }, glossary)).toBe('Child or young person');
  });

  it('explains a role the glossary knows, and nothing for one it does not', () => {
    expect(roleExplanation({ role: 'school nurse' }, glossary)).toBe(glossary.terms.find((t) => t.term === 'School nurse')?.plain);
    expect(roleExplanation({ role: 'Mum' }, glossary)).toBeNull();
  });
});

describe('attendance', () => {
  it('records what each person did', () => {
    const record = setAttendance(fresh(), 'pract-000001', 'apologies');
    expect(record.attendees.map((a) => a.attendance)).toEqual([null, null, 'apologies']);
  });

  it('asks for a name and a role for someone who joined on the day', () => {
    expect(checkJoinedPerson({ name: '  ', role: 'Aunt', agency: '', kind: 'family' })).toEqual({ ok: false, field: 'name', message: 'Enter the name of the person who joined' });
    expect(checkJoinedPerson({ name: 'Rosa Diaz', role: '', agency: '', kind: 'family' })).toEqual({
      ok: false,
      field: 'role',
      message: 'Say who Rosa Diaz is, in plain words, for example “Aunt” or “Youth worker”',
    });
    expect(checkJoinedPerson({ name: ' Rosa Diaz ', role: ' Aunt ', agency: '', kind: 'family' })).toEqual({ ok: true, person: { name: 'Rosa Diaz', role: 'Aunt', agency: '', kind: 'family' } });
  });

  it('adds someone who joined on the day as having come, and can take them off again; invited people stay', () => {
    const record = addJoinedOnTheDay(fresh(), 'joined-000001', { name: 'Rosa Diaz', role: 'Aunt', agency: '', kind: 'family' });
    expect(record.attendees.at(-1)).toMatchObject({ id: 'joined-000001', name: 'Rosa Diaz', attendance: 'attended', joinedOnTheDay: true });
    expect(meetingRecordSchema.safeParse(record).success).toBe(true);
    expect(removeJoinedOnTheDay(record, 'joined-000001').attendees).toHaveLength(3);
    expect(removeJoinedOnTheDay(record, 'carer-000001').attendees).toHaveLength(4);
  });
});

describe('the three lists', () => {
  it('adds after the entry where Enter was pressed, edits and removes', () => {
    let record = addListEntry(fresh(), 'worries', 'entry-00000001');
    record = addListEntry(record, 'worries', 'entry-00000002');
    record = addListEntry(record, 'worries', 'entry-00000003', 'entry-00000001');
    record = setListEntry(record, 'worries', 'entry-00000003', 'Leo is late for school ');
    expect(record.worries.map((e) => [e.id, e.text])).toEqual([
      ['entry-00000001', ''],
      ['entry-00000003', 'Leo is late for school '],
      ['entry-00000002', ''],
    ]);
    expect(removeListEntry(record, 'worries', 'entry-00000001').worries.map((e) => e.id)).toEqual(['entry-00000003', 'entry-00000002']);
    expect(record.goingWell).toEqual([]);
  });

  it('undo puts a removed entry back exactly: same id, same text, same place', () => {
    let record = fresh();
    for (const [id, text] of [
      ['entry-00000001', 'Leo loves football club'],
      ['entry-00000002', 'Ana walks him to school'],
      ['entry-00000003', 'Grandad helps on Fridays'],
    ] as const) {
      record = setListEntry(addListEntry(record, 'goingWell', id), 'goingWell', id, text);
    }
    const removed = record.goingWell[1];
    if (!removed) throw new Error('no entry');
    const without = removeListEntry(record, 'goingWell', removed.id);
    const back = restoreListEntry(without, 'goingWell', removed, 1);
    expect(back.goingWell).toEqual(record.goingWell);
    // A second undo adds nothing.
    expect(restoreListEntry(back, 'goingWell', removed, 1)).toBe(back);
    // The other lists are untouched.
    expect(back.worries).toBe(record.worries);
  });

  it('undo after the list got shorter puts the entry at the end, and never before the start', () => {
    let record = fresh();
    record = setListEntry(addListEntry(record, 'worries', 'entry-00000001'), 'worries', 'entry-00000001', 'Mondays');
    const entry = { id: 'entry-00000009', text: 'Sleep' };
    expect(restoreListEntry(record, 'worries', entry, 5).worries.map((e) => e.id)).toEqual(['entry-00000001', 'entry-00000009']);
    expect(restoreListEntry(record, 'worries', entry, -2).worries.map((e) => e.id)).toEqual(['entry-00000009', 'entry-00000001']);
  });
});

describe('scaling', () => {
  it('adds an answer for each person who came and has none yet, once', () => {
    let n = 0;
    const id = () => `answer-${String(++n).padStart(6, '0')}`;
    let record = setAttendance(setAttendance(fresh(), 'carer-000001', 'attended'), 'pract-000001', 'attended');
    record = addScalingForEveryoneWhoCame(record, id);
    expect(record.scaling.map((s) => [s.attendeeId, s.name, s.score])).toEqual([
      ['carer-000001', 'Ana Ruiz', null],
      ['pract-000001', 'Sam Lee', null],
    ]);
    expect(addScalingForEveryoneWhoCame(record, id)).toBe(record);
  });

  it('names an answer by its attendee, or by the name typed in', () => {
    let record = addScalingAnswer(fresh(), 'answer-000001');
    record = changeScalingAnswer(record, 'answer-000001', { name: 'Grandad', score: 7, reason: 'Things are calmer at home' });
    const [answer] = record.scaling;
    expect(answer && scalingName(record, answer)).toBe('Grandad');
    expect(answer?.score).toBe(7);
    record = changeScalingAnswer(record, 'answer-000001', { attendeeId: 'carer-000001' });
    expect(record.scaling[0] && scalingName(record, record.scaling[0])).toBe('Ana Ruiz');
  });
});

describe('why a record could not be saved', () => {
  it('names the part that is too long', () => {
    const record = { ...fresh(), familyViews: 'x'.repeat(100_001) };
    const result = meetingRecordSchema.safeParse(record);
    expect(result.success).toBe(false);
    if (!result.success) expect(describeRecordProblem(result.error)).toBe('The family’s views is too long to save. Make it shorter: what you typed is still on screen.');
  });
});
