/**
 * The families list's first page (decision 0063) is right after every writer (create, rename,
 * the practice family, disposal, restore) or absent, never wrong; the list's read writes it when
 * it is missing or wrong; and one the unlock cannot trust (damaged, sealed wrongly, disagreeing
 * with the summaries' keys) is never drawn: the whole list is read instead.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { SEALED_FIELD } from '../../renderer/data/crypto/record-sealing';
import type { TeamAroundDatabase } from '../../renderer/data/db';
import { dropFamilyListPrefetch, peekFamilyListPrefetch, startFamilyListPrefetch } from '../../renderer/data/family-list-prefetch';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import { removalTables, removeFamiliesWithin } from '../../renderer/data/repositories/disposal';
import { readFamilyList, repairFamilyListPages } from '../../renderer/data/repositories/family-list-pages';
import { FIRST_PAGE_ID, FIRST_PAGE_SIZE, firstPageOf, type FamilyListFirstPage } from '../../shared/domain/family-list-first-page';
import type { FamilySummary } from '../../shared/domain/family-summary';
import { separatedFamilyContent } from '../unit/shared/fixtures';
import { NOW, PASSPHRASE, useProfiles } from './backup/support';

const { keyring, profile } = useProfiles('each');

function repositoriesOf(db: TeamAroundDatabase): Repositories {
  let clock = NOW.getTime();
  return createRepositories(db, () => new Date((clock += 1000)));
}

const content = (name: string) => separatedFamilyContent(name);

/** `count` families named "Family 00", "Family 01"…, created in that order. */
async function addFamilies(repos: Repositories, count: number, prefix = 'Family'): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await repos.families.create(content(`${prefix} ${String(i).padStart(2, '0')}`))).id);
  return ids;
}

const stored = (db: TeamAroundDatabase) => db.familyListPages.get(FIRST_PAGE_ID) as Promise<FamilyListFirstPage | undefined>;

/** As the list's read leaves it: written again from every family when it was missing or wrong. */
async function listRead(db: TeamAroundDatabase): Promise<void> {
  const read = await readFamilyList(db);
  if (read.firstPageWrong || read.damaged.length > 0) await repairFamilyListPages(db, read.damaged, read.firstPageWrong);
}

async function expectRight(db: TeamAroundDatabase): Promise<void> {
  expect(await stored(db)).toEqual(firstPageOf(await db.familySummaries.toArray()));
}

/** Right, or absent (the writer could not tell); either way right again after the list's next read. */
async function expectRightOrAbsent(db: TeamAroundDatabase): Promise<'kept' | 'dropped'> {
  const page = await stored(db);
  if (page !== undefined) await expectRight(db);
  await listRead(db);
  await expectRight(db);
  return page === undefined ? 'dropped' : 'kept';
}

const names = async (db: TeamAroundDatabase) => ((await stored(db))?.summaries ?? []).map((s) => s.familyName);

describe('the families list’s first page', () => {
  it('is written by the list’s read, sealed, and kept right as families are added and renamed', async () => {
    const { db } = await profile('first-page-writers');
    const repos = repositoriesOf(db);
    const ids = await addFamilies(repos, FIRST_PAGE_SIZE + 5);
    expect(await stored(db)).toBeUndefined();
    await repos.families.list();
    await listRead(db);
    await expectRight(db);
    expect(await names(db)).toHaveLength(FIRST_PAGE_SIZE);

    const raw = new Dexie(db.name);
    await raw.open();
    const row = (await raw.table('familyListPages').get(FIRST_PAGE_ID)) as Record<string, unknown>;
    raw.close();
    expect(Object.keys(row).sort()).toEqual([SEALED_FIELD, 'id'].sort());
    expect(JSON.stringify(row)).not.toContain('Family 00');

    // Added before the first: on the page, and the last one falls off it.
    await repos.families.create(content('Aardvark'));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    expect((await names(db))[0]).toBe('Aardvark');
    // Added after the last: only the count changes.
    await repos.families.create(content('Zebedee'));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    expect((await stored(db))?.count).toBe(FIRST_PAGE_SIZE + 7);
    // Renamed within the page, and from beyond it onto it.
    await repos.families.update(ids[10] ?? '', content('Family 03a'));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    await repos.families.update(ids[FIRST_PAGE_SIZE + 4] ?? '', content('Abbot'));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    // Renamed off the end of a full page: what comes next is not on it, so it is dropped, never wrong.
    await repos.families.update(ids[0] ?? '', content('Zz moved'));
    expect(await expectRightOrAbsent(db)).toBe('dropped');
  });

  it('is right after the practice family comes and goes, and after disposal', async () => {
    const { db } = await profile('first-page-removal');
    const repos = repositoriesOf(db);
    const ids = await addFamilies(repos, FIRST_PAGE_SIZE + 2);
    await listRead(db);
    await repos.practice.loadPracticeFamily();
    await expectRightOrAbsent(db);
    await repos.practice.removePracticeFamilies();
    await expectRightOrAbsent(db);
    // Past the page: kept, with one fewer. On a full page: dropped, and written again by the list.
    const beyond = ids[FIRST_PAGE_SIZE + 1] ?? '';
    await db.transaction('rw', removalTables(db), () => removeFamiliesWithin(db, repos.audit, [beyond]));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    await db.transaction('rw', removalTables(db), () => removeFamiliesWithin(db, repos.audit, [ids[0] ?? '']));
    expect(await expectRightOrAbsent(db)).toBe('dropped');
    // Once the page holds every family, a removal is made on it alone.
    await db.transaction('rw', removalTables(db), () => removeFamiliesWithin(db, repos.audit, [ids[1] ?? '']));
    expect(await expectRightOrAbsent(db)).toBe('kept');
    expect((await stored(db))?.count).toBe(FIRST_PAGE_SIZE - 1);
  });

  it('is written by a restore from the restored families, replacing what was there', async () => {
    const source = await profile('first-page-source', keyring());
    await addFamilies(repositoriesOf(source.db), 4, 'Source');
    const made = await source.service.makeBackup();
    const target = await profile('first-page-target');
    await addFamilies(repositoriesOf(target.db), 3, 'Stale');
    await listRead(target.db);
    const inspected = await target.service.inspectBackup(made.bytes, { passphrase: PASSPHRASE });
    if (!inspected.ok) throw new Error(inspected.message);
    await target.service.restoreBackup(inspected.backup);
    await expectRight(target.db);
    expect(await names(target.db)).toEqual(['Source 00', 'Source 01', 'Source 02', 'Source 03']);
  });
});

describe('a first page the unlock cannot trust', () => {
  async function unlockRead(repos: Repositories, db: TeamAroundDatabase) {
    startFamilyListPrefetch(repos.families, db);
    const prefetch = peekFamilyListPrefetch(repos.families);
    await prefetch?.settled;
    const start = prefetch?.current();
    dropFamilyListPrefetch();
    return start;
  }

  async function withDamage(label: string, damage: (db: TeamAroundDatabase, page: FamilyListFirstPage) => Promise<unknown>) {
    const { db } = await profile(label);
    const repos = repositoriesOf(db);
    await addFamilies(repos, FIRST_PAGE_SIZE + 3);
    await listRead(db);
    const page = await stored(db);
    if (!page) throw new Error('expected a first page');
    // Trusted, it is all the unlock reads: the first families, and how many there are.
    const good = await unlockRead(repos, db);
    expect(good).toEqual({ families: page.summaries, count: FIRST_PAGE_SIZE + 3, complete: false });
    await damage(db, page);
    const start = await unlockRead(repos, db);
    // The whole list instead, as the summaries hold it: nothing drawn from the bad page.
    const all = await db.familySummaries.toArray();
    expect(start).toEqual({ families: all, count: all.length, complete: true });
    await listRead(db);
    await expectRight(db);
  }

  it('when it cannot be decrypted', async () => {
    await withDamage('first-page-altered', async (db) => {
      const raw = new Dexie(db.name);
      await raw.open();
      const row = (await raw.table('familyListPages').get(FIRST_PAGE_ID)) as Record<string, Uint8Array>;
      const sealed = row[SEALED_FIELD];
      if (!sealed) throw new Error('expected a sealed first page');
      sealed[sealed.length - 1] = (sealed[sealed.length - 1] ?? 0) ^ 1;
      await raw.table('familyListPages').put(row);
      raw.close();
    });
  });

  it('when it is not a first page, or out of order', async () => {
    await withDamage('first-page-shape', (db, page) => db.familyListPages.put({ ...page, summaries: [{ id: 'nobody' } as unknown as FamilySummary] }));
    await withDamage('first-page-order', (db, page) => db.familyListPages.put({ ...page, summaries: [...page.summaries].reverse() }));
  });

  it('when its count or its families disagree with the summaries', async () => {
    await withDamage('first-page-count', (db, page) => db.familyListPages.put({ ...page, count: page.count + 1 }));
    // A summary removed behind the pages' back, as a writer that forgot them would.
    await withDamage('first-page-removed', (db, page) => db.familySummaries.delete(page.summaries[0]?.id ?? ''));
    await withDamage('first-page-stranger', (db, page) => {
      const [first, ...rest] = page.summaries;
      if (!first) throw new Error('expected a family');
      return db.familyListPages.put({ ...page, summaries: [{ ...first, id: 'not-a-family', familyId: 'not-a-family' }, ...rest] });
    });
  });
});
