/**
 * The first load holds only the unlock screen (docs/decisions/0055). The unlock itself (the
 * database, the repositories and their schemas), the other lock screens and the app behind the
 * lock are loaded on demand, and fetched ahead while the passphrase is typed. A screen is shown
 * only once its code is in (not through React.lazy, whose Suspense would hold the new screen back
 * for up to 300 ms after showing its fallback).
 */

/** A module loaded once, on demand, and read without waiting once it is in. */
export interface OnDemand<T> {
  load(): Promise<T>;
  /** The module; only after `load()` has resolved. */
  loaded(): T;
}

export function onDemand<T>(importer: () => Promise<T>): OnDemand<T> {
  let module: T | undefined;
  let loading: Promise<T> | undefined;
  return {
    load: () =>
      (loading ??= importer().then(
        (m) => (module = m),
        (error: unknown) => {
          // A failed load may be tried again.
          loading = undefined;
          throw error;
        },
      )),
    loaded: () => {
      if (module === undefined) throw new Error('A screen was shown before its code had loaded.');
      return module;
    },
  };
}

export const appLockCode = onDemand(() => import('../../data/lock/app-lock'));
export const idleLockCode = onDemand(() => import('./IdleLock'));
export const firstRunCode = onDemand(() => import('./FirstRunPage'));
export const recoveryKeyCode = onDemand(() => import('./RecoveryKeyPage'));
export const recoveryUnlockCode = onDemand(() => import('./RecoveryUnlockPage'));
export const settingsCode = onDemand(() => import('../settings'));

export const loadAppLock = appLockCode.load;

/** What opening the app needs once unlocked; `app` is the screens behind the lock (main.tsx's). */
export function loadUnlockedCode<A>(app: OnDemand<A>): Promise<unknown> {
  return Promise.all([appLockCode.load(), idleLockCode.load(), app.load()]);
}

/** Set-up's screens after the first-run page, then the app. */
export function loadSetUpCode<A>(app: OnDemand<A>): Promise<unknown> {
  return Promise.all([recoveryKeyCode.load(), settingsCode.load(), loadUnlockedCode(app)]);
}
