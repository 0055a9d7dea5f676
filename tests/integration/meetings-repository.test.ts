import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { auditRecordType } from '../../shared/domain/audit-vocabulary';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createActionRepository } from '../../renderer/data/repositories/actions';
import { createMeetingRepository, type MeetingInput } from '../../renderer/data/repositories/meetings';
import { defaultAgendaTemplates } from '../../shared/domain/agenda-templates';
import { familyNotYetTold, type MeetingInvitee } from '../../shared/domain/meeting';
import { agendaFromTemplate } from '../../shared/rules/agenda';
import type { Action } from '../../shared/domain/action';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-11-23T09:00:00.000Z');
const now = () => new Date((clock += 1000));
beforeEach(async () => {
  db = new TeamAroundDatabase(`meetings-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAMILY = 'family0000000001';
const practitioner: MeetingInvitee = { kind: 'practitioner', id: 'pract00000000001', name: 'Sam Lee', role: 'School nurse', agency: 'NHS', email: 'sam@example.org' };
const mum: MeetingInvitee = { kind: 'family', id: 'carer00000000001', name: 'Ana Ruiz', role: 'Mum', agency: '', email: '' };

function repos() {
  const audit = createAuditRepository(db, () => 'Tester', now);
  return { audit, meetings: createMeetingRepository(db, audit, now) };
}

function input(over: Partial<MeetingInput> = {}): MeetingInput {
  let id = 0;
  const template = defaultAgendaTemplates().first;
  return {
    kind: 'first',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oakfield Academy',
    place: { kind: 'place', name: 'Oakfield Academy', address: '1 School Lane' },
    privacyNote: 'A private room',
    accessNote: '',
    childAttends: true,
    // Practitioner listed first on purpose: the change log must still put the family first.
    invitees: [practitioner, mum],
    agenda: agendaFromTemplate(template, { meetingKind: 'first', openActions: [], childAttends: true, newId: () => `item${String(++id).padStart(8, '0')}` }),
    ...over,
  };
}

it('creates a meeting with no changes and sequence 0, and audits the creation', async () => {
  const { meetings, audit } = repos();
  const m = await meetings.create(FAMILY, input());
  expect(m.sequence).toBe(0);
  expect(m.changes).toEqual([]);
  expect(m.status).toBe('planned');
  expect(await meetings.get(m.id)).toEqual(m);
  const entries = await audit.forFamily(FAMILY);
  expect(entries.map((e) => [e.action, e.recordType, e.recordId])).toEqual([['create', 'meeting', m.id]]);
});

it('lists a family’s meetings newest first', async () => {
  const { meetings } = repos();
  const a = await meetings.create(FAMILY, input({ startsAt: '2026-12-03T16:00:00+00:00' }));
  const b = await meetings.create(FAMILY, input({ startsAt: '2027-01-14T10:00:00+00:00' }));
  const c = await meetings.create(FAMILY, input({ startsAt: '2026-10-05T16:00:00+01:00' }));
  await meetings.create('family0000000002', input());
  expect((await meetings.forFamily(FAMILY)).map((m) => m.id)).toEqual([b.id, a.id, c.id]);
});

it('records a change with everyone untold, the family first, and increments the sequence when the time changes', async () => {
  const { meetings, audit } = repos();
  const m = await meetings.create(FAMILY, input());
  const moved = await meetings.update(m.id, { startsAt: '2026-12-03T17:00:00+00:00[Europe/London]' });
  expect(moved.sequence).toBe(1);
  expect(moved.changes).toHaveLength(1);
  const [change] = moved.changes;
  expect(change?.what).toBe('The date or time changed from Thursday 3 December 2026 at 4pm to Thursday 3 December 2026 at 5pm');
  expect(change?.told).toEqual([
    { inviteeId: mum.id, name: 'Ana Ruiz', toldAt: null, how: null },
    { inviteeId: practitioner.id, name: 'Sam Lee', toldAt: null, how: null },
  ]);
  expect(familyNotYetTold(moved)).toBe(true);
  expect((await audit.forFamily(FAMILY)).map((e) => e.action)).toEqual(['update', 'create']);
});

it('does not record a change, or bump the sequence, for a privacy note or agenda edit', async () => {
  const { meetings } = repos();
  const m = await meetings.create(FAMILY, input());
  const edited = await meetings.update(m.id, { privacyNote: 'Back room', agenda: null });
  expect(edited.sequence).toBe(0);
  expect(edited.changes).toEqual([]);
});

it('records the place and a cancellation as changes', async () => {
  const { meetings } = repos();
  const m = await meetings.create(FAMILY, input());
  const moved = await meetings.update(m.id, { venue: 'Library', place: { kind: 'place', name: 'Library', address: '' } });
  const cancelled = await meetings.update(m.id, { status: 'cancelled' });
  expect(moved.changes[0]?.what).toBe('The place changed from Oakfield Academy to Library');
  expect(cancelled.sequence).toBe(2);
  expect(cancelled.changes.map((c) => c.what)).toEqual(['The place changed from Oakfield Academy to Library', 'The meeting was cancelled']);
});

it('records who was invited or taken off as a change, the family first and the person taken off told too', async () => {
  const { meetings } = repos();
  const m = await meetings.create(FAMILY, input({ invitees: [mum] }));
  const added = await meetings.update(m.id, { invitees: [mum, practitioner] });
  expect(added.sequence).toBe(1);
  expect(added.changes[0]?.what).toBe('Sam Lee, School nurse, NHS is now invited');
  expect(added.changes[0]?.told.map((t) => t.inviteeId)).toEqual([mum.id, practitioner.id]);
  const removed = await meetings.update(m.id, { invitees: [mum] });
  expect(removed.changes[1]?.what).toBe('Sam Lee, School nurse, NHS is no longer invited');
  expect(removed.changes[1]?.told.map((t) => [t.inviteeId, t.name, t.toldAt])).toEqual([[mum.id, 'Ana Ruiz', null], [practitioner.id, 'Sam Lee', null]]);
  const told = await meetings.markTold(m.id, removed.changes[1]?.id ?? '', practitioner.id, 'phone');
  expect(told.changes[1]?.told[1]).toMatchObject({ name: 'Sam Lee', how: 'phone' });
  const cancelled = await meetings.update(m.id, { status: 'cancelled', cancelReason: 'Ana is unwell' });
  expect(cancelled.cancelReason).toBe('Ana is unwell');
  expect(cancelled.changes[2]?.what).toBe('The meeting was cancelled. The reason: Ana is unwell');
});

it('marks people told with how and when; the reminder goes once every family member is told', async () => {
  const { meetings } = repos();
  const m = await meetings.create(FAMILY, input());
  const moved = await meetings.update(m.id, { startsAt: '2026-12-04T16:00:00+00:00' });
  const changeId = moved.changes[0]?.id ?? '';
  const practitionerTold = await meetings.markTold(m.id, changeId, practitioner.id, 'email');
  expect(familyNotYetTold(practitionerTold)).toBe(true);
  const familyTold = await meetings.markTold(m.id, changeId, mum.id, 'phone');
  expect(familyNotYetTold(familyTold)).toBe(false);
  expect(familyTold.changes[0]?.told[0]).toMatchObject({ inviteeId: mum.id, how: 'phone' });
  expect(familyTold.changes[0]?.told[0]?.toldAt).toMatch(/^2026-11-23T/);
  await expect(meetings.markTold(m.id, changeId, 'nobody0000000000', 'phone')).rejects.toThrow('no longer on this meeting');
});

it('refuses a meeting that is not valid and writes nothing', async () => {
  const { meetings } = repos();
  await expect(meetings.create(FAMILY, input({ lengthMinutes: 5 }))).rejects.toThrow('not valid');
  await expect(meetings.create(FAMILY, input({ startsAt: 'not a time' }))).rejects.toThrow('not valid');
  expect(await db.meetings.count()).toBe(0);
  expect(await db.audit.count()).toBe(0);
});

it('reads a meeting stored before planning existed, with defaults, and can change it', async () => {
  const { meetings } = repos();
  const old = {
    id: 'm1m1m1m1m1m1m1m1',
    familyId: FAMILY,
    kind: 'first' as const,
    startsAt: '2026-10-05T16:00:00+01:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oakfield Academy, family room',
    notes: 'Órla drew her family.',
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-05T17:05:00.000Z',
  };
  await db.meetings.put(old);
  const read = await meetings.get(old.id);
  expect(read).toMatchObject({ ...old, place: null, privacyNote: '', accessNote: '', childAttends: false, invitees: [], agenda: null, status: 'planned', sequence: 0, changes: [] });
  expect((await meetings.forFamily(FAMILY)).map((m) => m.id)).toEqual([old.id]);
  const cancelled = await meetings.update(old.id, { status: 'cancelled' });
  expect(cancelled.sequence).toBe(1);
  expect(cancelled.notes).toBe(old.notes);
});

it('audits an invitation export with the invitee ids as recipients', async () => {
  const { meetings, audit } = repos();
  const m = await meetings.create(FAMILY, input());
  await meetings.recordExport(m, [mum.id], auditRecordType.invitation('pdf'));
  const [entry] = await audit.forFamily(FAMILY);
  expect(entry).toMatchObject({ action: 'export', recordType: 'meeting-invitation/pdf', recordId: m.id, recipients: [mum.id] });
});

it('a review agenda built from the family’s actions carries the open actions from earlier meetings', async () => {
  const { meetings } = repos();
  const actions = createActionRepository(db);
  const first = await meetings.create(FAMILY, input());
  const base: Action = {
    id: 'action0000000001', familyId: FAMILY, meetingId: first.id, childId: null, what: 'Book a GP appointment', ownerName: 'Mum',
    dueDate: '2026-12-20', howWeWillKnow: '', status: 'in-progress', note: '', createdAt: '2026-12-03T17:00:00.000Z', updatedAt: '2026-12-03T17:00:00.000Z',
  };
  await actions.saveMany([base, { ...base, id: 'action0000000002', status: 'done', what: 'Done already' }]);
  let id = 0;
  const agenda = agendaFromTemplate(defaultAgendaTemplates().review, {
    meetingKind: 'review',
    openActions: await actions.forFamily(FAMILY),
    childAttends: false,
    newId: () => `rev${String(++id).padStart(9, '0')}`,
  });
  const review = await meetings.create(FAMILY, input({ kind: 'review', agenda, startsAt: '2027-03-04T16:00:00+00:00' }));
  const item = review.agenda?.items.find((i) => i.kind === 'action-review');
  expect(item?.actionIds).toEqual(['action0000000001']);
});
