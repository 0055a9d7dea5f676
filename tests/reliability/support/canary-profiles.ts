/**
 * Seeds the canaries into a fresh Chromium profile through the app's repositories (encrypted, or
 * the plain control), closes the browser, and scans the whole profile: once with the data still in
 * LevelDB's log, and again after filler has pushed it into Snappy-compressed table files.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Canaries, SeedResult } from '../browser/canaries';
import { launchProfile } from './chromium';
import { callPage, openReliabilityPage } from './page';
import { scanForCanaries, type ScanResult } from './scan/canary-search';

/** Enough to fill LevelDB's write buffer (4 MiB) a few times over, so earlier writes are flushed and compacted. */
const FILLER_MEGABYTES = 12;

export interface ProfileScans {
  encrypted: boolean;
  seed: SeedResult;
  /** Straight after seeding: the data is in LevelDB's log. */
  afterSeeding: ScanResult;
  /** After the filler: the data is in compressed table files. */
  afterCompaction: ScanResult;
}

async function inBrowser<T>(profile: string, origin: string, work: (page: Parameters<typeof callPage>[0]) => Promise<T>): Promise<T> {
  const browser = await launchProfile(profile);
  try {
    await openReliabilityPage(browser.page, origin);
    return await work(browser.page);
  } finally {
    // A normal close, as when the user quits: Chromium writes out whatever it keeps in memory.
    await browser.context.close();
  }
}

export async function seedAndScan(origin: string, encrypted: boolean, canaries: Canaries): Promise<ProfileScans> {
  const profile = await mkdtemp(join(tmpdir(), `team-around-canary-${encrypted ? 'encrypted' : 'control'}-`));
  const values = Object.values(canaries);
  try {
    const seed = await inBrowser(profile, origin, (page) => callPage(page, 'seedCanaries', encrypted, canaries));
    const afterSeeding = await scanForCanaries(profile, values);
    await inBrowser(profile, origin, (page) => callPage(page, 'fillOrigin', FILLER_MEGABYTES));
    const afterCompaction = await scanForCanaries(profile, values);
    return { encrypted, seed, afterSeeding, afterCompaction };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
