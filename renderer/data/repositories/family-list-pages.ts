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
import { firstPageWith, firstPageWithout, isFirstPageOf } from '../../../shared/domain/family-list-first-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { changeFirstPageWithin, putFirstPageWithin, storedFirstPage } from './family-list-first-page';

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

/** Which of `familyIds` have a summary: their keys, read in clear. */
function existingSummaryIds(db: TeamAroundDatabase, familyIds: readonly string[]): Promise<Set<string>> {
  return db.familySummaries
    .where(':id')
    .anyOf([...familyIds])
    .primaryKeys()
    .then((keys) => new Set(keys.map(String)));
}

/** Saves a family's summary, its page and the first page (0063). Inside a 'rw' transaction over familySummaries and familyListPages. */
export function putFamilySummaryWithin(db: TeamAroundDatabase, summary: FamilySummary): Promise<void> {
  const bucket = familyListBucket(summary.id);
  return existingSummaryIds(db, [summary.id]).then((existing) =>
    db.familySummaries
      .put(summary)
      .then(() => storedPage(db, bucket))
      .then((page) => (page === null ? rebuildBucketsWithin(db, new Set([bucket])) : db.familyListPages.put(withSummary(page, summary)).then(() => undefined)))
      .then(() => changeFirstPageWithin(db, (first) => firstPageWith(first, summary, existing.size === 0))),
  );
}

/** Removes families' summaries and takes them off their pages. Same transaction as above. */
export function removeFamilySummariesWithin(db: TeamAroundDatabase, familyIds: readonly string[]): Promise<void> {
  const gone = new Set(familyIds);
  const buckets = [...new Set(familyIds.map(familyListBucket))];
  let existing = new Set<string>();
  return existingSummaryIds(db, familyIds)
    .then((ids) => {
      existing = ids;
      return db.familySummaries.bulkDelete([...familyIds]);
    })
    .then(() => changeFirstPageWithin(db, (first) => firstPageWithout(first, existing)))
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

/** Replaces every page, and the first page, with pages made from `summaries` (a restore, once they are added). Inside a 'rw' transaction over familyListPages. */
export function replaceFamilyListPagesWithin(db: TeamAroundDatabase, summaries: readonly FamilySummary[]): Promise<void> {
  return db.familyListPages
    .clear()
    .then(() => db.familyListPages.bulkAdd(familyListPages(summaries)))
    .then(() => putFirstPageWithin(db, summaries));
}

/** Every stored bucket's page (not the first page) by bucket, null for one that cannot be decrypted; one read when nothing is damaged. */
function readPages(db: TeamAroundDatabase): Promise<Map<number, unknown>> {
  const buckets = () => db.familyListPages.where(':id').between(0, FAMILY_LIST_BUCKETS);
  return buckets()
    .toArray()
    .then(
      (rows) => new Map<number, unknown>(rows.map((row) => [row.id, row] as const)),
      (error: unknown) => {
        if (!(error instanceof RecordDecryptionError)) throw error;
        // One by one, to tell the damaged pages from the good.
        return buckets()
          .primaryKeys()
          .then((keys) =>
            Dexie.Promise.all(
              keys.map((key) =>
                db.familyListPages.get(key).then(
                  (row) => [key, row] as const,
                  (inner: unknown) => {
                    if (!(inner instanceof RecordDecryptionError)) throw inner;
                    return [key, null] as const;
                  },
                ),
              ),
            ),
          )
          .then((rows) => new Map<number, unknown>(rows.filter(([, row]) => row !== undefined)));
      },
    );
}

const sameIds = (page: FamilyListPage, ids: ReadonlySet<string>) => page.summaries.length === ids.size && page.summaries.every((s) => ids.has(s.id));

export interface FamilyListRead {
  /** Every family's summary, in id order (as `familySummaries` holds them). */
  summaries: FamilySummary[];
  /** Buckets whose page was missing, damaged or out of step with the summaries' keys: read from the summaries instead. */
  damaged: number[];
  /** The first page (0063) is missing, damaged or not the first page of these summaries. */
  firstPageWrong: boolean;
}

/**
 * The list: the pages, each checked with its schema and against the summaries' keys (read in clear,
 * without decrypting). A bucket whose page fails either is read from `familySummaries` instead, so
 * a bad page never breaks the list; `repairFamilyListPages` then writes it again. Dexie's promises,
 * so it may run inside a transaction too.
 */
export function readFamilyList(db: TeamAroundDatabase): Promise<FamilyListRead> {
  return Dexie.Promise.all([idsByBucket(db), readPages(db), storedFirstPage(db)]).then(([ids, pages, first]) => {
    const { summaries, damaged } = fromPages(ids, pages);
    const done = (all: FamilySummary[]): FamilyListRead => {
      all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
      return { summaries: all, damaged, firstPageWrong: !first || !isFirstPageOf(first, all) };
    };
    if (damaged.length === 0) return done(summaries);
    const missing = damaged.flatMap((bucket) => [...(ids.get(bucket) ?? [])]);
    return db.familySummaries.bulkGet(missing).then((rows) => done([...summaries, ...rows.filter((s): s is FamilySummary => s !== undefined)]));
  });
}

/** The summaries of every page that can be trusted, and the buckets whose page cannot. */
function fromPages(ids: Map<number, Set<string>>, pages: Map<number, unknown>): { summaries: FamilySummary[]; damaged: number[] } {
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
  return { summaries, damaged };
}

/**
 * Writes the damaged buckets' pages again from the summaries, then (when `firstPage`) the first
 * page from the list as read again inside this transaction, so no save in between is missed.
 */
export async function repairFamilyListPages(db: TeamAroundDatabase, buckets: readonly number[], firstPage = false): Promise<void> {
  await db.transaction('rw', [db.familySummaries, db.familyListPages], () =>
    rebuildBucketsWithin(db, new Set(buckets)).then(() => (firstPage ? readFamilyList(db).then(({ summaries }) => putFirstPageWithin(db, summaries)) : undefined)),
  );
}
