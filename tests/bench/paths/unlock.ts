/**
 * Unlock to families list visible: on the app's unlock screen (encrypted caseload profile), the
 * bench passphrase is typed key by key at a person's speed and Unlock pressed; timed inside the page from the form's submit
 * until the first family card is laid out and painted. That covers PBKDF2 and unwrapping the
 * data key, opening the database, the unlock's audit entries, and reading and decrypting the
 * families for the list. The floor is the blank page's unlock form: bare PBKDF2-SHA256 with the
 * keyring's iterations, then opening the plain copy, reading every family and drawing 50 cards.
 */
import type { Page } from '@playwright/test';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { median, summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';
import { BENCH_PASSPHRASE } from '../profile';
import { APP_CARDS, BLANK_CARDS, appUrl, blankUrl, watchScript, watchedMs, type ReadyCheck, type Watch } from './watch';

export const UNLOCK_PATH: PathInfo = {
  id: 'unlock-to-list',
  path: 'Unlock to families list visible',
  unit: 'ms',
  // The 1.3x start budget, which used to end at the families list, carried over to the row that now ends there.
  budget: { maxRatio: 1.3 },
};

export interface Unlocked {
  ms: number;
  cards: number;
  /** The floor's PBKDF2 alone, when the page reports it. */
  deriveMs: number | null;
}

/** A person's typing speed, about 60 ms a key: the app may use that time, as it would for them (0055). */
const KEY_DELAY_MS = 60;

/** Types the bench passphrase key by key, as a person would, and presses Unlock: the clock starts at the submit. */
async function typePassphraseAndUnlock(page: Page): Promise<void> {
  await page.getByLabel('Passphrase', { exact: true }).pressSequentially(BENCH_PASSPHRASE, { delay: KEY_DELAY_MS });
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
}

/** Opens `url` in `page`, submits the bench passphrase and waits for `cards` to be painted; the page is left open. */
export async function unlockOnto(page: Page, url: string, cards: readonly ReadyCheck[]): Promise<Unlocked> {
  const watch: Watch = { ready: cards, fromSubmit: true };
  await page.addInitScript({ content: watchScript(watch) });
  await page.goto(url);
  await typePassphraseAndUnlock(page);
  const ms = await watchedMs(page, watch);
  const selector = cards.map((c) => c.selector).join(', ');
  const cardCount = await page.locator(selector).count();
  const deriveMs = await page.evaluate(() => (window as { __benchDeriveMs?: number }).__benchDeriveMs ?? null);
  return { ms, cards: cardCount, deriveMs };
}

async function sample(ctx: PathContext, url: string, cards: readonly ReadyCheck[], into: Unlocked[]): Promise<number> {
  const page = await ctx.browser.newPage();
  try {
    const result = await unlockOnto(page, url, cards);
    into.push(result);
    return result.ms;
  } finally {
    await page.close();
  }
}

export async function unlockRow(ctx: PathContext): Promise<BenchRow> {
  const ours: Unlocked[] = [];
  const floor: Unlocked[] = [];
  const s = await alternate(
    ctx.runs,
    ctx.warmup,
    () => sample(ctx, appUrl(ctx.origin), APP_CARDS, ours),
    () => sample(ctx, blankUrl(ctx.origin, ctx.pbkdf2Iterations), BLANK_CARDS, floor),
  );
  const cards = new Set([...ours, ...floor].map((u) => u.cards));
  if (cards.size !== 1) throw new Error(`The app and the floor drew different numbers of family cards: ${[...cards].join(', ')}`);
  const derive = floor.flatMap((u) => (u.deriveMs === null ? [] : [u.deriveMs]));
  const deriveNote = derive.length === 0 ? '' : ` (of which the PBKDF2 derivation alone: median ${median(derive).toFixed(0)} ms)`;
  return measuredRow(
    {
      ...UNLOCK_PATH,
      note:
        `Unlock: on the unlock screen of the encrypted ${ctx.size.families.toLocaleString('en-GB')}-family profile, the bench passphrase typed key by key at ${KEY_DELAY_MS} ms a key, as a person types, and Unlock pressed; in-page time from the submit ` +
        `to the first of ${[...cards][0] ?? 0} family cards painted (PBKDF2-SHA256 ${ctx.pbkdf2Iterations.toLocaleString('en-GB')} iterations, unwrap, open the database, ` +
        'audit the unlock, read and decrypt every family, sort, draw). Floor: the blank page\'s unlock form, bare Web Crypto PBKDF2-SHA256 with as many iterations, ' +
        `then its list render: open the plain copy, read every family, draw as many cards${deriveNote}. Budget carried over from the old start-to-list row.`,
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
