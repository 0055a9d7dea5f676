/**
 * Renderer start: navigation start (performance.timeOrigin) in a new tab until the app's
 * unlock screen ("Team Around is locked" and its Passphrase field) is laid out and a frame has
 * been painted, read inside the page, on the encrypted caseload profile. The floor is a bare
 * Vite + React + Dexie page listing the families from the plain copy.
 */
import type { BrowserContext } from '@playwright/test';
import { FAMILY_PAGE_SIZE } from '../profile';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';
import { APP_UNLOCK_SCREEN, BLANK_CARDS, appUrl, blankUrl, watchScript, watchedMs, type Watch } from './watch';

export const START_PATH: PathInfo = {
  id: 'renderer-start',
  path: 'Renderer start to the unlock screen',
  unit: 'ms',
  budget: { maxRatio: 1.3 },
};

/** Opens `url` in a new tab and returns milliseconds from navigation start to the watched screen painted. */
export async function timeToScreen(browser: BrowserContext, url: string, watch: Watch): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: watchScript(watch) });
    await page.goto(url);
    return await watchedMs(page, watch);
  } finally {
    await page.close();
  }
}

export async function startRow(ctx: PathContext): Promise<BenchRow> {
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    () => timeToScreen(ctx.browser, appUrl(ctx.origin), { ready: APP_UNLOCK_SCREEN, fromSubmit: false }),
    () => timeToScreen(ctx.browser, blankUrl(ctx.origin), { ready: BLANK_CARDS, fromSubmit: false }),
  );
  return measuredRow(
    {
      ...START_PATH,
      note:
        'Renderer start: new tab, navigation start until "Team Around is locked" and its Passphrase field are laid out and painted; the built app (its own Vite config) ' +
        `on the encrypted ${ctx.size.families.toLocaleString('en-GB')}-family profile (it reads its keyring to choose this screen) ` +
        `vs a blank Vite + React + Dexie page that opens the plain copy, reads every family and draws the first ${Math.min(FAMILY_PAGE_SIZE, ctx.size.families)} cards, as many as the app's list shows (no router, styles, fonts, app code or decryption). ` +
        'Browser already running, files served uncached from 127.0.0.1.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
