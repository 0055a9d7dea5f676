import { describe, expect, it } from 'vitest';
import { meetingRecordSchema } from '../../../shared/domain/meeting-record';
import { alignRecord, newMeetingRecord } from '../../../shared/rules/meeting-run/start-record';
import { item, meeting, mum, people } from './fixtures';

const AT = '2026-12-03T16:01:00.000Z';

describe('starting the record of a meeting', () => {
  it('lists everyone invited with nothing recorded yet, family first, then the child, then practitioners', () => {
    const record = newMeetingRecord(meeting(), people, AT);
    expect(record.attendees.map((a) => [a.name, a.kind, a.role, a.attendance, a.joinedOnTheDay])).toEqual([
      ['Ana Ruiz', 'family', 'Mum', null, false],
      ['Leo', 'child', 'Child or young person', null, false],
      ['Sam Lee', 'practitioner', 'School nurse', null, false],
    ]);
    expect(record.attendees[2]?.agency).toBe('NHS');
  });

  it('has one empty set of notes per agenda item, in the agenda order, and is a valid record', () => {
    const record = newMeetingRecord(meeting(), people, AT);
    expect(record.itemNotes.map((n) => n.itemId)).toEqual(['item-welcome', 'item-voice', 'item-plan']);
    expect(record.itemNotes.every((n) => n.notes === '' && n.secondsTaken === 0 && n.runningSince === null)).toBe(true);
    expect(record).toMatchObject({ id: 'meeting-0001', familyId: 'family-0001', status: 'in-progress', startedAt: AT, finishedAt: null });
    expect(meetingRecordSchema.safeParse(record).success).toBe(true);
  });

  it('starts with no notes at all for a meeting without an agenda', () => {
    expect(newMeetingRecord(meeting({ agenda: null }), people, AT).itemNotes).toEqual([]);
  });
});

describe('bringing a started record up to date with the meeting', () => {
  it('gives back the very same record when nothing changed', () => {
    const record = newMeetingRecord(meeting(), people, AT);
    expect(alignRecord(record, meeting(), people)).toBe(record);
  });

  it('adds a newly invited person and a new agenda item without touching what was typed', () => {
    const record = newMeetingRecord(meeting({ invitees: [mum] }), people, AT);
    const typed = { ...record, itemNotes: record.itemNotes.map((n) => (n.itemId === 'item-welcome' ? { ...n, notes: 'Everyone introduced themselves ' } : n)) };
    const changed = meeting();
    const agenda = changed.agenda ? { ...changed.agenda, items: [...changed.agenda.items.slice(0, 1), item('item-new', 'Housing'), ...changed.agenda.items.slice(1)] } : null;
    const aligned = alignRecord(typed, { ...changed, agenda }, people);
    expect(aligned.attendees.map((a) => a.name)).toEqual(['Ana Ruiz', 'Leo', 'Sam Lee']);
    expect(aligned.itemNotes.map((n) => n.itemId)).toEqual(['item-welcome', 'item-new', 'item-voice', 'item-plan']);
    expect(aligned.itemNotes[0]?.notes).toBe('Everyone introduced themselves ');
  });

  it('keeps the notes of an item taken off the agenda, after the others, so nothing typed is lost', () => {
    const record = newMeetingRecord(meeting(), people, AT);
    const typed = { ...record, itemNotes: record.itemNotes.map((n) => (n.itemId === 'item-voice' ? { ...n, notes: 'Leo said he likes football' } : n)) };
    const changed = meeting();
    const agenda = changed.agenda ? { ...changed.agenda, items: changed.agenda.items.filter((i) => i.id !== 'item-voice') } : null;
    const aligned = alignRecord(typed, { ...changed, agenda }, people);
    expect(aligned.itemNotes.map((n) => [n.itemId, n.notes])).toEqual([
      ['item-welcome', ''],
      ['item-plan', ''],
      ['item-voice', 'Leo said he likes football'],
    ]);
  });
});
