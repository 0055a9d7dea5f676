import 'fake-indexeddb/auto';
import type { DBCore, DBCoreTable } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase, type ActionRow } from '../../renderer/data/db';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import { removalTables, removeFamiliesWithin } from '../../renderer/data/repositories/disposal';
import { ACTION_LIMIT, MINUTES_SHOWN } from '../../renderer/data/repositories/home';
import { homeStatusTables, rebuildHomeStatusWithin } from '../../renderer/data/repositories/home-status';
import { summaryRow } from '../../renderer/data/repositories/minutes-open';
import { isOpenStatus, type Action } from '../../shared/domain/action';
import type { ConsentEvent } from '../../shared/domain/consent';
import { meetingSchema, type PlannedMeeting } from '../../shared/domain/meeting';
import { minutesRowSchema, type WorkflowStep } from '../../shared/domain/minutes';
import type { Plan } from '../../shared/domain/plan';
import { addDays } from '../../shared/rules/home/window';
import { auditRecordType } from '../../shared/domain/audit-vocabulary';

/** Monday 23 November 2026, 10am in London. */
const NOW = new Date('2026-11-23T10:00:00Z');
const TODAY = '2026-11-23';

const A = 'familyAAAA';
const B = 'familyBBBB';
const C = 'familyCCCC';
const D = 'familyDDDD';
const NAMES: Record<string, string> = { [A]: 'Smith', [B]: 'Jones', [C]: 'Khan', [D]: 'Evans' };

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;
/** Rows each table handed back to Dexie, so the test can see what the home read. */
let rowsRead: Record<string, number>;

function counting(): { stack: 'dbcore'; name: string; create: (down: DBCore) => DBCore } {
  const add = (table: string, count: number) => {
    rowsRead[table] = (rowsRead[table] ?? 0) + count;
  };
  return {
    stack: 'dbcore',
    name: 'count-rows',
    create: (down) => ({
      ...down,
      table(name): DBCoreTable {
        const t = down.table(name);
        return {
          ...t,
          async query(req) {
            const res = await t.query(req);
            add(name, res.result.length);
            return res;
          },
          async getMany(req) {
            const res = await t.getMany(req);
            add(name, res.filter((r) => r !== undefined).length);
            return res;
          },
          async get(req) {
            const res: unknown = await t.get(req);
            if (res !== undefined) add(name, 1);
            return res;
          },
          async openCursor(req) {
            const cursor = await t.openCursor(req);
            if (cursor && !req.values) return cursor;
            if (cursor) add(name, 1);
            return cursor;
          },
        };
      },
    }),
  };
}

function meeting(id: string, familyId: string, day: string, time: string, extra: Partial<PlannedMeeting> = {}): PlannedMeeting {
  return meetingSchema.parse({
    id,
    familyId,
    kind: 'review',
    startsAt: `${day}T${time}:00+00:00[Europe/London]`,
    lengthMinutes: 60,
    venue: 'School',
    notes: '',
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    ...extra,
  });
}

function action(id: string, familyId: string, meetingId: string, extra: Partial<Action> = {}): ActionRow {
  const a: Action = {
    id,
    familyId,
    meetingId,
    childId: null,
    what: `Action ${id}`,
    ownerName: 'Sam Patel',
    dueDate: null,
    howWeWillKnow: '',
    status: 'not-started',
    note: '',
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
    ...extra,
  };
  return { ...a, isOpen: isOpenStatus(a.status) ? 1 : 0 };
}

function plan(id: string, familyId: string, startDate: string): Plan {
  return {
    id,
    familyId,
    leadProfessional: { practitionerId: null, name: 'Lee Chair', role: '', agency: '' },
    startDate,
    reason: 'Getting to school',
    levelOfNeed: 'early-help',
    reviewFrequency: { count: 6, unit: 'weeks' },
    nextReviewDate: null,
    statusHistory: [{ status: 'active', on: startDate, reason: '', recordedBy: 'Lee Chair' }],
    createdAt: '2026-09-01T09:00:00Z',
    updatedAt: '2026-09-01T09:00:00Z',
  };
}

function minutesRow(id: string, familyId: string, meetingId: string, steps: WorkflowStep[]) {
  return minutesRowSchema.parse({
    id,
    familyId,
    meetingId,
    version: 1,
    events: steps.map((step, i) => ({ step, at: `2026-11-1${i}T09:00:00Z`, by: 'Lee Chair', details: '' })),
    createdAt: '2026-11-10T09:00:00Z',
    updatedAt: '2026-11-10T09:00:00Z',
  });
}

/** The seed writes rows directly: the home status rows are then built as a restore builds them. */
async function statusRebuilt(): Promise<void> {
  await db.transaction('rw', homeStatusTables(db), () => rebuildHomeStatusWithin(db, TODAY));
}

/** Stores meetings with their summaries, as the meetings repository writes them. */
async function putMeetings(meetings: readonly PlannedMeeting[]): Promise<void> {
  await db.transaction('rw', db.meetings, db.meetingSummaries, async () => {
    await db.meetings.bulkPut([...meetings]);
    await db.meetingSummaries.bulkPut(meetings.map((m) => summaryRow(m, [])));
  });
}

const mum = { kind: 'family' as const, id: 'personMum1', name: 'Alex Smith', role: 'Mum', agency: '', email: '' };
const nurse = { kind: 'practitioner' as const, id: 'personNurse', name: 'Sam Patel', role: 'School nurse', agency: 'NHS', email: '' };

async function seed(): Promise<void> {
  await db.familySummaries.bulkPut(
    Object.entries(NAMES).map(([id, familyName]) => ({ id, familyId: id, familyName, isPractice: false, updatedAt: '2026-09-01T09:00:00Z', carers: [], children: [] })),
  );
  await putMeetings([
    // A: a review on Thursday; the family has its invitation, the nurse not yet, and her briefing is awaited.
    meeting('meetA-soon', A, '2026-11-26', '16:00', { invitees: [mum, nurse] }),
    // B: a review ten days ago with no minutes yet; C: one with minutes at the family.
    meeting('meetB-held', B, '2026-11-13', '10:00'),
    meeting('meetC-held', C, '2026-11-03', '10:00'),
    meeting('meetB-earlier', B, '2026-10-01', '10:00'),
    // A meeting three weeks ahead is not "soon", but it means A's review is planned.
    meeting('meetA-later', A, '2026-12-14', '10:00'),
  ]);
  // Old meetings the home must never read: years before the window.
  await putMeetings(Array.from({ length: 300 }, (_, i) => meeting(`oldMeeting${String(i).padStart(4, '0')}`, C, '2023-03-01', '10:00')));
  await db.minutes.put(minutesRow('minutesC01', C, 'meetC-held', ['drafted', 'sent-to-family']));
  await db.actions.bulkPut([
    action('actionA-late', A, 'meetA-soon', { dueDate: '2026-11-20', ownerName: 'Sam Patel' }),
    action('actionB-fri', B, 'meetB-held', { dueDate: '2026-11-27', ownerName: 'Jo Brown' }),
    action('actionB-next', B, 'meetB-held', { dueDate: '2026-12-20', ownerName: 'Jo Brown' }),
    action('actionA-done', A, 'meetA-soon', { dueDate: '2026-11-10', status: 'done' }),
    // Carried forward twice without being done: B's drift.
    action('actionB-1st', B, 'meetOld-B1', { status: 'not-done', dueDate: '2026-08-01' }),
    action('actionB-2nd', B, 'meetB-earlier', { status: 'not-done', carriedFromId: 'actionB-1st', dueDate: '2026-10-20' }),
    action('actionB-3rd', B, 'meetB-held', { status: 'in-progress', carriedFromId: 'actionB-2nd', dueDate: '2027-01-10', what: 'Walk to school together' }),
  ]);
  // Actions the home must not read: due well after this week, or with no date.
  await db.actions.bulkPut(Array.from({ length: 1000 }, (_, i) => action(`farAction${String(i).padStart(4, '0')}`, C, 'meetC-held', { dueDate: i % 2 ? '2027-06-01' : null })));
  await db.plans.bulkPut([plan('planAAAA', A, '2026-10-01'), plan('planBBBB', B, '2026-09-01'), plan('planDDDD', D, '2026-08-01')]);
  const consent: ConsentEvent = {
    id: 'consentB1',
    familyId: B,
    kind: 'given',
    how: 'written',
    scope: { type: 'early-help' },
    on: '2026-06-01',
    by: { personId: null, name: 'Ann Jones', role: 'Mum' },
    recordedBy: 'Lee Chair',
    recordedAt: '2026-06-01T09:00:00Z',
    note: '',
    reviewBy: '2026-11-28',
  };
  await db.consentEvents.put(consent);
  await db.drafts.put({ key: `consent-form:${B}`, value: {}, savedAt: '2026-11-22T15:00:00Z' });
  await repos.audit.record({ action: 'export', recordType: auditRecordType.invitation('docx'), recordId: 'meetA-soon', familyId: A, recipients: [mum.id] });
  await repos.audit.record({ action: 'share', recordType: 'briefing-request', recordId: 'meetA-soon', familyId: A, recipients: [nurse.id] });
  await statusRebuilt();
}

beforeEach(async () => {
  rowsRead = {};
  db = new TeamAroundDatabase(`home-test-${++n}`);
  db.use(counting());
  await db.open();
  repos = createRepositories(db, () => NOW);
  await seed();
  rowsRead = {};
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the home read model', () => {
  it('lists what needs doing, soonest first, with family names', async () => {
    const home = await repos.home.lists();
    expect(home.today).toBe(TODAY);
    expect(home.meetings).toEqual([
      expect.objectContaining({ meetingId: 'meetA-soon', familyTold: true, invitationsSent: 1, invitees: 2, briefingsReceived: 0, briefingsAwaited: 1 }),
    ]);
    expect(home.minutes.map((m) => [m.meetingId, m.state])).toEqual([
      ['meetB-earlier', 'not-drafted'],
      ['meetC-held', 'with-family'],
      ['meetB-held', 'not-drafted'],
    ]);
    expect(home.minutesWaiting).toBe(3);
    expect(home.actions.map((g) => [g.owner, g.items.map((i) => i.actionId)])).toEqual([
      ['Sam Patel', ['actionA-late']],
      ['Jo Brown', ['actionB-fri']],
    ]);
    expect(home.moreActions).toBe(false);
    // A has a review planned; B was reviewed on 13 November (next due 25 December); D has never been reviewed.
    expect(home.reviews.map((r) => [r.familyId, r.dueOn, r.overdue])).toEqual([[D, '2026-09-12', true]]);
    expect(home.consents.map((c) => [c.familyId, c.reviewBy])).toEqual([[B, '2026-11-28']]);
    expect(home.drafts.map((d) => [d.form, d.familyId])).toEqual([['Consent', B]]);
    expect(home.drift.map((a) => a.id)).toEqual(['no-review:planDDDD:2026-09-12', 'action-not-done:actionB-3rd']);
    expect(home.familyNames).toEqual({ [A]: 'Smith', [B]: 'Jones', [C]: 'Khan', [D]: 'Evans' });
    expect(home.hasFamilies).toBe(true);
  });

  it('says when there is no family yet, so home can start a new chair off', async () => {
    const empty = new TeamAroundDatabase(`home-test-empty-${++n}`);
    await empty.open();
    try {
      const lists = await createRepositories(empty, () => NOW).home.lists();
      expect(lists.hasFamilies).toBe(false);
      expect(lists.meetings).toEqual([]);
    } finally {
      empty.close();
      await empty.delete();
    }
  });

  it('reads through indexes and limits, never the old meetings or the far-off actions', async () => {
    await repos.home.lists();
    // The summaries of the four meetings thirteen weeks back and two ahead, not the 300 old ones (and
    // the counter does count), then the summaries of B and D read by family (B's two, D has none):
    // of the families with a plan, only B (a carried action, consent to review) and D (never reviewed)
    // can be on the plan lists today; A's review is planned (0064). Whole meetings only for the next two weeks.
    expect(rowsRead.meetingSummaries).toBe(4 + 2);
    expect(rowsRead.meetings).toBe(1);
    // The plans of B and D, one each, not every plan; the two status rows due.
    expect(rowsRead.plans).toBe(2);
    expect(rowsRead.homeStatus).toBe(2);
    expect(rowsRead.actions ?? 0).toBeLessThanOrEqual(10);
    expect(rowsRead.minutes ?? 0).toBeLessThanOrEqual(1);
  });

  it("finds a plan's last review before the window when it has none in it, reading only that family's meetings", async () => {
    // Reviewed every 6 months; last reviewed in July, so not due until January.
    const E = 'familyEEEE';
    await db.plans.put({ ...plan('planEEEE', E, '2026-01-15'), reviewFrequency: { count: 6, unit: 'months' } });
    await putMeetings([meeting('meetE-july', E, '2026-07-15', '10:00')]);
    await statusRebuilt();
    rowsRead = {};
    const home = await repos.home.lists();
    expect(home.reviews.map((r) => r.familyId)).not.toContain(E);
    expect(home.drift.filter((a) => a.familyId === E).map((a) => a.kind)).toEqual(['not-improving']);
    // The four summaries in the window, then B's, D's and E's by family (two, none and one).
    expect(rowsRead.meetingSummaries).toBe(4 + 2 + 0 + 1);
    expect(rowsRead.homeStatus).toBe(3);
    expect(rowsRead.meetings).toBe(1);
  });

  it('reads at most the action limit, and says when there are more', async () => {
    await db.actions.bulkPut(Array.from({ length: ACTION_LIMIT + 20 }, (_, i) => action(`lateAction${String(i).padStart(4, '0')}`, C, 'meetC-held', { dueDate: addDays('2026-01-01', i % 200) })));
    rowsRead = {};
    const home = await repos.home.lists();
    expect(home.moreActions).toBe(true);
    expect(home.actions.flatMap((g) => g.items)).toHaveLength(ACTION_LIMIT);
    // Counted apart, through the index, reading no record: two of this week's (A's and B's) were in the seed.
    rowsRead = {};
    expect(await repos.home.actionsDueCount()).toBe(ACTION_LIMIT + 22);
    expect(rowsRead.actions ?? 0).toBe(0);
    expect(rowsRead.actions ?? 0).toBeLessThanOrEqual(ACTION_LIMIT + 10);
  });

  it('lists the oldest minutes waiting with how many there are, and all of them when asked', async () => {
    const held = Array.from({ length: 30 }, (_, i) => meeting(`heldMeeting${String(i).padStart(4, '0')}`, D, addDays('2026-09-01', i), '10:00'));
    await putMeetings(held);
    rowsRead = {};
    const home = await repos.home.lists();
    expect(home.minutesWaiting).toBe(33);
    expect(home.minutes).toHaveLength(MINUTES_SHOWN);
    // Oldest first: the thirty from September come before B's from October.
    expect(home.minutes[0]?.meetingId).toBe('heldMeeting0000');
    expect(home.minutes.at(-1)?.meetingId).toBe(`heldMeeting00${MINUTES_SHOWN - 1}`);
    // Only summaries are read for them: whole meetings only for the next two weeks.
    expect(rowsRead.meetings).toBe(1);

    const all = await repos.home.lists({ allMinutes: true });
    expect(all.minutesWaiting).toBe(33);
    expect(all.minutes.map((m) => m.meetingId)).toEqual([...held.map((m) => m.id), 'meetB-earlier', 'meetC-held', 'meetB-held']);
  });

  it('keeps an acknowledgement with its note, audits it without the note, and stops showing the alert', async () => {
    const before = await repos.home.lists();
    const alert = before.drift.find((a) => a.kind === 'no-review');
    if (!alert) throw new Error('expected a no-review alert');
    expect(await repos.home.acknowledge(alert, '  ')).toEqual({ ok: false, errors: [{ path: 'note', message: 'Write a note saying why, or what is being done' }] });
    const saved = await repos.home.acknowledge(alert, 'Family on holiday; review booked for January.');
    expect(saved.ok).toBe(true);
    const after = await repos.home.lists();
    expect(after.drift.map((a) => a.id)).not.toContain(alert.id);
    expect(after.acknowledged).toEqual([expect.objectContaining({ alertId: alert.id, familyId: D, note: 'Family on holiday; review booked for January.', rule: alert.rule, by: 'Team Around user' })]);
    const entries = await repos.audit.forFamily(D);
    expect(entries[0]).toMatchObject({ action: 'create', recordType: 'drift-acknowledgement', recordId: alert.id });
    expect(JSON.stringify(entries)).not.toContain('holiday');
  });

  it("uses the area's thresholds, and refuses ones out of range", async () => {
    expect(await repos.home.thresholds()).toEqual({ notDoneReviews: 2, reviewMarginDays: 14, planOpenMonths: 6 });
    expect((await repos.home.saveThresholds({ notDoneReviews: 1, reviewMarginDays: 14, planOpenMonths: 6 })).ok).toBe(false);
    expect((await repos.home.saveThresholds({ notDoneReviews: 3, reviewMarginDays: 14, planOpenMonths: 6 })).ok).toBe(true);
    const home = await repos.home.lists();
    expect(home.drift.map((a) => a.kind)).not.toContain('action-not-done');
    expect(home.thresholds.notDoneReviews).toBe(3);
  });

  it('removes a family’s acknowledgements when the family is disposed of', async () => {
    const alert = (await repos.home.lists()).drift.find((a) => a.familyId === D);
    if (!alert) throw new Error('expected an alert for D');
    await repos.home.acknowledge(alert, 'Noted');
    await db.transaction('rw', removalTables(db), () => removeFamiliesWithin(db, repos.audit, [D]));
    expect(await db.settings.where('key').startsWith('drift-ack:').count()).toBe(0);
  });
});
