/**
 * Full disk, simulated by a small storage quota for the page's origin (CDP
 * Storage.overrideQuotaForOrigin, set before the origin first stores anything) and filler that uses
 * it all up. Session 1 saves a family and a draft, fills the disk, tries more saves, and is killed.
 * Session 2 (same quota, still full) reads what was saved, tries again, then "frees space" by
 * raising the quota and retries the failed save.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FamilyAttempt, SavedData } from '../browser/full-disk';
import type { SaveOutcome } from '../browser/queued-draft';
import { killAbruptly, launchProfile, type ProfileBrowser } from './chromium';
import { callPage, openReliabilityPage } from './page';

const QUOTA_BYTES = 2 * 1024 * 1024;
const ROOMY_QUOTA_BYTES = 1024 * 1024 * 1024;
const FILL_MEGABYTES = 8;

/** A draft save's outcome, a refused family, or (wrongly, while full) a created one. */
export type FullDiskAttempt = SaveOutcome | FamilyAttempt | { id: string };

export interface FullDiskFigures {
  familyBefore: string | { failed: FamilyAttempt };
  draftBefore: SaveOutcome;
  filledUp: boolean;
  /** Saves tried while full, and what each reported. */
  whileFull: FullDiskAttempt[];
  /** Read back after the kill, in a new browser (still full). */
  afterRestart: SavedData | null;
  /** The second session's failed draft, retried once space was freed. */
  retryAfterFreeing: SaveOutcome | null;
  afterRetry: SavedData | null;
}

async function openWithQuota(profile: string, origin: string, quota: number): Promise<ProfileBrowser & { setQuota(bytes: number): Promise<void> }> {
  const browser = await launchProfile(profile);
  const cdp = await browser.context.newCDPSession(browser.page);
  const setQuota = async (bytes: number) => {
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: bytes });
  };
  // Before the page first opens IndexedDB: a lower quota set later is not noticed by a running database.
  await setQuota(quota);
  await openReliabilityPage(browser.page, origin);
  return { ...browser, setQuota };
}

export async function runFullDisk(origin: string): Promise<FullDiskFigures> {
  const profile = await mkdtemp(join(tmpdir(), 'team-around-full-disk-'));
  const figures: FullDiskFigures = { familyBefore: '', draftBefore: { status: 'saved' }, filledUp: false, whileFull: [], afterRestart: null, retryAfterFreeing: null, afterRetry: null };
  try {
    const first = await openWithQuota(profile, origin, QUOTA_BYTES);
    const family = await callPage(first.page, 'createFamily', 'Before-the-disk-filled family');
    figures.familyBefore = 'id' in family ? family.id : { failed: family };
    figures.draftBefore = await callPage(first.page, 'saveNote', 'saved before the disk filled', 5_000);
    figures.filledUp = (await callPage(first.page, 'fillOrigin', FILL_MEGABYTES)).full;
    figures.whileFull.push(await callPage(first.page, 'saveNote', 'typed while full', 50_000));
    figures.whileFull.push(await callPage(first.page, 'saveNote', 'typed while full, more', 60_000));
    figures.whileFull.push(await callPage(first.page, 'createFamily', 'While-full family'));
    await killAbruptly(first);

    const second = await openWithQuota(profile, origin, QUOTA_BYTES);
    try {
      const familyId = typeof figures.familyBefore === 'string' ? figures.familyBefore : '';
      figures.afterRestart = await callPage(second.page, 'readSaved', familyId);
      figures.whileFull.push(await callPage(second.page, 'saveNote', 'typed after restarting, still full', 50_000));
      await second.setQuota(ROOMY_QUOTA_BYTES);
      figures.retryAfterFreeing = await callPage(second.page, 'retryNote');
      figures.afterRetry = await callPage(second.page, 'readSaved', familyId);
    } finally {
      await second.context.close();
    }
    return figures;
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
