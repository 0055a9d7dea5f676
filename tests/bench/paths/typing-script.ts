/**
 * In-page timing of keystrokes, installed before any page script. For a key typed into one of
 * the two watched fields (the app's notes or the bare floor textarea), the clock starts at the
 * keydown event's own time stamp (when the key reached the page, so time it waited behind other
 * work counts) and stops after the next animation frame following the `input` event: a
 * requestAnimationFrame callback, then a message-channel task, which runs once that frame has
 * been produced. The `input` listener is on window in the bubble phase, so React's own listener
 * (on its root) has already handled the change and flushed the update.
 */
import type { Page } from '@playwright/test';

export type TypingSide = 'ours' | 'floor';

export interface TypingSample {
  side: TypingSide;
  ms: number;
  /** The field's value after the frame ends with the key typed. */
  landed: boolean;
  /** The page was visible (not a background tab) when the frame came. */
  visible: boolean;
}

/** What the script keeps on window.__benchTyping, as seen from page.evaluate. */
interface TypingState {
  targets: Partial<Record<TypingSide, HTMLTextAreaElement>>;
  samples: TypingSample[];
  waiters: Array<() => void>;
}

type TypingWindow = Window & { __benchTyping?: TypingState };

export const TYPING_SCRIPT = `(() => {
  const state = { targets: {}, samples: [], waiters: [] };
  window.__benchTyping = state;
  let pending = null;
  const sideOf = (el) => (el === state.targets.ours ? 'ours' : el === state.targets.floor ? 'floor' : null);
  addEventListener('keydown', (e) => {
    const side = sideOf(e.target);
    if (side === null || e.key.length !== 1) return;
    const now = performance.now();
    pending = { side, key: e.key, target: e.target, start: e.timeStamp > 0 && e.timeStamp <= now ? e.timeStamp : now };
  }, true);
  addEventListener('input', (e) => {
    const p = pending;
    if (p === null || e.target !== p.target) return;
    pending = null;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const ms = performance.now() - p.start;
        const value = p.target.value.slice(0, p.target.selectionEnd);
        state.samples.push({ side: p.side, ms, landed: value.endsWith(p.key), visible: document.visibilityState === 'visible' });
        for (const wake of state.waiters.splice(0)) wake();
      };
      channel.port2.postMessage(0);
    });
  });
})();`;

function install(page: Page) {
  return page.evaluate(() => {
    if (!(window as TypingWindow).__benchTyping) throw new Error('The typing script is not installed.');
  });
}

/**
 * Marks the app's field as "ours": the text area holding `notes` (the first agenda item's notes as
 * seeded), found by its value so that any layout of the screen will do, or else the page's first
 * text area. Returns the field's accessible label, for the row's note.
 */
export async function watchOurs(page: Page, notes: string): Promise<string> {
  await install(page);
  return page.evaluate((text) => {
    const state = (window as TypingWindow).__benchTyping as TypingState;
    const areas = Array.from(document.querySelectorAll('textarea'));
    const ours = areas.find((a) => a.value === text) ?? areas[0];
    if (!ours) throw new Error('The live meeting screen shows no text area to type into.');
    ours.scrollIntoView({ block: 'center' });
    state.targets.ours = ours;
    return `${ours.labels?.[0]?.textContent?.trim() ?? 'unlabelled'}${ours.value === text ? '' : ' (not the seeded notes: the first text area)'}`;
  }, notes);
}

/**
 * Adds the floor to the same page: a bare <textarea> (no React, no styles but its place, fixed in
 * a corner over the app) holding the same text as ours, and marks it as "floor".
 */
export async function addFloor(page: Page): Promise<void> {
  await page.evaluate(() => {
    const state = (window as TypingWindow).__benchTyping as TypingState;
    const ours = state.targets.ours;
    if (!ours) throw new Error('Watch our field before adding the floor.');
    const floor = document.createElement('textarea');
    floor.setAttribute('aria-label', 'Benchmark floor: a bare text box');
    floor.rows = ours.rows;
    floor.value = ours.value;
    Object.assign(floor.style, { position: 'fixed', top: '8px', right: '8px', width: '320px', height: '120px', zIndex: '2147483647' });
    document.body.append(floor);
    state.targets.floor = floor;
  });
}

/**
 * Puts the caret at the end of one side's field (focus moved without scrolling), then lets two
 * frames pass. With `idle`, first waits until the page's main thread is idle (at most a second),
 * so work the app is still doing after an earlier key (its autosave) is not charged to this one.
 */
export async function focusSide(page: Page, side: TypingSide, idle: boolean): Promise<void> {
  await page.evaluate(async ([which, waitIdle]) => {
    if (waitIdle) await new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 1_000 }));
    const field = (window as TypingWindow).__benchTyping?.targets[which];
    if (!field) throw new Error(`No ${which} field is watched.`);
    if (document.activeElement !== field) {
      field.focus({ preventScroll: true });
      field.setSelectionRange(field.value.length, field.value.length);
    }
    await new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
  }, [side, idle] as const);
}

/** Resolves with the sample after the first `count` (waits for it to be recorded). */
export async function sampleAfter(page: Page, count: number): Promise<TypingSample> {
  return page.evaluate(
    (n) =>
      new Promise<TypingSample>((resolve, reject) => {
        const state = (window as TypingWindow).__benchTyping;
        if (!state) return reject(new Error('The typing script is not installed.'));
        const check = () => {
          const sample = state.samples[n];
          if (sample) resolve(sample);
          else state.waiters.push(check);
        };
        check();
        setTimeout(() => reject(new Error('A keystroke was never seen in the watched field.')), 10_000);
      }),
    count,
  );
}

/** The value of one side's field now. */
export function fieldValue(page: Page, side: TypingSide): Promise<string> {
  return page.evaluate((which) => (window as TypingWindow).__benchTyping?.targets[which]?.value ?? '', side);
}
