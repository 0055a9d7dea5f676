import { z } from 'zod';
import { compareForList } from '../rules/family-search';
import { familySummarySchema, type FamilySummary } from './family-summary';

/**
 * The families list's first page (decision 0063): the first families in the list's order and how
 * many families there are, kept sealed beside the 64 pages (decision 0060) under a key no bucket
 * uses, so an unlock onto the list draws its first cards from one small record instead of every
 * summary. Every writer of the pages keeps it right in the same transaction, or deletes it when it
 * cannot tell what would now be first; the list's next full read writes it again.
 */
export const FIRST_PAGE_SIZE = 50;

/** The first page's key in `familyListPages`: buckets are 0 to 63. */
export const FIRST_PAGE_ID = -1;

export interface FamilyListFirstPage {
  id: typeof FIRST_PAGE_ID;
  /** Every family, not only those on this page. */
  count: number;
  /** The first `FIRST_PAGE_SIZE` families (all of them when there are fewer), in the list's order. */
  summaries: FamilySummary[];
}

/** The list's order, made total by the id (the list sorts summaries read in id order, and its sort is stable). */
export function compareListOrder(a: FamilySummary, b: FamilySummary): number {
  return compareForList(a, b) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function firstPage(count: number, summaries: FamilySummary[]): FamilyListFirstPage {
  return { id: FIRST_PAGE_ID, count, summaries: summaries.slice(0, FIRST_PAGE_SIZE) };
}

/** The first page of every family in `summaries`. */
export function firstPageOf(summaries: readonly FamilySummary[]): FamilyListFirstPage {
  return firstPage(summaries.length, [...summaries].sort(compareListOrder));
}

/** Whether the page holds every family (then any change can be made on it alone). */
const holdsEveryFamily = (page: FamilyListFirstPage) => page.summaries.length === page.count;

/**
 * `page` once `summary` is saved (`isNew`: no summary had its id before), or null when that cannot be
 * told from the page alone: a family on a full page now sorts after its last, and the family that
 * would take its place is not on it.
 */
export function firstPageWith(page: FamilyListFirstPage, summary: FamilySummary, isNew: boolean): FamilyListFirstPage | null {
  const listed = page.summaries.some((s) => s.id === summary.id);
  // A new family already on the page: the page is not what it says, so it cannot be changed.
  if (isNew && listed) return null;
  const count = page.count + (isNew ? 1 : 0);
  const others = page.summaries.filter((s) => s.id !== summary.id);
  const last = page.summaries[page.summaries.length - 1];
  // Equal only to itself in its old place at the end: it stays there.
  const fits = holdsEveryFamily(page) || (last !== undefined && compareListOrder(summary, last) <= 0);
  if (fits) return firstPage(count, [...others, summary].sort(compareListOrder));
  return listed ? null : firstPage(count, others);
}

/**
 * `page` once the families `removed` (every one of which had a summary) are gone, or null when
 * one was on a page that does not hold every family: what comes next is not on it.
 */
export function firstPageWithout(page: FamilyListFirstPage, removed: ReadonlySet<string>): FamilyListFirstPage | null {
  const kept = page.summaries.filter((s) => !removed.has(s.id));
  if (kept.length < page.summaries.length && !holdsEveryFamily(page)) return null;
  return firstPage(page.count - removed.size, kept);
}

/** A stored first page as the list trusts it: in the list's order, no longer than a page, no more than the count. */
export const familyListFirstPageSchema = z
  .object({
    id: z.literal(FIRST_PAGE_ID),
    count: z.number().int().min(0),
    summaries: z.array(familySummarySchema).max(FIRST_PAGE_SIZE),
  })
  .refine(
    (page) =>
      page.summaries.length === Math.min(page.count, FIRST_PAGE_SIZE) &&
      page.summaries.every((s, i, all) => s.familyId === s.id && (i === 0 || compareListOrder(all[i - 1] as FamilySummary, s) < 0)),
    { message: 'The first page is not the start of the list.' },
  );

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((k) => Object.hasOwn(b, k) && sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Whether `page` is the first page of exactly `all` (every family's summary, in any order), without sorting them. */
export function isFirstPageOf(page: FamilyListFirstPage, all: readonly FamilySummary[]): boolean {
  if (page.count !== all.length) return false;
  const byId = new Map(all.map((s) => [s.id, s] as const));
  if (!page.summaries.every((s) => sameValue(s, byId.get(s.id)))) return false;
  const onPage = new Set(page.summaries.map((s) => s.id));
  const last = page.summaries[page.summaries.length - 1];
  return last === undefined || all.every((s) => onPage.has(s.id) || compareListOrder(last, s) < 0);
}
