/**
 * Full disk (SECURITY.md, "Reliability tests"): in real Chromium with the origin's storage used up,
 * saves through SaveQueue and the repositories report the plain out-of-space message
 * (renderer/data/errors.ts), nothing saved before is lost (even when the browser is then killed),
 * and the failed save goes through once space is freed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toStorageError } from '../../renderer/data/errors';
import { printFigures } from './support/figures';
import { runFullDisk, type FullDiskAttempt, type FullDiskFigures } from './support/full-disk-run';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const DISK_FULL = toStorageError({ name: 'QuotaExceededError' });

let site: ReliabilitySite;
let figures: FullDiskFigures;
beforeAll(async () => {
  site = await startReliabilitySite();
  figures = await runFullDisk(site.origin);
}, 120_000);
afterAll(async () => {
  await site?.close();
});

function messageOf(outcome: FullDiskAttempt): string {
  return 'message' in outcome ? outcome.message : '(saved)';
}

describe('full disk', () => {
  it('reports the plain out-of-space message for every save that does not fit', () => {
    const refused = figures.whileFull.filter((o) => messageOf(o) === DISK_FULL.message).length;
    const lost = figures.afterRestart?.familyName === 'Before-the-disk-filled family' && figures.afterRestart.draftLabel === 'saved before the disk filled' ? 0 : 2;
    printFigures(
      `full disk: ${figures.whileFull.length} saves while full, ${refused} refused with the out-of-space message, ` +
        `${figures.whileFull.length - refused} failures, ${lost} earlier records lost after a kill while full; ` +
        `retry after freeing space: ${figures.retryAfterFreeing?.status ?? 'not run'}`,
    );
    expect(DISK_FULL.kind).toBe('disk-full');
    expect(figures.draftBefore).toEqual({ status: 'saved' });
    expect(typeof figures.familyBefore).toBe('string');
    expect(figures.filledUp).toBe(true);
    expect(figures.whileFull.map(messageOf)).toEqual(figures.whileFull.map(() => DISK_FULL.message));
    expect(figures.whileFull.filter((o) => 'kind' in o).map((o) => ('kind' in o ? o.kind : ''))).toEqual(['disk-full']);
  });

  it('keeps everything saved before, even when the browser is killed while the disk is full', () => {
    expect(figures.afterRestart).toEqual({ familyName: 'Before-the-disk-filled family', draftLabel: 'saved before the disk filled', draftLength: 5_000 });
  });

  it('saves the failed change once space is freed', () => {
    expect(figures.retryAfterFreeing).toEqual({ status: 'saved' });
    expect(figures.afterRetry).toEqual({ familyName: 'Before-the-disk-filled family', draftLabel: 'typed after restarting, still full', draftLength: 50_000 });
  });
});
