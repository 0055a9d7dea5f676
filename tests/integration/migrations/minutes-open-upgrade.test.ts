/**
 * The version 8 upgrade cannot read the sealed minutes, so it marks the summaries' minutes flags to
 * be worked out (decision 0066). Until they are, home reads every held meeting of the look-back
 * (the list is the same); the first unlock after the upgrade works them out and clears the mark.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories } from '../../../renderer/data/repositories';
import { buildPendingMinutesOpen, MINUTES_OPEN_PENDING } from '../../../renderer/data/repositories/minutes-open';
import { createAtVersion7 } from './version-7-database';

const NOW = new Date('2026-11-23T10:00:00Z');
const NAME = 'minutes-open-upgrade';

afterEach(async () => {
  await Dexie.delete(NAME);
});


it('marks the flags to be worked out; home lists the same minutes before and after the unlock works them out', async () => {
  await createAtVersion7(NAME);
  const db = new TeamAroundDatabase(NAME);
  await db.open();
  try {
    expect(await db.settings.get(MINUTES_OPEN_PENDING)).toEqual({ key: MINUTES_OPEN_PENDING, value: true });
    expect(await db.meetingSummaries.where('[minutesOpen+startsAt]').between([0, Dexie.minKey], [1, Dexie.maxKey]).count()).toBe(0);
    const repos = createRepositories(db, () => NOW);
    const pending = await repos.home.lists();
    // The fixture's first meeting (5 October) was held and has no minutes; the other is cancelled.
    expect(pending.minutes.map((m) => [m.meetingId, m.state])).toEqual([['m1m1m1m1m1m1m1m1', 'not-drafted']]);

    await buildPendingMinutesOpen(db);
    expect(await db.settings.get(MINUTES_OPEN_PENDING)).toBeUndefined();
    const flags = (await db.meetingSummaries.toArray()).map((s) => [s.id, s.minutesOpen]);
    expect(flags).toEqual([['m1m1m1m1m1m1m1m1', 1], ['m2m2m2m2m2m2m2m2', 0]]);
    const built = await repos.home.lists();
    expect({ minutes: built.minutes, count: built.minutesWaiting }).toEqual({ minutes: pending.minutes, count: pending.minutesWaiting });
    // A second unlock finds nothing to work out and leaves the flags alone.
    await db.meetingSummaries.update('m2m2m2m2m2m2m2m2', { minutesOpen: 1 });
    await buildPendingMinutesOpen(db);
    expect((await db.meetingSummaries.get('m2m2m2m2m2m2m2m2'))?.minutesOpen).toBe(1);
  } finally {
    db.close();
  }
});

it('creates a new database with no flags to work out', async () => {
  const db = new TeamAroundDatabase(NAME);
  await db.open();
  try {
    expect(await db.settings.get(MINUTES_OPEN_PENDING)).toBeUndefined();
  } finally {
    db.close();
  }
});
