/**
 * The families list's pages (decision 0060): every family's summary is kept twice, on its own in
 * `familySummaries` (the truth, read by other screens) and in one of 64 sealed pages by a hash of
 * its id, which the list reads instead of one sealed row per family. Every write of a summary goes
 * through here, in the writer's own transaction, so the two never differ once it commits.
 */
import Dexie from 'dexie';
import { RecordDecryptionError } from '../crypto/errors';
import type { TeamAroundDatabase } from '../db';
import {
  FAMILY_LIST_BUCKETS,
  familyListBucket,
  familyListPageSchema,
  familyListPages,
  withSummary,
  withoutFamilies,
  type FamilyListPage,
} from '../../../shared/domain/family-list-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';

/** A stored page as the list can trust it, or null when it cannot be decrypted or is not a page. */
function checkedPage(row: unknown): FamilyListPage | null {
  const parsed = familyListPageSchema.safeParse(row);
  return parsed.success ? parsed.data : null;
}

/**
 * The page `bucket` as stored: undefined when there is none, null when it cannot be trusted.
 * Dexie's own promise, not an async function: each native await nested inside a transaction's scope
 * risks losing it (Dexie's zone), and the transaction then commits too early.
 */
function storedPage(db: TeamAroundDatabase, bucket: number): Promise<FamilyListPage | null | undefined> {
  return db.familyListPages.get(bucket).then(
    (row) => (row === undefined ? undefined : checkedPage(row)),
    (error: unknown) => {
      if (error instanceof RecordDecryptionError) return null;
      throw error;
    },
  );
}

/** Family ids by bucket, from the summaries' primary keys (stored in clear: no decryption). */
function idsByBucket(db: TeamAroundDatabase): Promise<Map<number, Set<string>>> {
  return db.familySummaries
    .toCollection()
    .primaryKeys()
    .then((keys) => {
      const buckets = new Map<number, Set<string>>();
      for (const key of keys) {
        const id = String(key);
        const bucket = familyListBucket(id);
        const ids = buckets.get(bucket);
        if (ids) ids.add(id);
        else buckets.set(bucket, new Set([id]));
      }
      return buckets;
    });
}

/**
 * Writes `buckets`' pages afresh from `familySummaries`. Inside a 'rw' transaction over
 * familySummaries and familyListPages.
 */
export function rebuildBucketsWithin(db: TeamAroundDatabase, buckets: ReadonlySet<number>): Promise<void> {
  return idsByBucket(db).then((ids) => {
    const members = [...buckets].flatMap((bucket) => [...(ids.get(bucket) ?? [])]);
    return db.familySummaries.bulkGet(members).then((rows) => {
      const pages = familyListPages(rows.filter((s): s is FamilySummary => s !== undefined));
      const emptied = [...buckets].filter((bucket) => !pages.some((page) => page.id === bucket));
      return db.familyListPages.bulkDelete(emptied).then(() => db.familyListPages.bulkPut(pages)).then(() => undefined);
    });
  });
}

/** Saves a family's summary and its page. Inside a 'rw' transaction over familySummaries and familyListPages. */
export function putFamilySummaryWithin(db: TeamAroundDatabase, summary: FamilySummary): Promise<void> {
  const bucket = familyListBucket(summary.id);
  return db.familySummaries
    .put(summary)
    .then(() => storedPage(db, bucket))
    .then((page) => (page === null ? rebuildBucketsWithin(db, new Set([bucket])) : db.familyListPages.put(withSummary(page, summary)).then(() => undefined)));
}

/** Removes families' summaries and takes them off their pages. Same transaction as above. */
export function removeFamilySummariesWithin(db: TeamAroundDatabase, familyIds: readonly string[]): Promise<void> {
  const gone = new Set(familyIds);
  const buckets = [...new Set(familyIds.map(familyListBucket))];
  return db.familySummaries
    .bulkDelete([...familyIds])
    .then(() => Dexie.Promise.all(buckets.map((bucket) => storedPage(db, bucket))))
    .then((pages) => {
      const damaged = new Set(buckets.filter((_, i) => pages[i] === null));
      const kept = pages.flatMap((page) => (page ? [withoutFamilies(page, gone)] : []));
      const emptied = kept.filter((page) => page.summaries.length === 0).map((page) => page.id);
      return db.familyListPages
        .bulkDelete(emptied)
        .then(() => db.familyListPages.bulkPut(kept.filter((page) => page.summaries.length > 0)))
        .then(() => (damaged.size > 0 ? rebuildBucketsWithin(db, damaged) : undefined));
    });
}

/** Replaces every page with pages made from `summaries` (a restore, once they are added). Inside a 'rw' transaction over familyListPages. */
export function replaceFamilyListPagesWithin(db: TeamAroundDatabase, summaries: readonly FamilySummary[]): Promise<void> {
  return db.familyListPages
    .clear()
    .then(() => db.familyListPages.bulkAdd(familyListPages(summaries)))
    .then(() => undefined);
}

/** Every stored page by bucket, null for one that cannot be decrypted; one read when nothing is damaged. */
async function readPages(db: TeamAroundDatabase): Promise<Map<number, unknown>> {
  try {
    return new Map((await db.familyListPages.toArray()).map((row) => [row.id, row] as const));
  } catch (error) {
    if (!(error instanceof RecordDecryptionError)) throw error;
  }
  const pages = new Map<number, unknown>();
  for (let bucket = 0; bucket < FAMILY_LIST_BUCKETS; bucket++) {
    try {
      const row = await db.familyListPages.get(bucket);
      if (row !== undefined) pages.set(bucket, row);
    } catch (inner) {
      if (!(inner instanceof RecordDecryptionError)) throw inner;
      pages.set(bucket, null);
    }
  }
  return pages;
}

const sameIds = (page: FamilyListPage, ids: ReadonlySet<string>) => page.summaries.length === ids.size && page.summaries.every((s) => ids.has(s.id));

export interface FamilyListRead {
  /** Every family's summary, in id order (as `familySummaries` holds them). */
  summaries: FamilySummary[];
  /** Buckets whose page was missing, damaged or out of step with the summaries' keys: read from the summaries instead. */
  damaged: number[];
}

/**
 * The list: the pages, each checked with its schema and against the summaries' keys (read in clear,
 * without decrypting). A bucket whose page fails either is read from `familySummaries` instead, so
 * a bad page never breaks the list; `repairFamilyListPages` then writes it again.
 */
export async function readFamilyList(db: TeamAroundDatabase): Promise<FamilyListRead> {
  const [ids, pages] = await Promise.all([idsByBucket(db), readPages(db)]);
  const summaries: FamilySummary[] = [];
  const damaged: number[] = [];
  for (let bucket = 0; bucket < FAMILY_LIST_BUCKETS; bucket++) {
    const expected = ids.get(bucket) ?? new Set<string>();
    const row = pages.get(bucket);
    if (row === undefined && expected.size === 0) continue;
    const page = row === undefined ? null : checkedPage(row);
    if (page && sameIds(page, expected)) summaries.push(...page.summaries);
    else damaged.push(bucket);
  }
  if (damaged.length > 0) {
    const missing = damaged.flatMap((bucket) => [...(ids.get(bucket) ?? [])]);
    summaries.push(...(await db.familySummaries.bulkGet(missing)).filter((s): s is FamilySummary => s !== undefined));
  }
  summaries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { summaries, damaged };
}

/** Writes the damaged buckets' pages again from the summaries, in a transaction of its own. */
export async function repairFamilyListPages(db: TeamAroundDatabase, buckets: readonly number[]): Promise<void> {
  await db.transaction('rw', [db.familySummaries, db.familyListPages], () => rebuildBucketsWithin(db, new Set(buckets)));
}
