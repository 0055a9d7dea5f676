/** Opens the reliability page and calls into it from Node. */
import type { Page } from '@playwright/test';
import type { ReliabilityPageApi } from '../browser/api';

export const PAGE_PATH = '/reliability/reliability.html';

export async function openReliabilityPage(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}${PAGE_PATH}`);
  await page.waitForFunction(() => window.teamAroundReliability !== undefined);
}

export async function callPage<M extends keyof ReliabilityPageApi>(
  page: Page,
  method: M,
  ...args: Parameters<ReliabilityPageApi[M]>
): Promise<Awaited<ReturnType<ReliabilityPageApi[M]>>> {
  const result = await page.evaluate(
    ([name, values]) => {
      const api = window.teamAroundReliability;
      if (!api) throw new Error('The reliability page has not loaded.');
      const fn = api[name] as (...a: unknown[]) => Promise<unknown>;
      return fn(...values);
    },
    [method, args] as [M, unknown[]],
  );
  return result as Awaited<ReturnType<ReliabilityPageApi[M]>>;
}
