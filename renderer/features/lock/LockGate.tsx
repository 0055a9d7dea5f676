import { useCallback, useEffect, useMemo, useState, type ComponentType } from 'react';
import type { LockReason } from '../../../shared/contract';
import { getBridge } from '../../bridge';
import { loadWhenIdle } from '../../data/after-paint';
import { toStorageError } from '../../data/errors';
import { startState } from '../../data/lock/lock-start';
import {
  appLockCode,
  firstRunCode,
  idleLockCode,
  loadSetUpCode,
  loadUnlockedCode,
  onDemand,
  recoveryKeyCode,
  recoveryUnlockCode,
  settingsCode,
} from './lock-code';
import { LockContext } from './lock-context';
import { LockLayout } from './LockLayout';
import { lockAfterMinutes } from './lock-settings';
import { UnlockPage } from './UnlockPage';
import { useQuickUnlockOffAfterRotation } from './useQuickUnlockOffAfterRotation';

type Phase =
  | { kind: 'checking' }
  | { kind: 'first-run' }
  | { kind: 'recovery-key'; recoveryKey: string }
  | { kind: 'about-you' }
  | { kind: 'locked'; reason: string | null }
  | { kind: 'recovering' }
  | { kind: 'unlocked' };

const REASONS: Record<LockReason | 'idle' | 'request', string> = {
  idle: '',
  request: 'You locked Team Around.',
  suspend: 'Team Around locked itself when the computer went to sleep.',
  'lock-screen': 'Team Around locked itself when the computer’s screen was locked.',
};

/** Why the app locked again straight after an unlock it could not record (0055). */
function unrecordedUnlock(error: unknown): string {
  return toStorageError(error).kind === 'disk-full'
    ? 'Your computer is out of storage space, so Team Around could not record this unlock and has locked again. Free some space, then unlock.'
    : 'Team Around could not record this unlock in its record of who did what, so it has locked again. Try again in a moment.';
}

/**
 * Nothing of the app renders until it is unlocked. Locking unmounts every screen, so what was on
 * them is gone from the page, and drops the key from memory. `loadApp` loads the app behind the
 * lock: it is fetched while the lock screens are shown, and the app opens once it is in (0055).
 */
export function LockGate({ loadApp }: { loadApp(): Promise<{ default: ComponentType }> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  const [app] = useState(() => onDemand(loadApp));
  useQuickUnlockOffAfterRotation();

  // What comes next is fetched once this screen has painted.
  const setUp = phase.kind === 'first-run' || phase.kind === 'recovery-key' || phase.kind === 'about-you';
  const locked = phase.kind === 'locked' || phase.kind === 'recovering';
  useEffect(() => {
    if (setUp) return loadWhenIdle(() => loadSetUpCode(app));
    if (locked) return loadWhenIdle(() => loadUnlockedCode(app));
  }, [setUp, locked, app]);

  /** Each screen is shown once its code is in: until then the one before stays (the unlock screen says "Unlocking…"). */
  const show = useCallback(async (next: Phase, code: () => Promise<unknown>) => {
    await code();
    setPhase(next);
  }, []);
  const open = useCallback(async () => {
    await show({ kind: 'unlocked' }, () => loadUnlockedCode(app));
    // The unlock's audit entries are still being written as the app draws: if they fail, it locks again and says so.
    const appLock = appLockCode.loaded();
    appLock.unlockSettled().catch((error: unknown) => {
      void appLock.lock().finally(() => setPhase({ kind: 'locked', reason: unrecordedUnlock(error) }));
    });
  }, [show, app]);

  useEffect(() => {
    let live = true;
    startState().then(
      async (state) => {
        if (state === 'first-run') await firstRunCode.load();
        if (live) setPhase(state === 'first-run' ? { kind: 'first-run' } : { kind: 'locked', reason: null });
      },
      () => live && setPhase({ kind: 'locked', reason: 'Team Around could not read its lock settings. Try restarting it.' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const lockFor = useCallback((why: keyof typeof REASONS, idleMinutes = lockAfterMinutes()) => {
    void (async () => (await appLockCode.load()).lock())().finally(() => {
      const reason = why === 'idle' ? `Team Around locked itself after ${idleMinutes} minutes without use.` : REASONS[why];
      setPhase({ kind: 'locked', reason });
    });
  }, []);

  // The "About you" step comes after set-up: the data is open, so the idle lock already applies.
  const unlocked = phase.kind === 'unlocked' || phase.kind === 'about-you';
  const onIdle = useCallback((minutes: number) => lockFor('idle', minutes), [lockFor]);

  useEffect(() => {
    if (!unlocked) return;
    return getBridge().onLockRequested((reason) => lockFor(reason));
  }, [unlocked, lockFor]);

  const controls = useMemo(() => ({ lockNow: () => lockFor('request') }), [lockFor]);

  switch (phase.kind) {
    case 'checking':
      return null;
    case 'first-run': {
      const { FirstRunPage } = firstRunCode.loaded();
      return <FirstRunPage onDone={(recoveryKey) => void show({ kind: 'recovery-key', recoveryKey }, recoveryKeyCode.load)} />;
    }
    case 'recovery-key': {
      const { RecoveryKeyPage } = recoveryKeyCode.loaded();
      return <RecoveryKeyPage recoveryKey={phase.recoveryKey} onDone={() => void show({ kind: 'about-you' }, () => Promise.all([settingsCode.load(), idleLockCode.load()]))} />;
    }
    case 'about-you': {
      const { AboutYouPage } = settingsCode.loaded();
      const { IdleLock } = idleLockCode.loaded();
      return (
        <LockLayout>
          <IdleLock onIdle={onIdle} />
          <AboutYouPage onDone={() => void open()} />
        </LockLayout>
      );
    }
    case 'locked':
      return <UnlockPage reason={phase.reason} onUnlocked={open} onForgotten={() => void show({ kind: 'recovering' }, recoveryUnlockCode.load)} />;
    case 'recovering': {
      const { RecoveryUnlockPage } = recoveryUnlockCode.loaded();
      return <RecoveryUnlockPage onUnlocked={open} onBack={() => setPhase({ kind: 'locked', reason: null })} />;
    }
    case 'unlocked': {
      const { IdleLock } = idleLockCode.loaded();
      const { default: App } = app.loaded();
      return (
        <LockContext.Provider value={controls}>
          <IdleLock onIdle={onIdle} />
          <App />
        </LockContext.Provider>
      );
    }
  }
}
