import { describe, expect, it } from 'vitest';
import { actionSchema, type Action } from '../../../shared/domain/action';
import { MAX_RECORD_TEXT, meetingRecordSchema, type MeetingRecord } from '../../../shared/domain/meeting-record';
import { problemAt, splitAction, splitMeetingRecord } from '../../../shared/rules/meeting-run/saveable';

const saved: MeetingRecord = meetingRecordSchema.parse({
  id: 'meeting-0001',
  familyId: 'family-0001',
  startedAt: '2026-11-23T10:00:00Z',
  updatedAt: '2026-11-23T10:00:00Z',
  itemNotes: [
    { itemId: 'item-welcome', notes: 'Everyone introduced themselves.' },
    { itemId: 'item-updates', notes: '' },
  ],
  goingWell: [{ id: 'entry-0001', text: 'Leo is at school every day' }],
});

const tooLongNote = 'a'.repeat(MAX_RECORD_TEXT + 1);

const action: Action = actionSchema.parse({
  id: 'action-0001',
  familyId: 'family-0001',
  meetingId: 'meeting-0001',
  childId: null,
  what: 'Take Leo to the dentist',
  ownerName: 'Ana Ruiz',
  dueDate: '2026-12-10',
  howWeWillKnow: '',
  status: 'not-started',
  note: '',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
});

describe('splitting a record into what can be saved and the fields that cannot', () => {
  it('passes a record that is fine through untouched', () => {
    const typed = { ...saved, familyViews: 'Mum says mornings are better.' };
    const split = splitMeetingRecord(typed, saved);
    expect(split.problems).toEqual([]);
    expect(split.saveable).toBe(typed);
  });

  it('keeps an over-long note at its last saved value and saves everything else', () => {
    const typed: MeetingRecord = {
      ...saved,
      itemNotes: [{ ...saved.itemNotes[0]!, notes: tooLongNote }, { ...saved.itemNotes[1]!, notes: 'Nurse: Leo’s hearing test is booked.' }],
      familyViews: 'Mum says mornings are better.',
    };
    const split = splitMeetingRecord(typed, saved);
    expect(split.problems).toEqual([
      { path: ['itemNotes', 0, 'notes'], message: 'This note is longer than 100,000 characters. Shorten it to save it: everything else is being saved.' },
    ]);
    expect(split.saveable.itemNotes[0]?.notes).toBe('Everyone introduced themselves.');
    expect(split.saveable.itemNotes[1]?.notes).toBe('Nurse: Leo’s hearing test is booked.');
    expect(split.saveable.familyViews).toBe('Mum says mornings are better.');
    expect(meetingRecordSchema.safeParse(split.saveable).success).toBe(true);
    // What was typed is not changed: the screen keeps it.
    expect(typed.itemNotes[0]?.notes).toBe(tooLongNote);
  });

  it('leaves out a new list entry that is too long, and keeps an old one at its saved words', () => {
    const typed: MeetingRecord = {
      ...saved,
      goingWell: [
        { id: 'entry-0001', text: 'x'.repeat(4001) },
        { id: 'entry-0002', text: 'y'.repeat(4001) },
        { id: 'entry-0003', text: 'Dad reads with Leo at bedtime' },
      ],
    };
    const split = splitMeetingRecord(typed, saved);
    expect(split.problems.map((p) => p.path)).toEqual([
      ['goingWell', 0, 'text'],
      ['goingWell', 1, 'text'],
    ]);
    expect(problemAt(split.problems, 'goingWell', 1, 'text')).toBe('This entry is longer than 4,000 characters. Shorten it to save it: everything else is being saved.');
    expect(split.saveable.goingWell).toEqual([
      { id: 'entry-0001', text: 'Leo is at school every day' },
      { id: 'entry-0003', text: 'Dad reads with Leo at bedtime' },
    ]);
  });

  it('matches entries by id, not place, when one was removed before the over-long one', () => {
    const before = { ...saved, worries: [{ id: 'worry-0001', text: 'Late to school' }, { id: 'worry-0002', text: 'Sleep' }] };
    const typed = { ...before, worries: [{ id: 'worry-0002', text: 'z'.repeat(4001) }] };
    const split = splitMeetingRecord(typed, before);
    expect(split.saveable.worries).toEqual([{ id: 'worry-0002', text: 'Sleep' }]);
  });

  it('names a date that is not real, and keeps the saved one', () => {
    const typed: Action = { ...action, dueDate: '2026-02-30', note: 'Booked for the morning' };
    const split = splitAction(typed, action);
    expect(split.problems).toEqual([{ path: ['dueDate'], message: 'This date is not a real date. Correct it to save it: everything else is being saved.' }]);
    expect(split.saveable.dueDate).toBe('2026-12-10');
    expect(split.saveable.note).toBe('Booked for the morning');
  });

  it('handles several fields at once, each named, with the rest saved', () => {
    const typed: MeetingRecord = {
      ...saved,
      familyViews: tooLongNote,
      itemNotes: [saved.itemNotes[0]!, { ...saved.itemNotes[1]!, notes: tooLongNote }],
      goingWell: [{ id: 'entry-0001', text: 'Leo is at school every day and loves it' }, { id: 'entry-0009', text: 'q'.repeat(5000) }],
      outcome: { ...saved.outcome, nextReviewDate: '2027-13-01', reasons: 'Things are better.' },
      scalingQuestion: 'How worried are we?',
    };
    const split = splitMeetingRecord(typed, saved);
    expect(split.problems.map((p) => p.path.join('.'))).toEqual(['itemNotes.1.notes', 'familyViews', 'goingWell.1.text', 'outcome.nextReviewDate']);
    expect(problemAt(split.problems, 'familyViews')).toMatch(/^What the family says is longer than 100,000 characters/);
    expect(problemAt(split.problems, 'outcome', 'nextReviewDate')).toMatch(/^This date is not a real date/);
    expect(split.saveable.familyViews).toBe('');
    expect(split.saveable.itemNotes[1]?.notes).toBe('');
    expect(split.saveable.goingWell).toEqual([{ id: 'entry-0001', text: 'Leo is at school every day and loves it' }]);
    expect(split.saveable.outcome).toEqual({ ...saved.outcome, reasons: 'Things are better.' });
    expect(split.saveable.scalingQuestion).toBe('How worried are we?');
    expect(meetingRecordSchema.safeParse(split.saveable).success).toBe(true);
  });

  it('keeps a list with too many entries at its saved length', () => {
    const typed = { ...saved, needsToHappen: Array.from({ length: 101 }, (_, i) => ({ id: `need-${i}`, text: 'More sleep' })) };
    const split = splitMeetingRecord(typed, saved);
    expect(split.problems).toEqual([{ path: ['needsToHappen'], message: 'This list has more than 100 entries. Remove some to save it: everything else is being saved.' }]);
    expect(split.saveable.needsToHappen).toEqual([]);
  });
});
