import 'fake-indexeddb/auto';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createActionRepository } from '../../renderer/data/repositories/actions';
import type { Action, ActionStatus } from '../../shared/domain/action';

let db: TeamAroundDatabase;
let n = 0;
beforeEach(async () => {
  db = new TeamAroundDatabase(`actions-test-${++n}`);
  await db.open();
});
afterEach(async () => {
  db.close();
  await db.delete();
});

function action(id: string, familyId: string, dueDate: string | null, status: ActionStatus): Action {
  return {
    id: id.padEnd(12, '0'),
    familyId: familyId.padEnd(12, '0'),
    meetingId: 'meeting00001',
    childId: null,
    what: `Action ${id}`,
    ownerName: 'Mum',
    dueDate,
    howWeWillKnow: '',
    status,
    note: '',
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
  };
}

it('lists open actions due before a date, soonest first, leaving out done and undated ones', async () => {
  const repo = createActionRepository(db);
  await repo.saveMany([
    action('a', 'f1', '2026-12-01', 'not-started'),
    action('b', 'f1', '2026-11-20', 'in-progress'),
    action('c', 'f2', '2026-11-10', 'done'),
    action('d', 'f2', '2026-11-15', 'not-done'),
    action('e', 'f2', null, 'not-started'),
    action('f', 'f3', '2026-11-23', 'not-started'),
    action('g', 'f3', '2026-11-01', 'not-started'),
  ]);
  const due = await repo.openDueBefore('2026-11-23');
  expect(due.map((a) => a.what)).toEqual(['Action g', 'Action b']);
  expect(due[0]).not.toHaveProperty('isOpen');
  expect((await repo.openDueBefore('2026-12-31', 2)).map((a) => a.what)).toEqual(['Action g', 'Action b']);
});

it("reads one family's plan by due date with undated actions last", async () => {
  const repo = createActionRepository(db);
  await repo.saveMany([action('a', 'f1', null, 'not-started'), action('b', 'f1', '2026-11-20', 'done'), action('c', 'f2', '2026-11-10', 'done'), action('d', 'f1', '2026-11-02', 'in-progress')]);
  expect((await repo.forFamily('f1'.padEnd(12, '0'))).map((a) => a.what)).toEqual(['Action d', 'Action b', 'Action a']);
});

it('moves an action off the open list when it is marked done', async () => {
  const repo = createActionRepository(db);
  const a = action('a', 'f1', '2026-11-01', 'in-progress');
  await repo.save(a);
  expect(await repo.openDueBefore('2026-12-01')).toHaveLength(1);
  await repo.save({ ...a, status: 'done' });
  expect(await repo.openDueBefore('2026-12-01')).toHaveLength(0);
});

it('refuses an invalid action and writes nothing', async () => {
  const repo = createActionRepository(db);
  await expect(repo.save({ ...action('a', 'f1', '2026-13-45', 'done') })).rejects.toThrow('not valid');
  expect(await db.actions.count()).toBe(0);
});
