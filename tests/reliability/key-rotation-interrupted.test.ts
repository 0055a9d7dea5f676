/**
 * Key rotation interrupted at random points (docs/decisions/0044; issue 19): real Chromium, one
 * browser, each run's page reloaded or closed part way through the re-encryption or its finish, then
 * reopened. The store always opens, no record is lost or unreadable, and resuming leaves nothing
 * sealed with the old key. RELIABILITY_ROTATION_RUNS sets the runs (50).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, printFigures, seconds } from './support/figures';
import { runInterruptedRotation } from './support/interrupted-rotation';
import { reliabilitySeed, rotationRuns } from './support/settings';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const RUNS = rotationRuns();
const SEED = reliabilitySeed();
/** 60 records in three tables, re-encrypted in batches of 6: about a dozen transactions to interrupt among. */
const ROWS = 60;

let site: ReliabilitySite;
beforeAll(async () => {
  site = await startReliabilitySite();
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe('a key rotation interrupted at random points', () => {
  it(`always opens, loses no record and resumes to the end (${RUNS} runs)`, async () => {
    const figures = await runInterruptedRotation({ runs: RUNS, rows: ROWS, seed: SEED, origin: site.origin });
    const failures = figures.results.filter((r) => r.problems.length > 0);
    const interrupted = figures.results.filter((r) => !r.finishedBeforeInterrupt);
    const mixed = figures.results.filter((r) => r.sealedOld > 0 && r.sealedNew > 0).length;
    const journalled = figures.results.filter((r) => r.journal).length;
    const checked = figures.results.reduce((sum, r) => sum + r.checked, 0);
    const lost = figures.results.reduce((sum, r) => sum + r.lostDuring + r.lostAfter + r.unreadable, 0);
    printFigures(
      `interrupted key rotation: ${figures.results.length} runs (${interrupted.length} ended before the rotation had finished; ` +
        `${mixed} found with records under both keys, ${journalled} still journalled), ${failures.length} failures, ` +
        `${count(checked)} records checked, ${lost} lost or unreadable; ${ROWS} records a run; seed ${SEED}; ${seconds(figures.durationMs)}`,
    );
    for (const failure of failures) printFigures(`  run ${failure.run} (${failure.how} after ${failure.reachedAtInterrupt}): ${failure.problems.join('; ')}`);
    expect(failures).toEqual([]);
    expect(lost).toBe(0);
    expect(figures.results).toHaveLength(RUNS);
    // The runs must really interrupt part way, not only before or after.
    expect(mixed).toBeGreaterThan(RUNS / 4);
  }, 60_000 + RUNS * 5_000);
});
