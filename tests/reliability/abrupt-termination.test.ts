/**
 * Abrupt termination at a random moment during autosave (SECURITY.md, "Reliability tests"): real
 * Chromium on a persistent profile, the encrypted app database with the mirror of recent work,
 * SaveQueue over the drafts repository; SIGKILL to the whole browser, relaunch, and the draft must
 * be at least as new as the last save the page confirmed, also after the runs where Chromium threw
 * its IndexedDB store away (the mirror puts the draft back: docs/decisions/0018).
 * RELIABILITY_RUNS sets the number of runs (200 on CI, 20 locally), RELIABILITY_LOOPS how many
 * loops share them side by side (2).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAbruptTermination, type AbruptTerminationFigures } from './support/abrupt-termination';
import { count, printFigures, seconds } from './support/figures';
import { abruptTerminationLoops, abruptTerminationRuns, reliabilitySeed, simulatedResetEvery } from './support/settings';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const RUNS = abruptTerminationRuns();
/** One run in ten (RELIABILITY_RESET_EVERY) also loses its IndexedDB folder after the kill, as in Chromium's own resets. */
const SIMULATED_RESET_EVERY = simulatedResetEvery();
const SEED = reliabilitySeed();
// About 1.2 s a run here; generous, so a slow CI machine fails on data, never on time.
const TIMEOUT_MS = 120_000 + RUNS * 5_000;

let site: ReliabilitySite;
beforeAll(async () => {
  site = await startReliabilitySite();
}, 60_000);
afterAll(async () => {
  await site?.close();
});

/**
 * The runs go in LOOPS loops side by side, each on a profile of its own with its own seed: a
 * loop waits mostly on Chromium starting, so two keep a 2-core machine busy and halve the time.
 */
const LOOPS = abruptTerminationLoops();

function combined(all: readonly AbruptTerminationFigures[]): AbruptTerminationFigures {
  const sum = (pick: (f: AbruptTerminationFigures) => number) => all.reduce((n, f) => n + pick(f), 0);
  return {
    runs: sum((f) => f.runs),
    failures: all.flatMap((f, loop) => f.failures.map((x) => ({ ...x, problem: `loop ${loop + 1}: ${x.problem}` }))),
    confirmedSavesLost: sum((f) => f.confirmedSavesLost),
    storeResets: all.flatMap((f) => f.storeResets),
    simulatedResets: all.flatMap((f) => f.simulatedResets),
    recoveredFromMirror: sum((f) => f.recoveredFromMirror),
    rowsRestored: sum((f) => f.rowsRestored),
    confirmedSaves: sum((f) => f.confirmedSaves),
    runsWithoutConfirmedSave: sum((f) => f.runsWithoutConfirmedSave),
    launches: sum((f) => f.launches),
    databaseOpened: sum((f) => f.databaseOpened),
    killDelays: { min: Math.min(...all.map((f) => f.killDelays.min)), max: Math.max(...all.map((f) => f.killDelays.max)) },
    durationMs: Math.max(...all.map((f) => f.durationMs)),
  };
}

describe('abrupt termination during autosave', () => {
  it(`loses no confirmed save and reopens every time (${RUNS} runs in ${LOOPS} loops)`, async () => {
    const perLoop = Array.from({ length: LOOPS }, (_, i) => Math.floor(RUNS / LOOPS) + (i < RUNS % LOOPS ? 1 : 0));
    const loops = await Promise.all(
      perLoop.map((runs, i) =>
        runAbruptTermination({ runs, seed: SEED + i, origin: site.origin, maxKillDelayMs: 800, simulateResetEvery: SIMULATED_RESET_EVERY, log: (line) => printFigures(`loop ${i + 1}: ${line}`) }),
      ),
    );
    const figures = combined(loops);
    printFigures(
      `abrupt termination: ${figures.runs} runs in ${LOOPS} loops, ${figures.failures.length} failures, ${figures.confirmedSavesLost} confirmed saves lost ` +
        `(${count(figures.confirmedSaves)} confirmed saves checked; database opened ${figures.databaseOpened} of ${figures.launches - LOOPS} relaunches; ` +
        `${figures.runsWithoutConfirmedSave} runs killed before their first confirmed save; kill ${figures.killDelays.min}-${figures.killDelays.max} ms after start; ` +
        `seeds ${SEED} to ${SEED + LOOPS - 1}; ${seconds(figures.durationMs)}); ` +
        `browser store resets (no database at all on relaunch): ${figures.storeResets.length}, ` +
        `plus ${figures.simulatedResets.length} simulated (IndexedDB folder deleted after the kill); ` +
        `${figures.recoveredFromMirror} recovered in full from the mirror of recent work (${figures.rowsRestored} rows put back)`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.confirmedSavesLost).toBe(0);
    expect(figures.simulatedResets.length).toBe(perLoop.reduce((n, runs) => n + Math.floor(runs / SIMULATED_RESET_EVERY), 0));
    expect(figures.recoveredFromMirror).toBe(figures.storeResets.length + figures.simulatedResets.length);
    expect(figures.databaseOpened).toBe(figures.runs);
    expect(figures.confirmedSaves).toBeGreaterThan(figures.runs);
  }, TIMEOUT_MS);
});
