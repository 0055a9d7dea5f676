/**
 * A reset of the IndexedDB store after a kill (docs/decisions/0009, 0018), simulated as Chromium
 * does it: the app is set up with a passphrase and recent work is saved through its own lock code
 * and repositories; the browser is killed; its IndexedDB folder is deleted. On the next start the
 * keyring comes back from the private file system, the passphrase opens it, and every confirmed
 * draft and the meeting record are there again, with the message and an audit entry. The control
 * also deletes the private file system, and Team Around then starts as new: the copy is what
 * brought the work back.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AfterRestart, RecentWork, SavedWork } from './browser/store-reset';
import { privateFileSystemFiles } from './support/canary-profiles';
import { killAbruptly, launchProfile } from './support/chromium';
import { printFigures } from './support/figures';
import { callPage, openReliabilityPage } from './support/page';
import { scanForCanaries } from './support/scan/canary-search';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const WORK: RecentWork = {
  drafts: {
    'family-form:new': 'Wilhelmina Gallowglass prefers texts after four',
    'meeting-minutes:reliability': 'Agreed: Barnaby Quenby-Ashworth will ring the school on Monday',
  },
  meetingNotes: 'Dad said the new bedtime routine is working',
  familyName: 'Featherstonehaugh-Mbeki',
};
const DRAFT_KEYS = Object.keys(WORK.drafts);

interface ResetRun {
  saved: SavedWork;
  privateFiles: number;
  plainTextInPrivateFiles: number;
  after: AfterRestart;
}

/** Sets up and saves, kills the browser, deletes what the reset deletes, then starts and unlocks. */
async function runWithReset(origin: string, alsoDeletePrivateFiles: boolean): Promise<ResetRun> {
  const profile = await mkdtemp(join(tmpdir(), 'team-around-store-reset-'));
  try {
    const first = await launchProfile(profile);
    await openReliabilityPage(first.page, origin);
    const saved = await callPage(first.page, 'setUpAndSaveRecentWork', PASSPHRASE, WORK);
    await killAbruptly(first);

    const privateFiles = (await privateFileSystemFiles(profile)).length;
    const scan = await scanForCanaries(join(profile, 'Default', 'File System'), [...Object.values(WORK.drafts), WORK.meetingNotes, WORK.familyName]);
    // What Chromium does when it finds its IndexedDB store damaged on start: it deletes it and starts empty.
    await rm(join(profile, 'Default', 'IndexedDB'), { recursive: true, force: true });
    if (alsoDeletePrivateFiles) await rm(join(profile, 'Default', 'File System'), { recursive: true, force: true });

    const second = await launchProfile(profile);
    try {
      await openReliabilityPage(second.page, origin);
      const after = await callPage(second.page, 'restartAndUnlock', PASSPHRASE, DRAFT_KEYS, saved.meetingId);
      return { saved, privateFiles, plainTextInPrivateFiles: scan.hits.length, after };
    } finally {
      await second.context.close();
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

let site: ReliabilitySite;
let mirrored: ResetRun;
let control: ResetRun;
beforeAll(async () => {
  site = await startReliabilitySite();
  mirrored = await runWithReset(site.origin, false);
  control = await runWithReset(site.origin, true);
}, 180_000);
afterAll(async () => {
  await site?.close();
});

describe('a reset of the IndexedDB store after a kill', () => {
  it('starts locked, not as new: the keyring came back from the private file system and the passphrase opens it', () => {
    printFigures(
      `store reset: ${mirrored.saved.confirmed} confirmed saves, ${mirrored.privateFiles} files in the private file system (${mirrored.plainTextInPrivateFiles} plain-text hits); ` +
        `after the reset: start state "${mirrored.after.startState}", unlocked ${mirrored.after.unlocked}; ` +
        `control without the private files: start state "${control.after.startState}"`,
    );
    expect(mirrored.privateFiles).toBeGreaterThanOrEqual(4);
    expect(mirrored.plainTextInPrivateFiles).toBe(0);
    expect(mirrored.after.startState).toBe('locked');
    expect(mirrored.after.unlocked).toBe(true);
    expect(mirrored.after.mirrorHealth).toBe('working');
  });

  it('puts back the newest copy of every draft and the meeting record', () => {
    expect(mirrored.after.drafts).toEqual(WORK.drafts);
    expect(mirrored.after.meetingNotes).toBe(WORK.meetingNotes);
    // Only recent work is copied: the family itself comes back from a backup, as the message says.
    expect(mirrored.after.families).toBe(0);
  });

  it('tells the user in plain words and writes it in the audit trail', () => {
    expect(mirrored.after.notice).toBe(
      'Team Around had to rebuild its storage after the computer stopped suddenly. Your recent typing has been restored. Please check your latest backup is recent.',
    );
    expect(mirrored.after.audit).toEqual(['unlock app', 'restore storage']);
  });

  it('control: without the private file system copy, Team Around would start as new and the work is gone', () => {
    expect(control.privateFiles).toBeGreaterThanOrEqual(4);
    expect(control.after.startState).toBe('first-run');
    expect(control.after.unlocked).toBe(false);
  });
});
