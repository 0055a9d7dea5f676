import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createMeetingRecordRepository } from '../../renderer/data/repositories/meeting-records';
import { createMeetingRepository } from '../../renderer/data/repositories/meetings';
import { meetingSchema, type MeetingInvitee, type PlannedMeeting } from '../../shared/domain/meeting';
import type { MeetingRecord } from '../../shared/domain/meeting-record';
import { planSchema, type Plan } from '../../shared/domain/plan';
import { startItem } from '../../shared/rules/meeting-run/item-timer';
import { splitMeetingRecord } from '../../shared/rules/meeting-run/saveable';

let db: TeamAroundDatabase;
let n = 0;
let clock = Date.parse('2026-12-03T16:00:00.000Z');
const now = () => new Date((clock += 1000));
beforeEach(async () => {
  db = new TeamAroundDatabase(`meeting-records-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FAMILY = 'family0000000001';
const mum: MeetingInvitee = { kind: 'family', id: 'carer00000000001', name: 'Ana Ruiz', role: 'Mum', agency: '', email: '' };
const leo: MeetingInvitee = { kind: 'family', id: 'child00000000001', name: 'Leo', role: 'Child or young person', agency: '', email: '' };
const nurse: MeetingInvitee = { kind: 'practitioner', id: 'pract00000000001', name: 'Sam Lee', role: 'School nurse', agency: 'NHS', email: '' };
const people = { childIds: [leo.id] };
const item = (id: string, title: string) => ({ id, title, description: '', minutes: 10, childAttends: false, kind: 'standard' as const });

function repos() {
  const audit = createAuditRepository(db, () => 'Tester', now);
  return { audit, records: createMeetingRecordRepository(db, audit, now), meetings: createMeetingRepository(db, audit, now) };
}

async function planMeeting(over: Partial<PlannedMeeting> = {}): Promise<PlannedMeeting> {
  const meeting = meetingSchema.parse({
    id: 'meeting000000001',
    familyId: FAMILY,
    kind: 'review',
    startsAt: '2026-12-03T16:00:00+00:00[Europe/London]',
    lengthMinutes: 60,
    venue: 'Oakfield Academy',
    notes: '',
    createdAt: '2026-11-20T09:00:00.000Z',
    updatedAt: '2026-11-20T09:00:00.000Z',
    invitees: [nurse, mum, leo],
    agenda: { meetingKind: 'review', items: [item('itemwelcome00001', 'Welcome'), item('itemplan00000001', 'What needs to happen')] },
    ...over,
  });
  await db.meetings.put(meeting);
  return meeting;
}

async function addPlan(over: Partial<Plan> = {}): Promise<Plan> {
  const plan = planSchema.parse({
    id: 'plan000000000001',
    familyId: FAMILY,
    leadProfessional: { name: 'Jo Chair' },
    startDate: '2026-10-01',
    reason: 'Help with getting to school',
    levelOfNeed: 'early-help',
    reviewFrequency: { count: 6, unit: 'weeks' },
    statusHistory: [{ status: 'active', on: '2026-10-01', recordedBy: 'Jo Chair' }],
    createdAt: '2026-10-01T09:00:00.000Z',
    updatedAt: '2026-10-01T09:00:00.000Z',
    ...over,
  });
  await db.plans.put(plan);
  return plan;
}

const auditTrail = async (audit: ReturnType<typeof repos>['audit']) => (await audit.forFamily(FAMILY)).map((e) => [e.action, e.recordType, e.recordId]).reverse();

describe('starting the record', () => {
  it('makes the record from the invitees and agenda, once, and audits only the start', async () => {
    const { records, audit } = repos();
    const meeting = await planMeeting();
    const [first, second] = await Promise.all([records.start(meeting, people), records.start(meeting, people)]);
    expect(first).toEqual(second);
    expect(first.attendees.map((a) => [a.name, a.kind])).toEqual([
      ['Ana Ruiz', 'family'],
      ['Leo', 'child'],
      ['Sam Lee', 'practitioner'],
    ]);
    expect(first.itemNotes.map((n) => n.itemId)).toEqual(['itemwelcome00001', 'itemplan00000001']);
    expect(await db.meetingRecords.count()).toBe(1);
    expect(await auditTrail(audit)).toEqual([['create', 'meeting-record', meeting.id]]);
    expect(await records.get(meeting.id)).toEqual(first);
  });

  it('keeps what was typed when started again, and adds an agenda item added since', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    await records.save({ ...started, familyViews: 'Mum says mornings are hard ' });
    const agenda = meeting.agenda ? { ...meeting.agenda, items: [...meeting.agenda.items, item('itemhousing00001', 'Housing')] } : null;
    const again = await records.start({ ...meeting, agenda }, people);
    expect(again.familyViews).toBe('Mum says mornings are hard ');
    expect(again.itemNotes.map((n) => n.itemId)).toEqual(['itemwelcome00001', 'itemplan00000001', 'itemhousing00001']);
  });
});

describe('saving', () => {
  it('writes exactly what was typed, spaces and all, and lists the family’s records', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    const typed: MeetingRecord = { ...started, worries: [{ id: 'worry00000000001', text: 'Leo is often late ' }] };
    const saved = await records.save(typed);
    expect(saved.updatedAt > started.updatedAt).toBe(true);
    expect((await records.get(meeting.id))?.worries).toEqual([{ id: 'worry00000000001', text: 'Leo is often late ' }]);
    expect((await records.forFamily(FAMILY)).map((r) => r.id)).toEqual([meeting.id]);
    expect(await records.forFamily('family0000000002')).toEqual([]);
  });

  it('refuses a record that is not valid, naming the part, and keeps the stored one', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    await expect(records.save({ ...started, familyViews: 'x'.repeat(100_001) })).rejects.toThrow('The family’s views is too long to save.');
    expect((await records.get(meeting.id))?.familyViews).toBe('');
  });

  it('saves everything else when one field cannot be saved: the screen sends the saveable part (splitMeetingRecord)', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    const first = await records.save({ ...started, familyViews: 'Mum says mornings are better.' });
    const typed: MeetingRecord = {
      ...first,
      familyViews: 'x'.repeat(100_001),
      worries: [{ id: 'worry00000000001', text: 'Leo is often late' }],
      itemNotes: first.itemNotes.map((n, i) => (i === 1 ? { ...n, notes: 'Sam will ring school' } : n)),
    };
    await expect(records.save(typed)).rejects.toThrow();
    const split = splitMeetingRecord(typed, first);
    expect(split.problems.map((p) => p.path)).toEqual([['familyViews']]);
    await records.save(split.saveable);
    const stored = await records.get(meeting.id);
    expect(stored?.familyViews).toBe('Mum says mornings are better.');
    expect(stored?.worries).toEqual([{ id: 'worry00000000001', text: 'Leo is often late' }]);
    expect(stored?.itemNotes[1]?.notes).toBe('Sam will ring school');
  });

  it('refuses to save a record that was never started', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    await db.meetingRecords.clear();
    await expect(records.save(started)).rejects.toThrow('could not be found');
  });

  it('does not audit saves', async () => {
    const { records, audit } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    for (const text of ['M', 'Mu', 'Mum']) await records.save({ ...started, familyViews: text });
    expect(await auditTrail(audit)).toHaveLength(1);
  });
});

describe('finishing', () => {
  it('refuses without a next review date or a closing outcome, with the reason, and changes nothing', async () => {
    const { records, audit } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    expect(await records.finish(meeting.id, null)).toEqual({
      ok: false,
      field: 'nextReviewDate',
      reason: 'Set the date of the next review, or choose “Close the plan” as the outcome, before you finish the meeting.',
    });
    expect(await records.get(meeting.id)).toEqual(started);
    expect(await auditTrail(audit)).toHaveLength(1);
  });

  it('finishes with a next review date, stops the timer and sets the plan’s next review date in the same go', async () => {
    const { records, audit } = repos();
    const meeting = await planMeeting();
    const plan = await addPlan();
    const started = await records.start(meeting, people);
    await records.save({ ...startItem(started, 'itemplan00000001', new Date(clock)), outcome: { ...started.outcome, decision: 'continue', nextReviewDate: '2027-01-14' } });
    const result = await records.finish(meeting.id, plan.id);
    expect(result.ok && result.planUpdated).toBe(true);
    const finished = await records.get(meeting.id);
    expect(finished?.status).toBe('finished');
    expect(finished?.finishedAt).toMatch(/^2026-12-03T16:/);
    expect(finished?.itemNotes.find((n) => n.itemId === 'itemplan00000001')).toMatchObject({ runningSince: null, secondsTaken: 2 });
    expect((await db.plans.get(plan.id))?.nextReviewDate).toBe('2027-01-14');
    expect(await auditTrail(audit)).toEqual([
      ['create', 'meeting-record', meeting.id],
      ['update', 'meeting-record', meeting.id],
      ['update', 'plan', plan.id],
    ]);
  });

  it('finishes a closing meeting without a date and leaves the plan’s review date alone', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const plan = await addPlan({ nextReviewDate: '2027-02-01' });
    const started = await records.start(meeting, people);
    await records.save({ ...started, outcome: { ...started.outcome, decision: 'close', reasons: 'Leo is settled at school' } });
    expect(await records.finish(meeting.id, plan.id)).toMatchObject({ ok: true, planUpdated: false });
    expect((await db.plans.get(plan.id))?.nextReviewDate).toBe('2027-02-01');
  });

  it('never lets a late save reopen a finished meeting, and refuses to finish it twice', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const started = await records.start(meeting, people);
    await records.save({ ...started, outcome: { ...started.outcome, decision: 'close' } });
    await records.finish(meeting.id, null);
    const late = await records.save({ ...started, familyViews: 'typed just before finishing' });
    expect(late.status).toBe('finished');
    expect((await records.get(meeting.id))?.status).toBe('finished');
    expect((await records.get(meeting.id))?.familyViews).toBe('typed just before finishing');
    expect(await records.finish(meeting.id, null)).toEqual({ ok: false, field: 'status', reason: 'This meeting has already been finished.' });
    // Starting a finished meeting's screen again gives the finished record as it is.
    expect((await records.start(meeting, people)).status).toBe('finished');
  });

  it('does not touch another family’s plan', async () => {
    const { records } = repos();
    const meeting = await planMeeting();
    const other = await addPlan({ id: 'plan000000000002', familyId: 'family0000000002' });
    const started = await records.start(meeting, people);
    await records.save({ ...started, outcome: { ...started.outcome, nextReviewDate: '2027-01-14' } });
    expect(await records.finish(meeting.id, other.id)).toMatchObject({ ok: true, planUpdated: false });
    expect((await db.plans.get(other.id))?.nextReviewDate).toBeNull();
  });
});
