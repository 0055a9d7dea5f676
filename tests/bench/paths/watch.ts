/**
 * In-page timing of screens: a script installed before any page script notes when every
 * "ready" check holds and the next frame has been painted. Optionally the clock starts at the
 * first form submit instead of at navigation start (performance.timeOrigin).
 */
import type { Page } from '@playwright/test';
import { BENCH_PASSPHRASE } from '../profile';

/** An element matching `selector` (with exactly `text`, or text ending in `endsWith`, if given) is laid out; `control` checks the label's field instead. */
export interface ReadyCheck {
  selector: string;
  text?: string;
  endsWith?: string;
  control?: boolean;
}

export interface Watch {
  ready: readonly ReadyCheck[];
  /** Time from the first `submit` event rather than from navigation start. */
  fromSubmit: boolean;
}

/** The first family card of the app (by class, or by the list's accessible name if the classes change). */
export const APP_CARDS: readonly ReadyCheck[] = [{ selector: 'ul.family-list li.family-card, ul[aria-label="Families"] > li' }];
export const APP_UNLOCK_SCREEN: readonly ReadyCheck[] = [
  { selector: 'h1', text: 'Team Around is locked' },
  { selector: 'label', text: 'Passphrase', control: true },
];
export const BLANK_CARDS: readonly ReadyCheck[] = [{ selector: 'ul#families li' }];

export function watchScript(watch: Watch): string {
  return `(() => {
  const ready = ${JSON.stringify(watch.ready)};
  const fromSubmit = ${JSON.stringify(watch.fromSubmit)};
  const shown = (el) => el !== null && el.getClientRects().length > 0;
  const holds = (check) => Array.from(document.querySelectorAll(check.selector)).some((el) =>
    (check.text === undefined || el.textContent.trim() === check.text) &&
    (check.endsWith === undefined || el.textContent.trim().endsWith(check.endsWith)) && shown(check.control ? el.control : el));
  if (fromSubmit) addEventListener('submit', () => { if (window.__benchStart === undefined) window.__benchStart = performance.now(); }, true);
  const observer = new MutationObserver(() => {
    if (fromSubmit && window.__benchStart === undefined) return;
    if (!ready.every(holds)) return;
    observer.disconnect();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { window.__benchReady = performance.now(); };
      channel.port2.postMessage(0);
    });
  });
  observer.observe(document, { childList: true, subtree: true, characterData: true });
})();`;
}

/** Waits for the watched screen; milliseconds from navigation start (or the submit) to painted. */
export async function watchedMs(page: Page, watch: Watch): Promise<number> {
  // A function, not a string: the app's CSP forbids eval, which string predicates need.
  const handle = await page.waitForFunction(() => (window as { __benchReady?: number }).__benchReady, undefined, { timeout: 60_000 });
  const ready: unknown = await handle.jsonValue();
  const start = await page.evaluate(() => (window as { __benchStart?: number }).__benchStart ?? null);
  if (typeof ready !== 'number') throw new Error(`No ready time was recorded on ${page.url()}`);
  if (!watch.fromSubmit) return ready;
  if (start === null) throw new Error(`No submit was recorded on ${page.url()}`);
  return ready - start;
}

/** Types the bench passphrase and presses Unlock (the app's unlock screen and the blank floor's alike). */
export async function submitPassphrase(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).fill(BENCH_PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

export function appUrl(origin: string): string {
  return `${origin}/app/index.html#/families`;
}

export function blankUrl(origin: string, unlockIterations?: number): string {
  return `${origin}/pages/blank.html${unlockIterations === undefined ? '' : `?unlock&iterations=${unlockIterations}`}`;
}
