/**
 * Typing on the live meeting screen: the built app, unlocked, on the run page of a large meeting
 * (seeded through the app's repositories on the encrypted database), keys typed by Playwright into
 * the first agenda item's notes, each timed in the page from keydown to the next frame (see
 * typing-script.ts). The floor is a bare <textarea> added to the same page (another tab is no use:
 * Chromium gives the tab in front priority, measured at 40x), holding the same text, timed the
 * same way; the two alternate keystroke by keystroke. Before a floor key the page is let go idle,
 * so the app's own work after our last key (its autosave, live queries) is not charged to the
 * floor. Every key goes through the screen's real autosave (SaveQueue, sealed, IndexedDB): the
 * row checks the typed text reached the encrypted database.
 */
import type { Page } from '@playwright/test';
import { paths } from '../../../renderer/components/paths';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { summariseWithTail } from '../report/stats';
import type { LiveMeeting } from '../browser/live-meeting';
import { alternate } from './alternate';
import { callBench } from './bench-page';
import type { PathContext } from './context';
import { fieldValue, focusSide, sampleAfter, TYPING_SCRIPT, addFloor, watchOurs, type TypingSide } from './typing-script';
import { submitPassphrase } from './watch';

export const TYPING_PATH: PathInfo = {
  id: 'live-typing',
  path: 'Typing on the live meeting screen: key to next frame',
  unit: 'ms',
  budget: { maxRatio: 1.5, maxP95: 50 },
};

/** Keydown to keydown: a quick typist (about 100 words a minute), the same for both sides. */
const KEY_GAP_MS = 120;
const TEXT = 'The family agreed to meet again after half-term. ';

/** Keystrokes per side: 20 a run (200 at the default ten runs); a one-run pass (the harness test) types 6. */
function keystrokesFor(runs: number): number {
  return runs <= 1 ? 6 : runs * 20;
}

/** The run page on the first agenda item's step (the screen shows one step at a time, `?item=`), as the chair has it while typing notes. */
export function runPageUrl(origin: string, live: Pick<LiveMeeting, 'familyId' | 'meetingId' | 'firstItemId'>): string {
  return `${origin}/app/index.html#${paths.meetingRun(live.familyId, live.meetingId)}?item=${encodeURIComponent(live.firstItemId)}`;
}

/** Unlocks the app straight onto the meeting's run page and waits for its notes to be on screen. */
async function openRunPage(page: Page, url: string, live: LiveMeeting): Promise<string> {
  await page.addInitScript({ content: TYPING_SCRIPT });
  await page.goto(url);
  await submitPassphrase(page);
  await page.waitForFunction((hash) => {
    if (location.hash !== hash) location.hash = hash;
    return Array.from(document.querySelectorAll('textarea')).length > 0;
  }, new URL(url).hash, { timeout: 60_000 });
  // The record arrives after the page: wait a little for the seeded notes, then take whatever is there.
  await page.waitForFunction((notes) => Array.from(document.querySelectorAll('textarea')).some((a) => a.value === notes), live.firstNotes, { timeout: 15_000 }).catch(() => undefined);
  return watchOurs(page, live.firstNotes);
}

/** Polls the encrypted database (from the bench page) until the notes there are `expected`. */
async function waitForStored(ctx: PathContext, meetingId: string, expected: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  let stored: string | null = null;
  while (Date.now() < deadline) {
    stored = await callBench(ctx.benchPage, 'storedFirstNotes', meetingId);
    if (stored === expected) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The typed notes did not reach the encrypted database (stored ${stored?.length ?? 'no'} characters, typed ${expected.length}).`);
}

export async function typingRow(ctx: PathContext): Promise<BenchRow> {
  const live = await callBench(ctx.benchPage, 'seedLiveMeeting', ctx.seed, ctx.size);
  const page = await ctx.browser.newPage();
  try {
    const label = await openRunPage(page, runPageUrl(ctx.origin, live), live);
    const before = await fieldValue(page, 'ours');
    await addFloor(page);
    let typed = 0;
    let lastKey = 0;
    let oursTyped = '';
    const notLanded: TypingSide[] = [];
    const hidden: TypingSide[] = [];
    const key = (side: TypingSide) => async (): Promise<number> => {
      // The floor waits for the app to be idle, so the app's work after our last key never lands in it.
      await focusSide(page, side, side === 'floor');
      const char = TEXT[typed % TEXT.length] ?? 'a';
      const wait = lastKey + KEY_GAP_MS - performance.now();
      if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
      lastKey = performance.now();
      await page.keyboard.type(char);
      const sample = await sampleAfter(page, typed);
      typed++;
      if (side === 'ours') oursTyped += char;
      if (!sample.landed) notLanded.push(side);
      if (!sample.visible) hidden.push(side);
      return sample.ms;
    };
    const keystrokes = keystrokesFor(ctx.runs);
    // At least two: the first keys on a freshly opened screen pay for compiling code, not for typing.
    const warmup = Math.max(2, ctx.warmup * 10);
    const s = await alternate(keystrokes, warmup, key('ours'), key('floor'));
    if (hidden.length > 0) throw new Error(`${hidden.length} keys were typed into a background tab (${hidden.join(', ')}).`);
    if (notLanded.length > 0) throw new Error(`${notLanded.length} keys did not show in the field (${notLanded.join(', ')}).`);
    const after = await fieldValue(page, 'ours');
    if (after !== before + oursTyped) throw new Error('The notes field does not hold what was typed into it.');
    await waitForStored(ctx, live.meetingId, after);
    return measuredRow(
      {
        ...TYPING_PATH,
        note:
          `Typing on the live meeting screen: the built app unlocked onto the run page of a review with ${live.people} people, two children, ${live.actions} actions agreed ` +
          `and ${live.noteChars.toLocaleString('en-GB')} characters of notes (seeded through the app's repositories, encrypted); ${keystrokes} keys per side typed by Playwright ` +
          `(after ${warmup} warm-up keys, one every ${KEY_GAP_MS} ms) into “${label}” (${before.length.toLocaleString('en-GB')} characters), each timed in the page from the keydown ` +
          'to the next frame after the input event (requestAnimationFrame, then a message-channel task); every key saved by the screen\'s own autosave, the typed notes checked in the encrypted database after. ' +
          'Floor: a bare <textarea> added to the same page (no React, fixed in a corner) holding the same text, timed the same way, alternating key by key; before each floor key the page is let go idle (requestIdleCallback, at most 1 s), so the app\'s work after our last key is not charged to it. ' +
          'Budget: median within 1.5x of the floor and p95 under 50 ms.',
      },
      summariseWithTail(s.ours),
      summariseWithTail(s.floor),
      s,
    );
  } finally {
    await page.close();
  }
}
