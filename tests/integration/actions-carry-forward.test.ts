import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createActionRepository } from '../../renderer/data/repositories/actions';
import type { Action } from '../../shared/domain/action';

let db: TeamAroundDatabase;
let n = 0;
let clock = 0;
const now = () => new Date(Date.UTC(2027, 0, 10, 10, 0, clock++));
beforeEach(async () => {
  db = new TeamAroundDatabase(`actions-carry-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

const FIRST = 'meeting-first';
const REVIEW = 'meeting-review';

const action = (id: string, over: Partial<Action> = {}): Action => ({
  id,
  familyId: 'family-0001',
  meetingId: FIRST,
  childId: 'child-leo-01',
  what: `Action ${id}`,
  ownerName: 'Ana Ruiz',
  dueDate: '2026-12-10',
  howWeWillKnow: '',
  status: 'not-started',
  note: '',
  createdAt: `2026-11-23T10:00:0${id.slice(-1)}.000Z`,
  updatedAt: '2026-11-23T10:00:00.000Z',
  ...over,
});

describe('one meeting and the earlier ones', () => {
  it("lists a meeting's actions in the order they were agreed", async () => {
    const repo = createActionRepository(db, now);
    await repo.saveMany([action('action-3', { dueDate: '2026-12-01' }), action('action-1', { dueDate: null }), action('action-2', { meetingId: REVIEW })]);
    expect((await repo.forMeeting(FIRST)).map((a) => a.id)).toEqual(['action-1', 'action-3']);
  });

  it('gives a review the open actions of the other meetings, not its own and not closed ones', async () => {
    const repo = createActionRepository(db, now);
    await repo.saveMany([
      action('action-1', { dueDate: '2026-12-20', status: 'in-progress' }),
      action('action-2', { dueDate: '2026-12-01' }),
      action('action-3', { status: 'done' }),
      action('action-4', { status: 'not-done' }),
      action('action-5', { meetingId: REVIEW }),
      action('action-6', { familyId: 'family-0002' }),
    ]);
    expect((await repo.openFromEarlierMeetings('family-0001', REVIEW)).map((a) => a.id)).toEqual(['action-2', 'action-1']);
  });
});

describe('carrying an action forward', () => {
  it('makes one new action in the review, pointing back, and closes the earlier one; pressing twice makes no second copy', async () => {
    const repo = createActionRepository(db, now);
    await repo.save(action('action-1', { status: 'in-progress', need: 'Healthy teeth' }));
    const first = await repo.carryForward('action-1', REVIEW);
    expect(first.created).toBe(true);
    expect(first.action).toMatchObject({ meetingId: REVIEW, carriedFromId: 'action-1', what: 'Action action-1', need: 'Healthy teeth', status: 'not-started', dueDate: null });
    const again = await repo.carryForward('action-1', REVIEW);
    expect(again).toEqual({ action: first.action, created: false });
    expect((await repo.forMeeting(REVIEW)).map((a) => a.carriedFromId)).toEqual(['action-1']);
    expect((await repo.forFamily('family-0001')).find((a) => a.id === 'action-1')?.status).toBe('not-done');
    // Closed, so it no longer comes up as open, and the dashboard list leaves it out.
    expect(await repo.openFromEarlierMeetings('family-0001', 'meeting-later')).toEqual([first.action]);
    expect((await repo.openDueBefore('2027-12-31')).map((a) => a.id)).toEqual([]);
  });

  it('carried actions join the plan in the order they were carried, even within one millisecond', async () => {
    const repo = createActionRepository(db, () => new Date('2027-01-10T10:00:00.000Z'));
    await repo.saveMany([action('action-1'), action('action-2'), action('action-3')]);
    for (const id of ['action-3', 'action-1', 'action-2']) await repo.carryForward(id, REVIEW);
    expect((await repo.forMeeting(REVIEW)).map((a) => a.carriedFromId)).toEqual(['action-3', 'action-1', 'action-2']);
  });

  it('two presses at once still make one copy', async () => {
    const repo = createActionRepository(db, now);
    await repo.save(action('action-1'));
    const results = await Promise.all([repo.carryForward('action-1', REVIEW), repo.carryForward('action-1', REVIEW)]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await repo.forMeeting(REVIEW)).toHaveLength(1);
  });

  it('taking it back out removes the copy and gives the earlier action the status its update says', async () => {
    const repo = createActionRepository(db, now);
    await repo.save(action('action-1', { status: 'in-progress' }));
    const { action: copy } = await repo.carryForward('action-1', REVIEW);
    await repo.undoCarryForward(copy.id, 'in-progress');
    expect(await repo.forMeeting(REVIEW)).toEqual([]);
    expect((await repo.openFromEarlierMeetings('family-0001', REVIEW)).map((a) => [a.id, a.status])).toEqual([['action-1', 'in-progress']]);
  });

  it('refuses to carry an action into its own meeting, and an action that does not exist', async () => {
    const repo = createActionRepository(db, now);
    await repo.save(action('action-1'));
    await expect(repo.carryForward('action-1', FIRST)).rejects.toThrow('cannot be carried forward into the meeting it was agreed at');
    await expect(repo.carryForward('action-9', REVIEW)).rejects.toThrow('This action could not be found');
    expect(await db.actions.count()).toBe(1);
  });
});

describe('a review update and removing an action', () => {
  it('sets the status an update gives, moving the action off the open list', async () => {
    const repo = createActionRepository(db, now);
    await repo.save(action('action-1'));
    const done = await repo.setStatus('action-1', 'done');
    expect(done.status).toBe('done');
    expect(done.updatedAt).not.toBe('2026-11-23T10:00:00.000Z');
    expect(await repo.openFromEarlierMeetings('family-0001', REVIEW)).toEqual([]);
  });

  it('removes an action', async () => {
    const repo = createActionRepository(db, now);
    await repo.saveMany([action('action-1'), action('action-2')]);
    await repo.remove('action-1');
    expect((await repo.forMeeting(FIRST)).map((a) => a.id)).toEqual(['action-2']);
  });
});
