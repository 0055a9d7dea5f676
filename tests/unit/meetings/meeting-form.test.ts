import { describe, expect, it } from 'vitest';
import { checkDraft, draftFromQuery, EMPTY_DRAFT, isMeetingDraft, londonStart, splitStart, withKind } from '../../../renderer/features/meetings/meeting-form';
import { agendaMinutes } from '../../../shared/rules/agenda-length';
import { childAttendance, fileStem, invitationVenue } from '../../../renderer/features/meetings/invitation-input';
import type { FamilyRecord } from '../../../shared/domain/family-record';

const family = {
  id: 'family0000000001',
  familyName: 'Ruiz family',
  households: [{ id: 'home000000000001', label: '', address: { line1: '1 Road', line2: '', town: 'Leeds', postcode: 'LS1 1AA' }, phone: '', carerIds: [], childIds: [] }],
  carers: [{ id: 'mum0000000000001', name: 'Ana Ruiz', relationship: 'Mum', email: 'ana@example.org' }],
  children: [{ id: 'leo0000000000001', name: 'Leo Ruiz', preferredName: '', email: '' }],
} as unknown as FamilyRecord;

describe('times', () => {
  it('turns a London date and time into an instant with the right offset either side of the clock change', () => {
    expect(londonStart('03/12/2026', '16:00')).toEqual({ ok: true, startsAt: '2026-12-03T16:00:00+00:00[Europe/London]' });
    expect(londonStart('1/7/2026', '9:30')).toEqual({ ok: true, startsAt: '2026-07-01T09:30:00+01:00[Europe/London]' });
    expect(londonStart('31/02/2026', '16:00')).toMatchObject({ ok: false, field: 'date' });
    expect(londonStart('03/12/2026', '4pm')).toMatchObject({ ok: false, field: 'time' });
  });

  it('splits an instant back into London date and time', () => {
    expect(splitStart('2026-12-03T16:00:00+00:00')).toEqual({ date: '03/12/2026', time: '16:00' });
    expect(splitStart('2026-07-01T08:30:00Z')).toEqual({ date: '01/07/2026', time: '09:30' });
    expect(splitStart('nonsense')).toBeNull();
  });
});

describe('draftFromQuery', () => {
  it('fills the time, length, child and invitees from a find-a-time link, ignoring anything odd', () => {
    const draft = draftFromQuery(new URLSearchParams('startsAt=2026-12-03T16%3A00%3A00%2B00%3A00&lengthMinutes=60&childAttends=true&invitees=a1,b2,%3Cscript%3E,a1'));
    expect(draft).toMatchObject({ date: '03/12/2026', time: '16:00', length: '60', childAttends: 'yes', invitees: ['a1', 'b2'] });
    expect(isMeetingDraft(draft)).toBe(true);
    expect(draftFromQuery(new URLSearchParams('startsAt=junk&lengthMinutes=abc'))).toEqual(EMPTY_DRAFT);
  });
});

describe("the meeting's length follows its agenda", () => {
  it("is the agenda's total for each shipped kind: the first meeting runs 90 minutes, not 60", () => {
    expect(agendaMinutes('first')).toBe(90);
    expect(agendaMinutes('review')).toBe(90);
    expect(agendaMinutes('closing')).toBe(75);
    expect(agendaMinutes('pre-meeting')).toBe(40);
  });

  it('starts empty, and choosing a kind fills in its agenda total', () => {
    expect(EMPTY_DRAFT.length).toBe('');
    expect(withKind(EMPTY_DRAFT, 'first')).toMatchObject({ kind: 'first', length: '90' });
  });

  it('follows a change of kind while nobody has typed a length, and keeps one the chair typed', () => {
    const first = withKind(EMPTY_DRAFT, 'first');
    expect(withKind(first, 'pre-meeting').length).toBe('40');
    expect(withKind({ ...first, length: '120' }, 'pre-meeting').length).toBe('120');
  });

  it('keeps the length a find-a-time link gave, and otherwise uses the kind the link gave', () => {
    const linked = draftFromQuery(new URLSearchParams('lengthMinutes=60'));
    expect(withKind(linked, 'first').length).toBe('60');
    expect(draftFromQuery(new URLSearchParams('kind=closing')).length).toBe('75');
    expect(draftFromQuery(new URLSearchParams('kind=closing&lengthMinutes=45')).length).toBe('45');
    // The area's own agenda (Settings) sets the length for a kind given in the address.
    const area = (k: string) => (k === 'closing' ? 50 : 90);
    expect(draftFromQuery(new URLSearchParams('kind=closing'), area).length).toBe('50');
  });
});

describe('checkDraft', () => {
  it('names every missing answer by its field', () => {
    const result = checkDraft({ ...EMPTY_DRAFT, length: '5' }, family, []);
    expect(result.ok ? [] : result.errors.map((e) => e.fieldId)).toEqual([
      'meeting-kind', 'meeting-date', 'meeting-length', 'meeting-venue', 'meeting-child', 'meeting-family',
    ]);
  });

  it('builds the meeting, with a home named by its household and the family member invited', () => {
    const result = checkDraft(
      { ...EMPTY_DRAFT, kind: 'review', length: '90', date: '03/12/2026', time: '16:00', venueKind: 'home', householdId: 'home000000000001', childAttends: 'no', invitees: ['mum0000000000001'] },
      family,
      [],
    );
    expect(result).toMatchObject({
      ok: true,
      value: { kind: 'review', venue: 'Home 1', place: { kind: 'home', householdId: 'home000000000001' }, childAttends: false, invitees: [{ kind: 'family', id: 'mum0000000000001', name: 'Ana Ruiz', role: 'Mum' }] },
    });
  });
});

describe('invitation input', () => {
  it('says which agenda items the child is there for', () => {
    const item = (title: string, childAttends: boolean) => ({ id: title.padEnd(12, 'x'), title, description: '', minutes: 5, childAttends, kind: 'standard' as const });
    const agenda = { meetingKind: 'first' as const, items: [item('Welcome', true), item('Worries', false)] };
    expect(childAttendance({ childAttends: true, agenda }, family)).toEqual([{ childId: 'leo0000000000001', attends: 'part', items: ['Welcome'] }]);
    expect(childAttendance({ childAttends: false, agenda }, family)).toEqual([{ childId: 'leo0000000000001', attends: 'no' }]);
  });

  it('falls back to the old one-line venue, and makes safe file names', () => {
    expect(invitationVenue({ place: null, venue: 'Oakfield Academy' })).toEqual({ kind: 'place', name: 'Oakfield Academy', address: '' });
    expect(fileStem('Ruiz/family', { kind: 'first', startsAt: '2026-12-03T16:00:00+00:00' }, 'Ana: Ruiz')).toBe('Ruizfamily-first-meeting-2026-12-03-Ana-Ruiz');
  });
});
