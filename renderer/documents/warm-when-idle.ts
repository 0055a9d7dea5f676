/**
 * Starts the file-making warm-up (warm-up.ts, loaded on its own) in the page's idle time: the
 * code, the family font and one sample PDF made and thrown away, each step after a painted frame
 * and an idle moment. Returns a cancel for the screen to call when it goes (navigation, lock).
 * Nothing is reported: a warm-up that fails leaves the first file to start cold. Once one has
 * run to the end, the session's code is warm and later calls do nothing.
 */
import { loadWhenIdle } from '../data/after-paint';
import type { runWarmUp, warmUpSteps, WarmUpOutcome } from './warm-up';

interface WarmUpCode {
  runWarmUp: typeof runWarmUp;
  warmUpSteps: typeof warmUpSteps;
}

let warmed = false;

export function warmDocumentFilesWhenIdle(load: () => Promise<WarmUpCode> = () => import('./warm-up'), whenIdle: (run: () => Promise<unknown>) => () => void = loadWhenIdle): { cancel: () => void; done: Promise<WarmUpOutcome> } {
  if (warmed) return { cancel: () => undefined, done: Promise.resolve('warmed') };
  let cancelled = false;
  let stopWaiting = () => undefined as void;
  const idle = () =>
    new Promise<void>((resolve) => {
      const cancel = whenIdle(async () => resolve());
      stopWaiting = () => {
        cancel();
        resolve();
      };
    });
  const done = idle()
    .then(async () => {
      if (cancelled) return 'cancelled' as const;
      const code = await load();
      const outcome = await code.runWarmUp(code.warmUpSteps(), idle, () => cancelled);
      warmed ||= outcome === 'warmed';
      return outcome;
    })
    .catch(() => 'failed' as const);
  return {
    cancel: () => {
      cancelled = true;
      stopWaiting();
    },
    done,
  };
}
