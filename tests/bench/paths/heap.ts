/**
 * Renderer JS heap once the app has been unlocked onto its landing screen (the families list)
 * on the encrypted caseload, after a forced garbage collection, read over the Chrome DevTools
 * Protocol. The blank floor page, listing the same families from the plain copy, is measured
 * the same way for comparison.
 */
import type { Page } from '@playwright/test';
import { FAMILY_PAGE_SIZE } from '../profile';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';
import { unlockOnto } from './unlock';
import { APP_CARDS, BLANK_CARDS, appUrl, blankUrl } from './watch';

const MIB = 1024 * 1024;

async function heapOf(ctx: PathContext, open: (page: Page) => Promise<void>): Promise<number> {
  const page = await ctx.browser.newPage();
  try {
    await open(page);
    const cdp = await ctx.browser.newCDPSession(page);
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
  path: 'Memory: renderer JS heap, unlocked onto the families list',
  unit: 'MiB',
  budget: null,
};

export async function heapRow(ctx: PathContext): Promise<BenchRow> {
  const runs = Math.min(ctx.runs, 3);
  const shown = Math.min(FAMILY_PAGE_SIZE, ctx.size.families);
  const s = await alternate(
    runs,
    0,
    () => heapOf(ctx, async (page) => void (await unlockOnto(page, appUrl(ctx.origin), APP_CARDS))),
    () =>
      heapOf(ctx, async (page) => {
        await page.goto(blankUrl(ctx.origin));
        await page.locator(BLANK_CARDS.map((c) => c.selector).join(', ')).first().waitFor({ timeout: 60_000 });
      }),
  );
  return measuredRow(
    {
      ...HEAP_PATH,
      note:
        `Renderer JS heap (used, after a forced GC) once the app has been unlocked with the bench passphrase onto the families list of the encrypted caseload ` +
        `(${ctx.size.families.toLocaleString('en-GB')} families read and decrypted, the first ${shown} drawn) vs the blank page holding the same families read from the plain copy, ${shown} drawn. ` +
        'There is no dashboard screen yet: the app opens on the families list, so that is what is measured.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
