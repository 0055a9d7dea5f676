/**
 * Renderer JS heap once the app's landing screen is open on the caseload, after a forced
 * garbage collection, read over the Chrome DevTools Protocol. The blank floor page is
 * measured the same way for comparison.
 */
import type { BrowserContext } from '@playwright/test';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';
import { APP_READY_SELECTOR, BLANK_READY_SELECTOR, appUrl, blankUrl } from './start';

const MIB = 1024 * 1024;

async function heapAfterOpening(browser: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.goto(url);
    await page.locator(selector).first().waitFor({ timeout: 60_000 });
    const cdp = await browser.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const { usedSize } = await cdp.send('Runtime.getHeapUsage');
    await cdp.detach();
    return usedSize / MIB;
  } finally {
    await page.close();
  }
}

export const HEAP_PATH: PathInfo = {
  id: 'memory-renderer-heap',
  path: 'Memory: renderer JS heap, landing screen open',
  unit: 'MiB',
  budget: null,
};

export async function heapRow(ctx: PathContext): Promise<BenchRow> {
  const runs = Math.min(ctx.runs, 3);
  const s = await alternate(
    runs,
    0,
    () => heapAfterOpening(ctx.browser, appUrl(ctx.origin), APP_READY_SELECTOR),
    () => heapAfterOpening(ctx.browser, blankUrl(ctx.origin), BLANK_READY_SELECTOR),
  );
  return measuredRow(
    {
      ...HEAP_PATH,
      note:
        `Renderer JS heap (used, after a forced GC) with the landing screen open on the caseload (${ctx.size.families.toLocaleString('en-GB')} families listed) vs the blank page listing the same. ` +
        'There is no dashboard screen yet: the app opens on the families list, so that is what is measured.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
