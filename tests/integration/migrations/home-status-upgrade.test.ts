/**
 * The version 8 upgrade (decision 0064) builds no home status rows: it cannot run today's rules, so
 * it marks them to be built. Until they are, home reads every plan (the lists are the same); the
 * first unlock after the upgrade builds them (`buildPendingHomeStatus`) and clears the mark.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories } from '../../../renderer/data/repositories';
import { buildPendingHomeStatus, HOME_STATUS_PENDING } from '../../../renderer/data/repositories/home-status';
import { createAtVersion7, version7Fixture } from './version-7-database';
import { wholeCaseloadPlanLists } from '../home/whole-caseload-plan-lists';

const NOW = new Date('2026-11-23T10:00:00Z');
const fixture = version7Fixture;
const NAME = 'home-status-upgrade';

afterEach(async () => {
  await Dexie.delete(NAME);
});


it('marks the rows to be built; home reads every plan until the unlock builds them, listing the same', async () => {
  await createAtVersion7(NAME);
  const db = new TeamAroundDatabase(NAME);
  await db.open();
  try {
    expect(await db.homeStatus.count()).toBe(0);
    expect(await db.settings.get(HOME_STATUS_PENDING)).toEqual({ key: HOME_STATUS_PENDING, value: true });
    const repos = createRepositories(db, () => NOW);
    const whole = await wholeCaseloadPlanLists(db, NOW);
    // The fixture's plan started on 5 October, reviewed every six weeks and not yet reviewed: due 16 November.
    expect(whole.reviews.map((r) => r.dueOn)).toEqual(['2026-11-16']);
    const pending = await repos.home.lists();
    expect({ reviews: pending.reviews, consents: pending.consents, drift: pending.drift }).toEqual(whole);

    await buildPendingHomeStatus(db, () => NOW);
    expect(await db.settings.get(HOME_STATUS_PENDING)).toBeUndefined();
    expect(await db.homeStatus.toArray()).toEqual([{ id: fixture.tables.plans?.[0]?.familyId, dueFrom: '2026-11-23' }]);
    const built = await repos.home.lists();
    expect({ reviews: built.reviews, consents: built.consents, drift: built.drift }).toEqual(whole);
    // A second unlock finds nothing to build and leaves the rows alone.
    await db.homeStatus.put({ id: 'sentinel', dueFrom: '2030-01-01' });
    await buildPendingHomeStatus(db, () => NOW);
    expect(await db.homeStatus.get('sentinel')).toEqual({ id: 'sentinel', dueFrom: '2030-01-01' });
  } finally {
    db.close();
  }
});

it('creates a new database with nothing to build', async () => {
  const db = new TeamAroundDatabase(NAME);
  await db.open();
  try {
    expect(await db.settings.get(HOME_STATUS_PENDING)).toBeUndefined();
  } finally {
    db.close();
  }
});
