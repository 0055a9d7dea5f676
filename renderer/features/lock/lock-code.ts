/**
 * The first load holds only the unlock screen (docs/decisions/0055). The unlock itself (the
 * database, the repositories and their schemas), the other lock screens and the app behind the
 * lock are loaded on demand, and fetched ahead while the passphrase is typed.
 */
import { lazy } from 'react';

export const loadAppLock = () => import('../../data/lock/app-lock');

const loadIdleLock = () => import('./IdleLock');
const loadFirstRun = () => import('./FirstRunPage');
const loadRecoveryKey = () => import('./RecoveryKeyPage');
const loadRecoveryUnlock = () => import('./RecoveryUnlockPage');
const loadSettings = () => import('../settings');

export const IdleLock = lazy(async () => ({ default: (await loadIdleLock()).IdleLock }));
export const FirstRunPage = lazy(async () => ({ default: (await loadFirstRun()).FirstRunPage }));
export const RecoveryKeyPage = lazy(async () => ({ default: (await loadRecoveryKey()).RecoveryKeyPage }));
export const RecoveryUnlockPage = lazy(async () => ({ default: (await loadRecoveryUnlock()).RecoveryUnlockPage }));
export const AboutYouPage = lazy(async () => ({ default: (await loadSettings()).AboutYouPage }));

/** What opening the app needs once unlocked: `app` is the screens behind the lock (main.tsx's). */
export function loadUnlockedCode(app: () => Promise<unknown>): Promise<unknown> {
  return Promise.all([loadAppLock(), loadIdleLock(), app()]);
}

/** Set-up's screens, after the first-run page. */
export function loadSetUpCode(app: () => Promise<unknown>): Promise<unknown> {
  return Promise.all([loadRecoveryKey(), loadSettings(), loadUnlockedCode(app)]);
}

/**
 * Runs `load` once the screen now shown has painted and the page is idle (or after half a second
 * at most), so fetching and running the code does not hold up the first frame. Returns a cancel.
 */
export function afterPaint(load: () => Promise<unknown>): () => void {
  let idle = 0;
  const frame = requestAnimationFrame(() => {
    idle = requestIdleCallback(() => void load().catch(() => undefined), { timeout: 500 });
  });
  return () => {
    cancelAnimationFrame(frame);
    if (idle !== 0) cancelIdleCallback(idle);
  };
}
