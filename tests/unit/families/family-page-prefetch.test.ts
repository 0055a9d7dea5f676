// Dexie's live queries need an IndexedDB to exist, though these reads never touch it.
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Repositories } from '../../../renderer/data/repositories';

const reads: string[] = [];
const forFamily = (table: string) => async (familyId: string) => {
  reads.push(`${table}:${familyId}`);
  return [];
};
const repos = {
  families: { get: async (id: string) => (reads.push(`families:${id}`), undefined) },
  consent: { forFamily: forFamily('consent') },
  plans: { forFamily: forFamily('plans') },
  timetables: { forFamily: async (id: string) => (reads.push(`timetables:${id}`), undefined) },
  meetings: { forFamily: forFamily('meetings') },
  meetingRecords: { forFamily: forFamily('meetingRecords') },
  minutes: { forFamily: forFamily('minutes') },
  audit: { forFamily: forFamily('audit') },
} as unknown as Repositories;

vi.mock('../../../renderer/data/repositories', () => ({ getRepositories: () => repos }));

const { keySession } = await import('../../../renderer/data/db');
const { generateDataKey } = await import('../../../renderer/data/crypto/data-key');
const { familyPageQuery, prefetchFamilyPage } = await import('../../../renderer/features/families/family-page-query');
const { familyRoutes } = await import('../../../renderer/features/families/routes');
const { ROUTES } = await import('../../../renderer/components/paths');
const { prefetchRouteData } = await import('../../../renderer/app/route-prefetch');
const familyRoute = familyRoutes.find((r) => r.path === ROUTES.family) ?? {};

afterEach(() => {
  keySession.lock();
  reads.length = 0;
});

describe("the family page's route", () => {
  it('reads the family and its path when the router takes the address, and the page’s query finds them read', async () => {
    keySession.unlock(generateDataKey());
    expect(keySession.isUnlocked).toBe(true);
    prefetchRouteData({ matches: [{ route: familyRoute, params: { familyId: 'family-1' } }] });
    await vi.waitFor(() => expect(reads).toHaveLength(8));
    expect(reads).toContain('families:family-1');
    const value = await new Promise((resolve) => {
      const watch = familyPageQuery(repos, 'family-1').subscribe({ next: (v) => (queueMicrotask(() => watch.unsubscribe()), resolve(v)) });
    });
    expect(value).toMatchObject({ family: null, path: { consent: [], meetings: [], timetable: null } });
    expect(reads).toHaveLength(8);
  });

  it('reads nothing while the app is locked', async () => {
    prefetchFamilyPage({ familyId: 'family-2' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(reads).toEqual([]);
  });
});
