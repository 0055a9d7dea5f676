/**
 * The abrupt-termination loop on one persistent profile: launch, check what the previous (killed)
 * run left, start autosaving, SIGKILL Chromium at a random moment, and again. Each launch both
 * checks the previous run and starts the next, so N runs cost N + 1 launches.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../bench/caseload/random';
import type { AutosaveReport, StoredDraft } from '../browser/autosave';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';
import { openAutosaveSession, type AutosaveSession } from './autosave-session';
import { killAbruptly } from './chromium';
import { callPage } from './page';

export interface AbruptTerminationOptions {
  runs: number;
  seed: number;
  origin: string;
  /** The kill comes this long after the page is told to open the database and start typing: uniform from 0. */
  maxKillDelayMs: number;
  /**
   * After every this many runs, the killed profile also loses its IndexedDB folder, as when Chromium
   * resets the store (0009): the mirror of recent work must put every confirmed save back. 0: never.
   */
  simulateResetEvery?: number;
  log?: (line: string) => void;
}

export interface RunFailure {
  run: number;
  problem: string;
}

export interface AbruptTerminationFigures {
  runs: number;
  failures: RunFailure[];
  /** Confirmed saves newer than what the relaunched browser found. */
  confirmedSavesLost: number;
  /**
   * Runs after which the browser had no database at all on relaunch: Chromium had thrown its whole
   * IndexedDB store for the origin away (see 0009). Each is judged like any other run: every
   * confirmed save must be back, put back from the mirror of recent work (0018).
   */
  storeResets: number[];
  /** Runs after which the test itself deleted the IndexedDB folder (simulateResetEvery). */
  simulatedResets: number[];
  /** Resets of either kind after which every confirmed save was found again, restored from the mirror. */
  recoveredFromMirror: number;
  /** Rows the mirror put back, over all resets. */
  rowsRestored: number;
  confirmedSaves: number;
  /** Runs killed before any save was confirmed (the kill hit opening the database or the first write). */
  runsWithoutConfirmedSave: number;
  launches: number;
  databaseOpened: number;
  killDelays: { min: number; max: number };
  durationMs: number;
}

function newer(a: AutosaveReport, b: { run: number; keystrokes: number }): boolean {
  return a.run > b.run || (a.run === b.run && a.keystrokes > b.keystrokes);
}

function newest(current: AutosaveReport | undefined, reports: readonly AutosaveReport[]): AutosaveReport | undefined {
  return reports.reduce((best, report) => (!best || newer(report, best) ? report : best), current);
}

/**
 * What the relaunched browser must find: a draft at least as new as every save the killed run
 * confirmed, and as the newest save confirmed by any run before it.
 */
function judge(stored: StoredDraft, confirmedByRun: readonly AutosaveReport[], confirmedBefore: AutosaveReport | undefined): { lost: number; problems: string[] } {
  const problems: string[] = [];
  // A mirror that is not working would make every reset a loss; say so even when no reset came.
  if (stored.mirrorHealth !== 'working') problems.push(`the mirror of recent work is ${stored.mirrorHealth}`);
  if (stored.databaseVersion !== CURRENT_SCHEMA_VERSION) problems.push(`database at version ${stored.databaseVersion}`);
  if (!stored.intact) problems.push('the stored draft is not what was typed (torn or mixed write)');
  const found = { run: stored.run ?? 0, keystrokes: stored.keystrokes ?? 0 };
  let lost = confirmedByRun.filter((c) => newer(c, found)).length;
  if (confirmedBefore && newer(confirmedBefore, found)) lost += 1;
  if (lost > 0) problems.push(`${lost} confirmed saves lost (found run ${found.run} keystroke ${found.keystrokes})`);
  return { lost, problems };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const message = (error: unknown) => (error instanceof Error ? error.message.split('\n')[0] ?? '' : String(error));

export async function runAbruptTermination(options: AbruptTerminationOptions): Promise<AbruptTerminationFigures> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const profile = await mkdtemp(join(tmpdir(), 'team-around-abrupt-'));
  const figures: AbruptTerminationFigures = {
    runs: options.runs,
    failures: [],
    confirmedSavesLost: 0,
    storeResets: [],
    simulatedResets: [],
    recoveredFromMirror: 0,
    rowsRestored: 0,
    confirmedSaves: 0,
    runsWithoutConfirmedSave: 0,
    launches: 0,
    databaseOpened: 0,
    killDelays: { min: Infinity, max: 0 },
    durationMs: 0,
  };
  const fail = (run: number, problem: string) => figures.failures.push({ run, problem });
  // The newest save confirmed by earlier runs, and every save the run just killed confirmed.
  let confirmedBefore: AutosaveReport | undefined;
  let confirmedByRun: AutosaveReport[] = [];

  async function checkPrevious(session: AutosaveSession, run: number): Promise<void> {
    try {
      const stored = await callPage(session.browser.page, 'readAutosavedDraft');
      figures.databaseOpened += 1;
      figures.rowsRestored += stored.restoredFromMirror;
      const verdict = judge(stored, confirmedByRun, confirmedBefore);
      if (!stored.databaseExisted) {
        if (!figures.simulatedResets.includes(run)) figures.storeResets.push(run);
        if (verdict.lost === 0) figures.recoveredFromMirror += 1;
      } else if (figures.simulatedResets.includes(run)) {
        fail(run, 'the IndexedDB folder was deleted, yet the database was still there');
      }
      figures.confirmedSavesLost += verdict.lost;
      for (const problem of verdict.problems) fail(run, problem);
    } catch (error) {
      fail(run, `the database did not open or decrypt after the kill: ${message(error)}`);
    }
  }

  try {
    for (let run = 1; run <= options.runs + 1; run++) {
      let session: AutosaveSession;
      try {
        session = await openAutosaveSession(profile, options.origin);
        figures.launches += 1;
      } catch (error) {
        fail(run - 1, `Chromium did not start on the profile: ${message(error)}`);
        continue;
      }
      if (run > 1) await checkPrevious(session, run - 1);
      if (run > options.runs) {
        await session.browser.context.close();
        break;
      }

      const delay = Math.round(random() * options.maxKillDelayMs);
      figures.killDelays.min = Math.min(figures.killDelays.min, delay);
      figures.killDelays.max = Math.max(figures.killDelays.max, delay);
      let killed = false;
      const typing = callPage(session.browser.page, 'startAutosave', run).catch((error: unknown) => {
        if (!killed) fail(run, `autosave did not start: ${message(error)}`);
      });
      await sleep(delay);
      killed = true;
      await killAbruptly(session.browser);
      await typing;
      if (options.simulateResetEvery && run % options.simulateResetEvery === 0) {
        // What Chromium does when it finds the store damaged on start: the origin's IndexedDB is gone.
        await rm(join(profile, 'Default', 'IndexedDB'), { recursive: true, force: true });
        figures.simulatedResets.push(run);
      }

      confirmedBefore = newest(confirmedBefore, confirmedByRun);
      confirmedByRun = session.confirmed;
      figures.confirmedSaves += session.confirmed.length;
      if (session.confirmed.length === 0) figures.runsWithoutConfirmedSave += 1;
      for (const failure of session.saveFailures) fail(run, `a save failed while typing: ${failure}`);
      if (run % 50 === 0) options.log?.(`abrupt termination: ${run}/${options.runs} runs, ${figures.failures.length} failures so far`);
    }
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
  figures.durationMs = performance.now() - started;
  return figures;
}
