/**
 * The generated Chromium profile, kept between runs (full and council scales): generating the
 * council's caseload takes many minutes, copying a kept one seconds. Each run measures a copy, so
 * what a run writes (drafts, audit entries, seeded meetings) never reaches the next run.
 *
 * The folder's name holds the scale, the seed, the server's port (IndexedDB belongs to one
 * origin) and a fingerprint of everything that decides what is stored: the caseload generator,
 * the sealing code, the keyring code and the database schema version. Any change to them makes
 * a new name, so the profile is generated afresh; `--fresh` forces it.
 */
import { createHash } from 'node:crypto';
import { constants } from 'node:fs';
import { cp, mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../renderer/data/schema';
import type { GenerateResult } from './browser/api';
import { REPO_ROOT } from './build';

export const PROFILE_CACHE_ROOT = `${REPO_ROOT}node_modules/.cache/team-around-bench`;

/** Files and folders (every .ts file in them) whose source decides what the generated profile holds. */
const FINGERPRINTED = [
  'tests/bench/caseload.ts',
  'tests/bench/caseload',
  'tests/bench/browser/profile.ts',
  'tests/bench/profile.ts',
  'shared/domain/family-summary.ts',
  'shared/domain/family-list-page.ts',
  // The list's first page (0063): what is on it, and its order.
  'shared/domain/family-list-first-page.ts',
  'shared/rules/family-search.ts',
  'shared/rules/text.ts',
  // Plans, consent and the home status rows written from them (0064): the schemas and the rules that work out each row.
  'shared/domain/plan.ts',
  'shared/domain/consent.ts',
  'shared/domain/review-frequency.ts',
  'shared/rules/home',
  'shared/rules/consent-state.ts',
  'shared/rules/plan-review.ts',
  'shared/rules/plan-status.ts',
  'renderer/data/repositories/home-status.ts',
  'renderer/data/crypto/record-sealing.ts',
  'renderer/data/crypto/encryption-middleware.ts',
  'renderer/data/crypto/keys.ts',
  'renderer/data/crypto/keyring-store.ts',
  'renderer/data/crypto/key-wrapping.ts',
  'shared/backup/value-codec.ts',
];

const MARKER = 'caseload.json';

async function sourceFiles(relative: string): Promise<string[]> {
  if (relative.endsWith('.ts')) return [relative];
  const names = await readdir(join(REPO_ROOT, relative));
  return names.filter((n) => n.endsWith('.ts')).map((n) => `${relative}/${n}`);
}

export async function profileFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ schemaVersion: CURRENT_SCHEMA_VERSION, stores: SCHEMA_VERSIONS.map((v) => [v.version, v.stores]) }));
  const files = (await Promise.all(FINGERPRINTED.map(sourceFiles))).flat().sort();
  for (const file of files) {
    hash.update(`\0${file}\0`);
    hash.update(await readFile(join(REPO_ROOT, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

export interface CachedProfile {
  /** The kept folder: `profile/` (Chromium's) and caseload.json. */
  dir: string;
  /** What generating it wrote, as the report shows it. */
  written: GenerateResult;
  generatedAt: string;
}

export interface ProfileKey {
  scale: string;
  seed: number;
  port: number;
}

function prefix(key: ProfileKey): string {
  return `${key.scale}-${key.seed}-${key.port}-`;
}

export async function profileCacheDir(key: ProfileKey): Promise<string> {
  return join(PROFILE_CACHE_ROOT, `${prefix(key)}${await profileFingerprint()}`);
}

/** The kept profile in `dir`, or null if there is none (or it was never finished). */
export async function readCachedProfile(dir: string): Promise<CachedProfile | null> {
  try {
    const marker = JSON.parse(await readFile(join(dir, MARKER), 'utf8')) as { written: GenerateResult; generatedAt: string };
    return { dir, written: marker.written, generatedAt: marker.generatedAt };
  } catch {
    return null;
  }
}

/** The kept profile a run measures a copy of: none when `--fresh` asks for it to be generated again. */
export async function reusableProfile(dir: string, fresh: boolean): Promise<CachedProfile | null> {
  return fresh ? null : readCachedProfile(dir);
}

/**
 * A folder to generate into; `keepProfile` then moves it into place. Unfinished ones left by a run
 * that stopped are removed: none can be in use, as only one run at a time serves on the key's port.
 */
export async function partialProfileDir(dir: string): Promise<string> {
  const partial = `${dir}.partial-${process.pid}`;
  const left = (await readdir(PROFILE_CACHE_ROOT).catch(() => [])).filter((n) => join(PROFILE_CACHE_ROOT, n).startsWith(`${dir}.partial-`));
  await Promise.all(left.map((n) => rm(join(PROFILE_CACHE_ROOT, n), { recursive: true, force: true })));
  await mkdir(join(partial, 'profile'), { recursive: true });
  return partial;
}

/**
 * Marks a generated (and checked) profile finished and moves it into place; kept profiles of the
 * same scale, seed and port with another fingerprint are out of date and removed.
 */
export async function keepProfile(partial: string, dir: string, key: ProfileKey, written: GenerateResult): Promise<CachedProfile> {
  const generatedAt = new Date().toISOString();
  await writeFile(join(partial, MARKER), `${JSON.stringify({ written, generatedAt }, null, 2)}\n`);
  await rm(dir, { recursive: true, force: true });
  await rename(partial, dir);
  const stale = (await readdir(PROFILE_CACHE_ROOT)).filter((n) => n.startsWith(prefix(key)) && join(PROFILE_CACHE_ROOT, n) !== dir && !n.includes('.partial-'));
  await Promise.all(stale.map((n) => rm(join(PROFILE_CACHE_ROOT, n), { recursive: true, force: true })));
  return { dir, written, generatedAt };
}

export async function removeCachedProfile(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/**
 * A copy of the kept Chromium profile for one run (copy-on-write where the file system can); the
 * harness removes it after the run. Copies left by a run that stopped are removed first.
 */
export async function copyForRun(cached: CachedProfile): Promise<string> {
  const run = `${cached.dir}.run-${process.pid}`;
  const left = (await readdir(PROFILE_CACHE_ROOT)).filter((n) => join(PROFILE_CACHE_ROOT, n).startsWith(`${cached.dir}.run-`));
  await Promise.all(left.map((n) => rm(join(PROFILE_CACHE_ROOT, n), { recursive: true, force: true })));
  await cp(join(cached.dir, 'profile'), run, { recursive: true, mode: constants.COPYFILE_FICLONE });
  return run;
}
