/**
 * The families list's first page (decision 0063), kept in `familyListPages` under a key no bucket
 * uses. Writers change it in their own transaction when the change can be made on it alone, and
 * delete it otherwise; the list's next full read finds it missing or wrong and writes it again.
 * Dexie's own promises throughout, not async functions (see family-list-pages.ts).
 */
import { RecordDecryptionError } from '../crypto/errors';
import type { TeamAroundDatabase } from '../db';
import {
  FIRST_PAGE_ID,
  familyListFirstPageSchema,
  firstPageOf,
  type FamilyListFirstPage,
} from '../../../shared/domain/family-list-first-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';

/** The stored first page: undefined when there is none, null when it cannot be decrypted or is not a first page. */
export function storedFirstPage(db: TeamAroundDatabase): Promise<FamilyListFirstPage | null | undefined> {
  return db.familyListPages.get(FIRST_PAGE_ID).then(
    (row) => {
      if (row === undefined) return undefined;
      const parsed = familyListFirstPageSchema.safeParse(row);
      return parsed.success ? parsed.data : null;
    },
    (error: unknown) => {
      if (error instanceof RecordDecryptionError) return null;
      throw error;
    },
  );
}

/**
 * The first page the unlock can draw, or null when there is none it can trust (the list is then read
 * whole): as with the buckets' pages, its families and its count must agree with the summaries'
 * keys, read in clear beside it.
 */
export function readFirstPage(db: TeamAroundDatabase): Promise<FamilyListFirstPage | null> {
  return Promise.all([storedFirstPage(db), db.familySummaries.toCollection().primaryKeys()]).then(([page, keys]) => {
    if (!page || page.count !== keys.length) return null;
    const ids = new Set(keys.map(String));
    return page.summaries.every((s) => ids.has(s.id)) ? page : null;
  });
}

/**
 * Applies `change` to the stored first page; deletes it when `change` cannot tell (null) or it
 * cannot be trusted. None stored: left so. Inside a 'rw' transaction over familyListPages.
 */
export function changeFirstPageWithin(db: TeamAroundDatabase, change: (page: FamilyListFirstPage) => FamilyListFirstPage | null): Promise<void> {
  return storedFirstPage(db).then((page) => {
    if (page === undefined) return undefined;
    const next = page === null ? null : change(page);
    return next === null ? db.familyListPages.delete(FIRST_PAGE_ID) : db.familyListPages.put(next).then(() => undefined);
  });
}

/** Writes the first page of every family in `summaries`. Inside a 'rw' transaction over familyListPages. */
export function putFirstPageWithin(db: TeamAroundDatabase, summaries: readonly FamilySummary[]): Promise<void> {
  return db.familyListPages.put(firstPageOf(summaries)).then(() => undefined);
}
