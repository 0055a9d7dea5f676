/**
 * Seeds the canaries into a fresh Chromium profile through the app's repositories (encrypted, or
 * the plain control), closes the browser, and scans the whole profile: once with the data still in
 * LevelDB's log, and again after filler has pushed it into Snappy-compressed table files. The
 * profile includes the origin private file system, where the mirror of recent work is kept; the
 * control writes its canaries there in plain text too, to show the scan reads those files.
 */
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
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
  /** Files with content in the private file system's data folders (not its own LevelDB index). */
  privateFiles: number;
}

/** Chromium keeps the origin private file system's files as numbered files under "File System". */
export async function privateFileSystemFiles(profile: string): Promise<string[]> {
  const base = join(profile, 'Default', 'File System');
  const found: string[] = [];
  async function walk(dir: string): Promise<void> {
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (/^\d+$/.test(entry.name) && (await stat(path)).size > 0) found.push(relative(profile, path));
    }
  }
  await walk(base);
  return found;
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
    const seed = await inBrowser(profile, origin, async (page) => {
      const seeded = await callPage(page, 'seedCanaries', encrypted, canaries);
      if (!encrypted) await callPage(page, 'writePlainOpfsFile', values.join('\n'));
      return seeded;
    });
    const privateFiles = (await privateFileSystemFiles(profile)).length;
    const afterSeeding = await scanForCanaries(profile, values);
    await inBrowser(profile, origin, (page) => callPage(page, 'fillOrigin', FILLER_MEGABYTES));
    const afterCompaction = await scanForCanaries(profile, values);
    return { encrypted, seed, afterSeeding, afterCompaction, privateFiles };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}
