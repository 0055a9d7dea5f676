/**
 * The families list read at unlock (docs/decisions/0060, "The list read starts at unlock"): handed
 * once to the list's first render, dropped on lock, and never handed out once a write to the
 * summaries or their pages has made it out of date.
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import {
  dropFamilyListPrefetch,
  peekFamilyListPrefetch,
  startFamilyListPrefetch,
  takeFamilyListPrefetch,
  touchesFamilyList,
} from '../../renderer/data/family-list-prefetch';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import type { FamilyContent, FamilyRepository } from '../../renderer/data/repositories/families';
import { separatedFamilyContent } from '../unit/shared/fixtures';

const NOW = new Date('2026-11-23T10:15:00.000Z');

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

const content = (familyName: string): FamilyContent => separatedFamilyContent(familyName);

function started(families: FamilyRepository = repos.families) {
  startFamilyListPrefetch(families, db);
  const prefetch = peekFamilyListPrefetch(families);
  if (!prefetch) throw new Error('The read at unlock was not started.');
  return prefetch;
}

beforeEach(async () => {
  db = new TeamAroundDatabase(`family-list-prefetch-test-${++n}`);
  await db.open();
  repos = createRepositories(db, () => NOW);
  await repos.families.create(content('Ahmed'));
  await repos.families.create(content('Brown'));
});

afterEach(async () => {
  dropFamilyListPrefetch();
  db.close();
  await db.delete();
});

describe('the families list read at unlock', () => {
  it('reads what the list reads, and is handed out until the first render takes it', async () => {
    const prefetch = started();
    await prefetch.settled;
    const all = await repos.families.list();
    expect(prefetch.current()).toEqual({ families: all, count: 2, complete: true });
    expect(prefetch.current()?.families.map((f) => f.familyName).sort()).toEqual(['Ahmed', 'Brown']);
    expect(peekFamilyListPrefetch(repos.families)).toBe(prefetch);

    takeFamilyListPrefetch(prefetch);
    expect(peekFamilyListPrefetch(repos.families)).toBeUndefined();
  });

  it('is handed only to the repositories it was read through', async () => {
    await started().settled;
    expect(peekFamilyListPrefetch(createRepositories(db, () => NOW).families)).toBeUndefined();
  });

  it('is out of date once a family is saved after it began, even when the read finished first', async () => {
    const prefetch = started();
    await prefetch.settled;
    const [first] = await repos.families.list();
    if (!first) throw new Error('No family to edit.');
    await repos.families.update(first.id, content('Renamed'));
    expect(prefetch.current()).toBeUndefined();
  });

  it('is out of date when a family is added while it is being read', async () => {
    const prefetch = started();
    await repos.families.create(content('Clarke'));
    await prefetch.settled;
    expect(prefetch.current()).toBeUndefined();
  });

  it('is still current after writes to other tables (the unlock writes its audit entries meanwhile)', async () => {
    const prefetch = started();
    await repos.audit.record({ action: 'view', recordType: 'app', recordId: 'families' });
    await prefetch.settled;
    expect(prefetch.current()?.count).toBe(2);
  });

  it('is dropped on lock: even a read still under way is never handed out', async () => {
    const prefetch = started();
    dropFamilyListPrefetch();
    await prefetch.settled;
    expect(peekFamilyListPrefetch(repos.families)).toBeUndefined();
    expect(prefetch.current()).toBeUndefined();
  });

  it("is replaced by the next unlock's, which reads afresh", async () => {
    const firstSession = started();
    await firstSession.settled;
    dropFamilyListPrefetch();
    db.close();

    db = new TeamAroundDatabase(db.name);
    await db.open();
    const next = createRepositories(db, () => NOW);
    await next.families.create(content('Clarke'));
    const secondSession = started(next.families);
    await secondSession.settled;
    expect(peekFamilyListPrefetch(repos.families)).toBeUndefined();
    expect(firstSession.current()).toBeUndefined();
    expect(secondSession.current()?.families.map((f) => f.familyName).sort()).toEqual(['Ahmed', 'Brown', 'Clarke']);
  });

  it('hands nothing out when the read fails', async () => {
    const closed = () => Promise.reject(new Error('The database is closed.'));
    const failing = { list: closed, firstPage: closed } as unknown as FamilyRepository;
    const prefetch = started(failing);
    await prefetch.settled;
    expect(prefetch.current()).toBeUndefined();
  });
});

describe("which writes put the list's read out of date", () => {
  it("are those to this database's summaries or pages, not other tables or databases", () => {
    const range = { d: 0 } as never;
    expect(touchesFamilyList({ [`idb://${db.name}/familySummaries/`]: range }, db.name)).toBe(true);
    expect(touchesFamilyList({ [`idb://${db.name}/familyListPages/:dels`]: range }, db.name)).toBe(true);
    expect(touchesFamilyList({ [`idb://${db.name}/audit/`]: range, [`idb://${db.name}/settings/`]: range }, db.name)).toBe(false);
    expect(touchesFamilyList({ [`idb://other/familySummaries/`]: range }, db.name)).toBe(false);
  });
});
