/**
 * The kept caseload profile's folder handling, on folders made here (no browser): the harness test's
 * one real run generates, keeps and measures a copy of a real profile; these prove a later run finds
 * it, measures a copy, and that --fresh and a changed fingerprint generate it again.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { GenerateResult } from './browser/api';
import {
  copyForRun,
  keepProfile,
  partialProfileDir,
  PROFILE_CACHE_ROOT,
  profileCacheDir,
  profileFingerprint,
  readCachedProfile,
  reusableProfile,
  type ProfileKey,
} from './profile-cache';

// A scale of its own per process, so no other run's profiles are touched.
const key: ProfileKey = { scale: `test-${process.pid}`, seed: 11, port: 4000 };
const prefix = `${key.scale}-11-4000-`;

const written: GenerateResult = {
  families: 10, meetings: 20, actions: 30, generateMs: 1, writeMs: 2, plainWriteMs: 3, totalMs: 4.5, transactions: 7, keyringMs: 5, pbkdf2Iterations: 600_000, encryptions: 60,
};

/** Chromium's side of a profile: one file in the IndexedDB folder stands for it. */
async function fakeChromiumProfile(profile: string, contents: string): Promise<void> {
  await mkdir(join(profile, 'Default', 'IndexedDB'), { recursive: true });
  await writeFile(join(profile, 'Default', 'IndexedDB', 'data'), contents);
}

afterAll(async () => {
  const ours = (await readdir(PROFILE_CACHE_ROOT).catch(() => [])).filter((n) => n.startsWith(prefix));
  await Promise.all(ours.map((n) => rm(join(PROFILE_CACHE_ROOT, n), { recursive: true, force: true })));
});

describe('the kept caseload profile', () => {
  it('is named by scale, seed, port and the fingerprint of what decides its contents', async () => {
    const dir = await profileCacheDir(key);
    expect(basename(dir)).toBe(`${prefix}${await profileFingerprint()}`);
    expect(await profileFingerprint()).toMatch(/^[0-9a-f]{16}$/);
    expect(await profileCacheDir({ ...key, port: 4001 })).not.toBe(dir);
  });

  it('is found only once finished, then a run measures a copy of it unless --fresh asks for a new one', async () => {
    const dir = await profileCacheDir(key);
    expect(await readCachedProfile(dir)).toBeNull();

    // A run that stopped part way left its folder: the next one removes it.
    const stopped = `${dir}.partial-1`;
    await mkdir(stopped, { recursive: true });
    const partial = await partialProfileDir(dir);
    expect(existsSync(stopped)).toBe(false);
    await fakeChromiumProfile(join(partial, 'profile'), 'generated');
    // Generating, not yet kept: not found.
    expect(await readCachedProfile(dir)).toBeNull();

    // A profile kept under an older fingerprint is out of date once the new one is kept.
    const outOfDate = join(PROFILE_CACHE_ROOT, `${prefix}0000000000000000`);
    await mkdir(outOfDate, { recursive: true });
    await writeFile(join(outOfDate, 'caseload.json'), '{}');

    const kept = await keepProfile(partial, dir, key, written);
    expect(existsSync(partial)).toBe(false);
    expect(existsSync(outOfDate)).toBe(false);

    const found = await reusableProfile(dir, false);
    expect(found).toEqual({ dir, written, generatedAt: kept.generatedAt });
    expect(await reusableProfile(dir, true)).toBeNull();

    // A copy a run before this one left behind is removed; what a run writes stays in its copy.
    const leftCopy = `${dir}.run-1`;
    await mkdir(leftCopy, { recursive: true });
    const copy = await copyForRun(found!);
    expect(existsSync(leftCopy)).toBe(false);
    expect(await readFile(join(copy, 'Default', 'IndexedDB', 'data'), 'utf8')).toBe('generated');
    await writeFile(join(copy, 'Default', 'IndexedDB', 'data'), 'written by a run');
    expect(await readFile(join(dir, 'profile', 'Default', 'IndexedDB', 'data'), 'utf8')).toBe('generated');
    await rm(copy, { recursive: true, force: true });
  });
});
