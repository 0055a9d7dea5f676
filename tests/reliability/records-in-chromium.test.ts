/**
 * Records you can trust (issue 19), in real Chromium: the checks of tests/integration/backup/audit-kept,
 * tests/integration/audit-tip and tests/integration/backup/refusals run again in the page, with the
 * real TeamAroundDatabase on Chromium's IndexedDB, the real repositories and the real backup service.
 * One browser for the file. RELIABILITY_SEED replays a run's histories and cuts.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CutFigures } from './browser/audit-truncation';
import { launchProfile, type ProfileBrowser } from './support/chromium';
import { count, printFigures, seconds } from './support/figures';
import { callPage, openReliabilityPage } from './support/page';
import { reliabilitySeed } from './support/settings';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const SEED = reliabilitySeed();
const HISTORIES = 24;
/** Newest entries removed with the trail's end; each cut is tried with entries left before it and with none. */
const CUTS = [1, 2, 3, 4, 5, 6, 8, 10, 15, 20] as const;
/** Only the first few problems are printed: one systematic fault would otherwise fill the log. */
const SHOWN = 10;

let site: ReliabilitySite;
let profile: string;
let browser: ProfileBrowser | undefined;
beforeAll(async () => {
  site = await startReliabilitySite();
  profile = await mkdtemp(join(tmpdir(), 'team-around-records-'));
  browser = await launchProfile(profile);
  await openReliabilityPage(browser.page, site.origin);
}, 60_000);
afterAll(async () => {
  await browser?.context.close();
  await site?.close();
  await rm(profile, { recursive: true, force: true });
});

function page() {
  if (!browser) throw new Error('Chromium did not start.');
  return browser.page;
}

function printProblems(problems: readonly string[]): void {
  for (const problem of problems.slice(0, SHOWN)) printFigures(`  ${problem}`);
  if (problems.length > SHOWN) printFigures(`  … and ${problems.length - SHOWN} more`);
}

describe('records you can trust, in real Chromium', () => {
  it(`keeps every entry made before a restore, records the restore and verifies (${HISTORIES} generated histories)`, async () => {
    const started = performance.now();
    const f = await callPage(page(), 'restoreGeneratedHistories', SEED, HISTORIES);
    printFigures(
      `restores over generated histories: ${f.histories} histories, ${f.restores} restores (${f.fromElsewhere} of a backup made on another profile); ` +
        `${count(f.kept)} of ${count(f.entriesBefore)} entries made before a restore still there after it (${count(f.carriedOver)} carried over past the backup's own); ` +
        `restore recorded ${f.restoresRecorded}/${f.restores}; chain verified ${f.chainsVerified}/${f.restores} ` +
        `(${count(f.entriesAfter)} entries checked); ${f.problems.length} failures; seed ${SEED}; ${seconds(performance.now() - started)}`,
    );
    printProblems(f.problems);
    expect(f.problems).toEqual([]);
    expect(f.restores).toBeGreaterThanOrEqual(HISTORIES);
    expect(f.kept).toBe(f.entriesBefore);
    expect(f.restoresRecorded).toBe(f.restores);
    expect(f.chainsVerified).toBe(f.restores);
    // The histories must really carry entries over a restore, not only restore what was already there.
    expect(f.carriedOver).toBeGreaterThan(HISTORIES);
  }, 60_000);

  let wiped: CutFigures | undefined;
  let replayed: CutFigures | undefined;

  it(`detects the newest entries removed together with the trail's stored end (${CUTS.length} cuts of each kind)`, async () => {
    const started = performance.now();
    const { partial, everything, replayed: rolledBack } = await callPage(page(), 'cutAuditEnds', SEED, CUTS);
    wiped = everything;
    replayed = rolledBack;
    printFigures(
      `truncation attempts: detected ${partial.detected}/${partial.attempted} with entries left before the cut ` +
        `(still detected after writing on: ${partial.stillDetectedAfterWriting}/${partial.attempted}); ` +
        `every entry removed with the end: detected ${everything.detected}/${everything.attempted} ` +
        `(after writing on: ${everything.stillDetectedAfterWriting}/${everything.attempted}); ` +
        `newest entries removed and an older copy of the end put back: detected ${rolledBack.detected}/${rolledBack.attempted} ` +
        `(after writing on: ${rolledBack.stillDetectedAfterWriting}/${rolledBack.attempted}); ` +
        `cuts of ${CUTS.join(', ')} entries, ${count(partial.entriesRemoved + everything.entriesRemoved + rolledBack.entriesRemoved)} entries removed in all; seed ${SEED}; ${seconds(performance.now() - started)}`,
    );
    printProblems(partial.problems);
    for (const figures of [partial, everything, rolledBack]) {
      expect(figures.attempted).toBe(CUTS.length);
      expect(figures.verifiedBefore).toBe(figures.attempted);
    }
    expect(partial.problems).toEqual([]);
    expect(partial.detected).toBe(partial.attempted);
    expect(partial.stillDetectedAfterWriting).toBe(partial.attempted);
    // Whatever the verdict on a wiped or rolled-back trail, the attempts themselves ran to the end.
    for (const figures of [everything, rolledBack]) expect(figures.problems.filter((p) => !/not detected|no longer detected/.test(p))).toEqual([]);
  }, 60_000);

  // A trail emptied of every entry together with its stored end: the count kept with the key
  // envelope (docs/decisions/0045) says entries were made.
  it('detects a trail emptied of every entry together with its stored end', () => {
    expect(wiped?.attempted).toBe(CUTS.length);
    expect(wiped?.detected).toBe(CUTS.length);
    expect(wiped?.stillDetectedAfterWriting).toBe(CUTS.length);
  });

  // An older copy of the stored end put back after the newest entries are removed: the end is whole,
  // but the count kept with the key envelope only goes up (docs/decisions/0045).
  it('detects the newest entries removed with an older copy of the stored end put back', () => {
    expect(replayed?.attempted).toBe(CUTS.length);
    expect(replayed?.detected).toBe(CUTS.length);
    expect(replayed?.stillDetectedAfterWriting).toBe(CUTS.length);
  });

  it('names a small backup damaged at any byte as damaged, never as a wrong passphrase', async () => {
    const started = performance.now();
    const f = await callPage(page(), 'damageBackupAtEveryByte');
    const problems = Object.entries(f.byProblem)
      .map(([problem, n]) => `${count(n)} ${problem}`)
      .join(', ');
    printFigures(
      `damaged backups: ${count(f.bytes)}-byte backup, every byte position changed (one bit, then every bit): ${count(f.reportedDamaged)}/${count(f.attempts)} reported as damaged ` +
        `(${problems}), ${f.blamedPassphrase} blamed on the passphrase; each tried with the file check, a wrong passphrase, the right one and the recovery key; ` +
        `the whole file: wrong passphrase named as ${f.wholeFile.wrongPassphrase}; ${seconds(f.durationMs)} in the page, ${seconds(performance.now() - started)} in all`,
    );
    printProblems(f.problems);
    // The controls: the check can pass, and a wrong passphrase on a whole file is named as such.
    expect(f.wholeFile).toEqual({ checked: true, wrongPassphrase: 'wrong-passphrase', rightPassphrase: true, recoveryKey: true });
    expect(f.problems).toEqual([]);
    expect(f.blamedPassphrase).toBe(0);
    expect(f.attempts).toBe(f.bytes * 2);
    expect(f.reportedDamaged).toBe(f.attempts);
  }, 60_000);
});
