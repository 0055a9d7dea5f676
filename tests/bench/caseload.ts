/**
 * The synthetic caseload, seeded and reproducible, written through the app's own Dexie
 * database class in bulk transactions (never one transaction per record). The bench writes it
 * through the encryption middleware (the database the app opens) and, batch by batch, the same
 * records into a plain copy for the floors.
 */
import { summariseFamily } from '../../shared/domain/family-summary';
import { FIRST_PAGE_ID, firstPageOf, firstPageWith, type FamilyListFirstPage } from '../../shared/domain/family-list-first-page';
import { familyListBucket, withSummary, type FamilyListPage } from '../../shared/domain/family-list-page';
import type { FamilyRecord } from '../../shared/domain/family-record';
import type { Meeting } from '../../shared/domain/meeting';
import type { ConsentEvent } from '../../shared/domain/consent';
import type { Plan } from '../../shared/domain/plan';
import type { ActionRow, HomeStatusRow, TeamAroundDatabase } from '../../renderer/data/db';
import { planRecords } from './caseload/plans';
import { summaryRow } from '../../renderer/data/repositories/minutes-open';
import { familyBundle } from './caseload/records';
import { caseloadCounts, type CaseloadSize } from './caseload/size';

export { familyBundle, familyIdAt, type FamilyBundle } from './caseload/records';
export { CASELOAD_TODAY, COUNCIL_CASELOAD, DEFAULT_SEED, FULL_CASELOAD, TINY_CASELOAD, caseloadCounts, type CaseloadSize } from './caseload/size';

export interface CaseloadBatch {
  families: FamilyRecord[];
  meetings: Meeting[];
  actions: ActionRow[];
  plans: Plan[];
  consentEvents: ConsentEvent[];
  homeStatus: HomeStatusRow[];
}

/** Families [from, to) with all their meetings, actions, plans, consent and home status rows. */
export function caseloadBatch(seed: number, size: CaseloadSize, from: number, to: number): CaseloadBatch {
  const batch: CaseloadBatch = { families: [], meetings: [], actions: [], plans: [], consentEvents: [], homeStatus: [] };
  for (let i = from; i < Math.min(to, size.families); i++) {
    const bundle = familyBundle(seed, i, size);
    batch.families.push(bundle.family);
    batch.meetings.push(...bundle.meetings);
    batch.actions.push(...bundle.actions);
    const planned = planRecords(seed, i, bundle);
    batch.plans.push(...planned.plans);
    batch.consentEvents.push(...planned.consentEvents);
    batch.homeStatus.push(...planned.homeStatus);
  }
  return batch;
}

export interface CaseloadWriteResult {
  families: number;
  meetings: number;
  actions: number;
  /** Time spent making records. */
  generateMs: number;
  /** Time spent in IndexedDB transactions on `db` (encrypting, if it has the middleware). */
  writeMs: number;
  /** Sealing with Web Crypto before the transactions (the bench's fast seeding only; overlaps the plain copy's writes). */
  sealMs?: number;
  /** Time spent writing the same batches into `plainCopy`; 0 without one. */
  plainWriteMs: number;
  totalMs: number;
  /** Transactions on `db` (the plain copy takes as many again). */
  transactions: number;
}

export interface CaseloadWriteOptions {
  /** About this many actions per transaction (whole families only). */
  actionsPerTransaction?: number;
  /** Also written, batch by batch, with the same records: the floors' unencrypted copy. */
  plainCopy?: TeamAroundDatabase;
  now?: () => number;
}

/**
 * One batch in one transaction. The bench's fast seeding (caseload/sealed-write.ts) captures and
 * seals what this writes; its capturing connection keeps the list's pages, so each batch adds to
 * the pages the batches before it wrote, as here.
 */
export async function writeBatch(db: TeamAroundDatabase, batch: CaseloadBatch): Promise<void> {
  // Each family's and meeting's summary is written with it, and the families list's pages (0060), as the repositories do.
  await db.transaction('rw', [db.families, db.familySummaries, db.familyListPages, db.meetings, db.meetingSummaries, db.actions, db.plans, db.consentEvents, db.homeStatus], async () => {
    const summaries = batch.families.map(summariseFamily);
    const buckets = [...new Set(summaries.map((s) => familyListBucket(s.id)))].sort((a, b) => a - b);
    const [first, ...stored] = (await db.familyListPages.bulkGet([FIRST_PAGE_ID, ...buckets])) as [FamilyListFirstPage | undefined, ...Array<FamilyListPage | undefined>];
    const pages = new Map(buckets.flatMap((bucket, i) => (stored[i] ? [[bucket, stored[i]] as const] : [])));
    // The list's first page (0063), as the repositories keep it.
    let firstPage = first ?? firstPageOf([]);
    for (const summary of summaries) {
      const bucket = familyListBucket(summary.id);
      const isNew = !(pages.get(bucket)?.summaries.some((s) => s.id === summary.id) ?? false);
      pages.set(bucket, withSummary(pages.get(bucket), summary));
      const next = firstPageWith(firstPage, summary, isNew);
      if (next === null) throw new Error('The caseload replaced a family on the list’s first page with one that sorts after it.');
      firstPage = next;
    }
    await Promise.all([
      db.families.bulkPut(batch.families),
      db.familySummaries.bulkPut(summaries),
      db.familyListPages.bulkPut([...pages.values(), firstPage]),
      db.meetings.bulkPut(batch.meetings),
      // The caseload has no minutes: a held meeting's are open, as the meetings repository writes it (0066).
      db.meetingSummaries.bulkPut(batch.meetings.map((m) => summaryRow(m, []))),
      db.actions.bulkPut(batch.actions),
      db.plans.bulkPut(batch.plans),
      db.consentEvents.bulkPut(batch.consentEvents),
      db.homeStatus.bulkPut(batch.homeStatus),
    ]);
  });
}

/** Whole families, about `actionsPerTransaction` actions (10,000 unless given) in each. */
export function familiesPerTransaction(size: CaseloadSize, actionsPerTransaction = 10_000): number {
  return Math.max(1, Math.floor(actionsPerTransaction / Math.max(1, size.actionsPerFamily)));
}

/** Writes the caseload into an empty or existing database; existing records with the same ids are replaced. */
export async function writeCaseload(
  db: TeamAroundDatabase,
  seed: number,
  size: CaseloadSize,
  options: CaseloadWriteOptions = {},
): Promise<CaseloadWriteResult> {
  const now = options.now ?? (() => performance.now());
  const familiesPerBatch = familiesPerTransaction(size, options.actionsPerTransaction);
  const started = now();
  let generateMs = 0;
  let writeMs = 0;
  let plainWriteMs = 0;
  let transactions = 0;
  for (let from = 0; from < size.families; from += familiesPerBatch) {
    const t0 = now();
    const batch = caseloadBatch(seed, size, from, from + familiesPerBatch);
    const t1 = now();
    await writeBatch(db, batch);
    const t2 = now();
    if (options.plainCopy) await writeBatch(options.plainCopy, batch);
    plainWriteMs += now() - t2;
    writeMs += t2 - t1;
    generateMs += t1 - t0;
    transactions++;
  }
  return { ...caseloadCounts(size), generateMs, writeMs, plainWriteMs, totalMs: now() - started, transactions };
}
