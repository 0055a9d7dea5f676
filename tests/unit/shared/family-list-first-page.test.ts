/**
 * The families list's first page (decision 0063): after any run of saves and removals, changed on
 * the page alone where it can be, and made afresh from every family where it cannot (as the list's
 * next read does), it is always the first page of the list as the list sorts it.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIRST_PAGE_SIZE,
  familyListFirstPageSchema,
  firstPageOf,
  firstPageWith,
  firstPageWithout,
  isFirstPageOf,
  type FamilyListFirstPage,
} from '../../../shared/domain/family-list-first-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { searchFamilies } from '../../../shared/rules/family-search';

const byId = (a: FamilySummary, b: FamilySummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

function summary(id: string, familyName: string, child = 'Sam'): FamilySummary {
  return {
    id,
    familyId: id,
    familyName,
    isPractice: false,
    updatedAt: '2026-11-23T10:15:00.000Z',
    carers: [{ id: `${id}-c`, name: 'Alex' }],
    children: [{ id: `${id}-k`, name: child, preferredName: '', dateOfBirth: '2016-03-01', school: 'Hill Primary' }],
  };
}

/** What the list shows first: its own sort over the summaries in id order, as read. */
function listed(all: readonly FamilySummary[]): FamilySummary[] {
  return searchFamilies([...all].sort(byId), '').slice(0, FIRST_PAGE_SIZE);
}

// Few names, so many families share one and the id decides.
const name = fc.constantFrom('Ahmed', 'ahmed', 'Brown', 'Évans', 'Evans', 'Zhou', 'O’Neil', 'Campbell 2', 'Campbell 10');
const op = fc.oneof(
  fc.record({ kind: fc.constant('save' as const), id: fc.integer({ min: 0, max: 90 }), name, child: name }),
  fc.record({ kind: fc.constant('remove' as const), ids: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 3 }) }),
);

describe('the families list’s first page', () => {
  it('is made of the first families in the list’s own order, with the count of all', () => {
    const all = Array.from({ length: 70 }, (_, i) => summary(`id-${String(i).padStart(2, '0')}`, i % 3 ? 'Brown' : 'Ahmed', i % 2 ? 'Kit' : 'Ada'));
    const page = firstPageOf(all);
    expect(page.count).toBe(70);
    expect(page.summaries).toEqual(listed(all));
    expect(familyListFirstPageSchema.safeParse(page).success).toBe(true);
    expect(isFirstPageOf(page, [...all].reverse())).toBe(true);
  });

  it('stays the first page through any saves and removals, or says it cannot tell', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 70 }), fc.array(op, { maxLength: 40 }), (start, ops) => {
        const families = new Map<string, FamilySummary>();
        for (let i = 0; i < start; i++) families.set(`f${i}`, summary(`f${i}`, ['Ahmed', 'Brown', 'Zhou'][i % 3] ?? '', `Kid ${i}`));
        let page: FamilyListFirstPage = firstPageOf([...families.values()]);
        for (const o of ops) {
          let next: FamilyListFirstPage | null;
          const full = page.summaries.length < page.count;
          const onPage = (id: string) => page.summaries.some((s) => s.id === id);
          if (o.kind === 'save') {
            const s = summary(`f${o.id}`, o.name, o.child);
            next = firstPageWith(page, s, !families.has(s.id));
            // It gives up only when a family on a page that does not hold every family may have left it.
            if (next === null) expect(full && onPage(s.id)).toBe(true);
            families.set(s.id, s);
          } else {
            const removed = new Set(o.ids.map((i) => `f${i}`).filter((id) => families.has(id)));
            next = firstPageWithout(page, removed);
            if (next === null) expect(full && [...removed].some(onPage)).toBe(true);
            for (const id of removed) families.delete(id);
          }
          const all = [...families.values()];
          // Where the page cannot tell, it is deleted and the list's next read writes it afresh.
          page = next ?? firstPageOf(all);
          expect(page.count).toBe(all.length);
          expect(page.summaries).toEqual(listed(all));
          expect(isFirstPageOf(page, all)).toBe(true);
          expect(familyListFirstPageSchema.safeParse(page).success).toBe(true);
        }
      }),
      { numRuns: 150, seed: 63 },
    );
  });

  it('cannot tell what comes next when a family leaves a full page, and says so', () => {
    const all = Array.from({ length: 60 }, (_, i) => summary(`id-${String(i).padStart(2, '0')}`, `Family ${String(i).padStart(2, '0')}`));
    const page = firstPageOf(all);
    const first = all[0] as FamilySummary;
    expect(firstPageWith(page, { ...first, familyName: 'Zz last' }, false)).toBeNull();
    expect(firstPageWithout(page, new Set([first.id]))).toBeNull();
    // One not on the page: only the count changes.
    expect(firstPageWithout(page, new Set(['id-59']))).toEqual({ ...page, count: 59 });
  });

  it('is not trusted when out of order, longer than the count or wrong about the families', () => {
    const all = Array.from({ length: 5 }, (_, i) => summary(`id-${i}`, `Family ${i}`));
    const page = firstPageOf(all);
    expect(familyListFirstPageSchema.safeParse({ ...page, summaries: [...page.summaries].reverse() }).success).toBe(false);
    expect(familyListFirstPageSchema.safeParse({ ...page, count: 4 }).success).toBe(false);
    expect(familyListFirstPageSchema.safeParse({ ...page, id: 3 }).success).toBe(false);
    expect(isFirstPageOf(page, all.slice(1))).toBe(false);
    expect(isFirstPageOf(page, all.map((s, i) => (i === 2 ? { ...s, familyName: 'Family 2b' } : s)))).toBe(false);
    expect(isFirstPageOf(firstPageOf(all.slice(1)), all)).toBe(false);
  });
});
