/**
 * Key rotation interrupted (docs/decisions/0044), the test's side: one Chromium for every run. Each
 * run writes a small store and a rotation journal, lets the app's re-encryption run, and at a random
 * point (a random number of rows re-encrypted, or during the finish) ends it abruptly: mostly by
 * terminating the worker it runs in (no page load per run, which keeps 50 runs cheap), and one run in
 * five by reloading or closing the page itself. Either way the pending IndexedDB transaction is
 * aborted as in a crash of the renderer, and committed ones stay. The store must then open and every
 * record read, before and after the rotation is resumed to its end.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { mulberry32 } from '../../bench/caseload/random';
import type { RotationInspection, RotationPageApi } from '../browser/key-rotation';
import { launchProfile } from './chromium';

const ROTATION_PAGE = '/reliability/rotation.html';

async function openRotationPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}${ROTATION_PAGE}`);
  await page.waitForFunction(() => window.teamAroundRotation !== undefined, undefined, { polling: 10 });
}

async function call<M extends keyof RotationPageApi>(page: Page, method: M, ...args: Parameters<RotationPageApi[M]>): Promise<Awaited<ReturnType<RotationPageApi[M]>>> {
  const result = await page.evaluate(
    ([name, values]) => {
      const api = window.teamAroundRotation;
      if (!api) throw new Error('The key rotation page has not loaded.');
      const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
      return fn(...values);
    },
    [method, args] as [M, unknown[]],
  );
  return result as Awaited<ReturnType<RotationPageApi[M]>>;
}

export interface RotationOptions {
  runs: number;
  /** Records per run's store. */
  rows: number;
  seed: number;
  origin: string;
}

export interface RotationRun extends RotationInspection {
  run: number;
  how: 'worker' | 'reload' | 'close';
  /** Rows the page reported re-encrypted when it was ended; `rows` and more means during the finish. */
  reachedAtInterrupt: number;
  finishedBeforeInterrupt: boolean;
  problems: string[];
}

export interface RotationFigures {
  results: RotationRun[];
  durationMs: number;
}

function judge(found: RotationInspection, rows: number): string[] {
  const problems: string[] = [];
  if (!found.opened) problems.push('the store did not open');
  if (found.lostDuring > 0) problems.push(`${found.lostDuring} records lost or changed after the interruption`);
  if (found.lostAfter > 0) problems.push(`${found.lostAfter} records lost or changed after resuming`);
  if (found.unreadable > 0) problems.push(`${found.unreadable} records unreadable`);
  if (found.oldAfter !== 0) problems.push(`${found.oldAfter} rows still sealed with the old key after resuming`);
  if (!found.finished) problems.push('the envelope was not the finished one after resuming');
  if (found.checked !== rows * 2) problems.push(`${found.checked} records checked`);
  return problems;
}

export async function runInterruptedRotation(options: RotationOptions): Promise<RotationFigures> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const profile = await mkdtemp(join(tmpdir(), 'team-around-rotation-'));
  const browser = await launchProfile(profile);
  let reached = 0;
  let notify: (() => void) | undefined;
  try {
    await browser.context.exposeBinding('reliabilityRotationProgress', (_source, done: number) => {
      reached = Math.max(reached, done);
      notify?.();
    });
    let page: Page = browser.page;
    await openRotationPage(page, options.origin);
    const keys = await call(page, 'prepareRotationKeys');
    const results: RotationRun[] = [];
    for (let run = 1; run <= options.runs; run++) {
      // Nothing is reported until the store and its journal are written and the rotation has begun.
      reached = -1;
      // Mostly part way through the records; one run in five during (or just after) the finish.
      const duringFinish = random() < 0.2;
      const target = duringFinish ? options.rows : Math.floor(random() * options.rows);
      let finishedBeforeInterrupt = false;
      // Mostly a worker terminated (cheap: no page load); one run in five the page itself reloaded or closed.
      const how: RotationRun['how'] = run % 5 === 0 ? (run % 10 === 0 ? 'close' : 'reload') : 'worker';
      const rotating = (how === 'worker' ? call(page, 'startRotationInWorker', run, options.rows, keys) : call(page, 'startInterruptibleRotation', run, options.rows, keys)).then(
        (outcome) => (finishedBeforeInterrupt = outcome !== 'terminated'),
        () => undefined,
      );
      while (reached < target && !finishedBeforeInterrupt) {
        await Promise.race([new Promise<void>((resolve) => (notify = resolve)), rotating]);
      }
      notify = undefined;
      if (duringFinish) await new Promise((resolve) => setTimeout(resolve, random() * 15));
      const reachedAtInterrupt = reached;
      if (how === 'worker') {
        await call(page, 'terminateRotationWorker');
      } else if (how === 'reload') {
        await page.reload({ waitUntil: 'commit' });
      } else {
        const next = await browser.context.newPage();
        await page.close({ runBeforeUnload: false });
        page = next;
      }
      await rotating;
      if (how !== 'worker') await openRotationPage(page, options.origin);
      const found = await call(page, 'inspectAndResumeRotation', run, options.rows, keys);
      results.push({ ...found, run, how, reachedAtInterrupt, finishedBeforeInterrupt, problems: judge(found, options.rows) });
    }
    return { results, durationMs: performance.now() - started };
  } finally {
    await browser.context.close();
    await rm(profile, { recursive: true, force: true });
  }
}
