/** Calls into the bench page (tests/bench/pages/bench-main.ts) from Node. */
import type { Page } from '@playwright/test';
import type { BenchPageApi } from '../browser/api';

export async function callBench<M extends keyof BenchPageApi>(
  page: Page,
  method: M,
  ...args: Parameters<BenchPageApi[M]>
): Promise<Awaited<ReturnType<BenchPageApi[M]>>> {
  const result = await page.evaluate(
    ([name, values]) => {
      const api = window.teamAroundBench;
      if (!api) throw new Error('The bench page has not loaded.');
      const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
      return fn(...values);
    },
    [method, args] as [M, unknown[]],
  );
  return result as Awaited<ReturnType<BenchPageApi[M]>>;
}
