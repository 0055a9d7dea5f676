import { describe, expect, it } from 'vitest';
import { describeChanges, familyNotYetTold, inviteesFamilyFirst, markToldIn, meetingSchema, newChange, readMeeting, type MeetingInvitee } from '../../../shared/domain/meeting';
import { meetingTimeWords } from '../../../shared/time/london';
import v3 from '../../fixtures/schema/v3.json';

const nurse: MeetingInvitee = { kind: 'practitioner', id: 'nurse00000000001', name: 'Sam', role: 'School nurse', agency: 'NHS', email: '' };
const mum: MeetingInvitee = { kind: 'family', id: 'mum0000000000001', name: 'Ana', role: 'Mum', agency: '', email: '' };
const dad: MeetingInvitee = { kind: 'family', id: 'dad0000000000001', name: 'Luis', role: 'Dad', agency: '', email: '' };

describe('meetingSchema', () => {
  it('reads every meeting in the v3 migration fixture with defaults for the newer fields', () => {
    const rows = (v3 as unknown as { tables: { meetings: unknown[] } }).tables.meetings;
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const m = readMeeting(row);
      expect(m).toMatchObject({ place: null, invitees: [], agenda: null, status: 'planned', sequence: 0, changes: [], childAttends: false });
    }
  });

  it('refuses a told entry with an unknown way of telling', () => {
    const base = meetingSchema.parse({
      id: 'meeting000000001', familyId: 'family0000000001', kind: 'first', startsAt: '2026-12-03T16:00:00+00:00', lengthMinutes: 60, venue: '', notes: '', createdAt: '', updatedAt: '',
    });
    const bad = { ...base, changes: [{ id: 'change0000000001', at: '', what: 'x', told: [{ inviteeId: mum.id, toldAt: 'now', how: 'pigeon' }] }] };
    expect(meetingSchema.safeParse(bad).success).toBe(false);
  });
});

describe('changes', () => {
  const before = { startsAt: '2026-12-03T16:00:00+00:00[Europe/London]', lengthMinutes: 60, venue: 'School', place: null, status: 'planned' as const };

  it('puts the family first, in the order they were invited', () => {
    expect(inviteesFamilyFirst([nurse, mum, dad]).map((i) => i.id)).toEqual([mum.id, dad.id, nurse.id]);
    expect(newChange('c', 'at', 'what', [nurse, mum]).told.map((t) => t.inviteeId)).toEqual([mum.id, nurse.id]);
  });

  it('describes what invitees need to know, and nothing when the same instant is written differently', () => {
    expect(describeChanges(before, { ...before, startsAt: '2026-12-03T16:00:00Z' }, meetingTimeWords)).toEqual([]);
    expect(describeChanges(before, { ...before, status: 'cancelled', venue: 'Library', lengthMinutes: 90 }, meetingTimeWords)).toEqual([
      'The meeting was cancelled',
      'The length changed from 60 to 90 minutes',
      'The place changed from School to Library',
    ]);
  });

  it('describes who was invited or taken off, and a cancellation with its reason', () => {
    const planned = { ...before, invitees: [mum, nurse] };
    expect(describeChanges(planned, { ...planned, invitees: [mum, dad] }, meetingTimeWords)).toEqual(['Luis is now invited', 'Sam, School nurse, NHS is no longer invited']);
    expect(describeChanges(planned, { ...planned, status: 'cancelled', cancelReason: 'Ana is unwell.' }, meetingTimeWords)).toEqual(['The meeting was cancelled. The reason: Ana is unwell']);
    expect(describeChanges(planned, { ...planned, invitees: [nurse, mum] }, meetingTimeWords)).toEqual([]);
  });

  it('tells someone taken off the meeting too, after the family, by name', () => {
    const change = newChange('c', 'at', 'Sam is no longer invited', [dad], [nurse]);
    expect(change.told.map((t) => [t.inviteeId, t.name])).toEqual([[dad.id, 'Luis'], [nurse.id, 'Sam']]);
  });

  it('shows the reminder until every family member on every change is told', () => {
    const meeting = { invitees: [nurse, mum, dad], changes: [newChange('change000001', 'at', 'moved', [nurse, mum, dad])] };
    expect(familyNotYetTold(meeting)).toBe(true);
    const parsed = meetingSchema.parse({
      id: 'meeting000000001', familyId: 'family0000000001', kind: 'first', startsAt: before.startsAt, lengthMinutes: 60, venue: '', notes: '', createdAt: '', updatedAt: '', ...meeting,
    });
    const oneTold = markToldIn(parsed, 'change000001', mum.id, 'phone', '2026-11-23T10:00:00Z');
    expect(familyNotYetTold(oneTold)).toBe(true);
    const allTold = markToldIn(oneTold, 'change000001', dad.id, 'text', '2026-11-23T10:05:00Z');
    expect(familyNotYetTold(allTold)).toBe(false);
    expect(allTold.changes[0]?.told).toEqual([
      { inviteeId: mum.id, name: 'Ana', toldAt: '2026-11-23T10:00:00Z', how: 'phone' },
      { inviteeId: dad.id, name: 'Luis', toldAt: '2026-11-23T10:05:00Z', how: 'text' },
      { inviteeId: nurse.id, name: 'Sam', toldAt: null, how: null },
    ]);
  });
});
