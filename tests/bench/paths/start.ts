/**
 * Renderer start to first useful content: navigation start (performance.timeOrigin) until the
 * first family card is in the DOM and a frame has been painted, read inside the page. The
 * floor is a bare Vite + React + Dexie page listing the same families.
 */
import type { BrowserContext } from '@playwright/test';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

/** The first family card (by class, or by the list's accessible name if the classes change). */
export const APP_READY_SELECTOR = 'ul.family-list li.family-card, ul[aria-label="Families"] > li';
export const BLANK_READY_SELECTOR = 'ul#families li';

/** Installed before any page script: notes the time once `selector` matches and the next frame has been painted. */
function watchScript(selector: string): string {
  return `(() => {
  const selector = ${JSON.stringify(selector)};
  const observer = new MutationObserver(() => {
    if (!document.querySelector(selector)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__benchFirstUseful = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
})();`;
}

/** Opens `url` in a new tab and returns milliseconds from navigation start to first useful content. */
export const START_PATH: PathInfo = {
  id: 'renderer-start',
  path: 'Renderer start to families list visible',
  unit: 'ms',
  budget: { maxRatio: 1.3 },
};

export async function timeToContent(browser: BrowserContext, url: string, selector: string): Promise<number> {
  const page = await browser.newPage();
  try {
    await page.addInitScript({ content: watchScript(selector) });
    await page.goto(url);
    // A function, not a string: the app's CSP forbids eval, which string predicates need.
    const handle = await page.waitForFunction(() => (window as { __benchFirstUseful?: number }).__benchFirstUseful, undefined, { timeout: 60_000 });
    const value: unknown = await handle.jsonValue();
    if (typeof value !== 'number') throw new Error(`No start time was recorded for ${url}`);
    return value;
  } finally {
    await page.close();
  }
}

export function appUrl(origin: string): string {
  return `${origin}/app/index.html#/families`;
}

export function blankUrl(origin: string): string {
  return `${origin}/pages/blank.html`;
}

export async function startRow(ctx: PathContext): Promise<BenchRow> {
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    () => timeToContent(ctx.browser, appUrl(ctx.origin), APP_READY_SELECTOR),
    () => timeToContent(ctx.browser, blankUrl(ctx.origin), BLANK_READY_SELECTOR),
  );
  return measuredRow(
    {
      ...START_PATH,
      note:
        `Renderer start: new tab, navigation start to the first family card painted, ${ctx.size.families.toLocaleString('en-GB')} families; the built app (its own Vite config) ` +
        'vs a blank Vite + React + Dexie page that lists the same families (no router, styles, fonts or app code). Browser already running, files served uncached from 127.0.0.1.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
