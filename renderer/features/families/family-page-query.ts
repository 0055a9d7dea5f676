import type { Subscribable } from 'dexie';
import type { Params } from 'react-router';
import type { FamilyRecord } from '../../../shared/domain/family-record';
import { keySession } from '../../data/db';
import { getRepositories, type Repositories } from '../../data/repositories';
import { forgetSharedLiveQueries, prefetch, sharedLiveQuery } from '../../data/shared-live-query';
import { readPathData, type PathData } from '../path';

export interface FamilyPageData {
  /** null when there is no such family. */
  family: FamilyRecord | null;
  path: PathData;
}

async function readFamilyPage(repos: Repositories, familyId: string): Promise<FamilyPageData> {
  const [family, path] = await Promise.all([repos.families.get(familyId), readPathData(repos, familyId)]);
  return { family: family ?? null, path };
}

/** The family and everything its path needs, as one live query shared by the route and the page. */
export function familyPageQuery(repos: Repositories, familyId: string): Subscribable<FamilyPageData> {
  return sharedLiveQuery(repos, `family-page:${familyId}`, () => readFamilyPage(repos, familyId));
}

/**
 * Starts the family page's reads the moment the router takes its address, before React gets to
 * the page, which then picks them up (the route's prefetch; decision record 0050). Never waits;
 * while locked it does nothing.
 */
export function prefetchFamilyPage(params: Params): void {
  const familyId = params.familyId;
  if (familyId && keySession.isUnlocked) prefetch(familyPageQuery(getRepositories(), familyId));
}

// What was read for a page must not outlive the unlock.
keySession.onLockChange((locked) => {
  if (locked) forgetSharedLiveQueries();
});
