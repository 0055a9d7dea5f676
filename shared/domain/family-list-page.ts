import { z } from 'zod';
import { familySummarySchema, type FamilySummary } from './family-summary';

/**
 * The families list's summaries, held in a fixed number of pages so the list reads and decrypts
 * at most this many records whatever the caseload, and saving a family rewrites one page of about
 * a 64th of the caseload (decision 0060). Changing the number or the hash needs a new schema
 * version: pages already stored would be in the wrong bucket.
 */
export const FAMILY_LIST_BUCKETS = 64;

/** One page: the summaries of every family whose id falls in bucket `id`, in id order. */
export interface FamilyListPage {
  id: number;
  summaries: FamilySummary[];
}

/**
 * The page a family's summary belongs in: FNV-1a (32-bit) over the id's UTF-16 code units, its
 * halves folded together so the low bits depend on every character. A frozen copy lives in
 * renderer/data/migrations/v7.ts; a test keeps the two alike.
 */
export function familyListBucket(familyId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < familyId.length; i++) {
    hash ^= familyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash ^ (hash >>> 16)) >>> 0) % FAMILY_LIST_BUCKETS;
}

const byId = (a: FamilySummary, b: FamilySummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The page `bucket` holding exactly `summaries` (each must fall in that bucket). */
export function familyListPage(bucket: number, summaries: readonly FamilySummary[]): FamilyListPage {
  return { id: bucket, summaries: [...summaries].sort(byId) };
}

/** `page` (or an empty one) with `summary` added or replacing the one with its id. */
export function withSummary(page: FamilyListPage | undefined, summary: FamilySummary): FamilyListPage {
  const bucket = familyListBucket(summary.id);
  const others = (page?.summaries ?? []).filter((s) => s.id !== summary.id);
  return familyListPage(bucket, [...others, summary]);
}

/** `page` without the summaries of `familyIds`. */
export function withoutFamilies(page: FamilyListPage, familyIds: ReadonlySet<string>): FamilyListPage {
  return { id: page.id, summaries: page.summaries.filter((s) => !familyIds.has(s.id)) };
}

/** Every non-empty page for `summaries`, in bucket order. */
export function familyListPages(summaries: readonly FamilySummary[]): FamilyListPage[] {
  const buckets = new Map<number, FamilySummary[]>();
  for (const summary of summaries) {
    const bucket = familyListBucket(summary.id);
    const page = buckets.get(bucket);
    if (page) page.push(summary);
    else buckets.set(bucket, [summary]);
  }
  return [...buckets.keys()].sort((a, b) => a - b).map((bucket) => familyListPage(bucket, buckets.get(bucket) ?? []));
}

/** A stored page as the list trusts it: a known bucket, and every summary belonging in it. */
export const familyListPageSchema = z
  .object({
    id: z.number().int().min(0).max(FAMILY_LIST_BUCKETS - 1),
    summaries: z.array(familySummarySchema),
  })
  .refine((page) => page.summaries.every((s) => s.familyId === s.id && familyListBucket(s.id) === page.id), {
    message: 'A summary is in the wrong page.',
  });
