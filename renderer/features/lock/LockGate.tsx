import { Suspense, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockReason } from '../../../shared/contract';
import { getBridge } from '../../bridge';
import { startState } from '../../data/lock/lock-start';
import { AboutYouPage, FirstRunPage, IdleLock, RecoveryKeyPage, RecoveryUnlockPage, afterPaint, loadAppLock, loadSetUpCode, loadUnlockedCode } from './lock-code';
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

/**
 * Nothing of the app renders until it is unlocked. Locking unmounts every screen, so what was on
 * them is gone from the page, and drops the key from memory. `loadApp` loads the code of
 * `children` (lazy): it is fetched while the lock screens are shown, and the app opens once it is in.
 */
export function LockGate({ children, loadApp }: { children: ReactNode; loadApp(): Promise<unknown> }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  useQuickUnlockOffAfterRotation();

  // What comes next is fetched once this screen has painted (0055).
  const setUp = phase.kind === 'first-run' || phase.kind === 'recovery-key' || phase.kind === 'about-you';
  const locked = phase.kind === 'locked' || phase.kind === 'recovering';
  useEffect(() => {
    if (setUp) return afterPaint(() => loadSetUpCode(loadApp));
    if (locked) return afterPaint(() => loadUnlockedCode(loadApp));
  }, [setUp, locked, loadApp]);

  /** The app opens once its code is in, so the unlock screen stays ("Unlocking…") rather than a blank page. */
  const open = useCallback(async () => {
    await loadUnlockedCode(loadApp);
    setPhase({ kind: 'unlocked' });
  }, [loadApp]);

  useEffect(() => {
    let live = true;
    startState().then(
      (state) => live && setPhase(state === 'first-run' ? { kind: 'first-run' } : { kind: 'locked', reason: null }),
      () => live && setPhase({ kind: 'locked', reason: 'Team Around could not read its lock settings. Try restarting it.' }),
    );
    return () => {
      live = false;
    };
  }, []);

  const lockFor = useCallback((why: keyof typeof REASONS, idleMinutes = lockAfterMinutes()) => {
    void (async () => (await loadAppLock()).lock())().finally(() => {
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

  // Screens loaded on demand show nothing while they load (normally already fetched by then).
  switch (phase.kind) {
    case 'checking':
      return null;
    case 'first-run':
      return (
        <Suspense fallback={null}>
          <FirstRunPage onDone={(recoveryKey) => setPhase({ kind: 'recovery-key', recoveryKey })} />
        </Suspense>
      );
    case 'recovery-key':
      return (
        <Suspense fallback={null}>
          <RecoveryKeyPage recoveryKey={phase.recoveryKey} onDone={() => setPhase({ kind: 'about-you' })} />
        </Suspense>
      );
    case 'about-you':
      return (
        <LockLayout>
          <Suspense fallback={null}>
            <IdleLock onIdle={onIdle} />
            <AboutYouPage onDone={() => void open()} />
          </Suspense>
        </LockLayout>
      );
    case 'locked':
      return <UnlockPage reason={phase.reason} onUnlocked={open} onForgotten={() => setPhase({ kind: 'recovering' })} />;
    case 'recovering':
      return (
        <Suspense fallback={null}>
          <RecoveryUnlockPage onUnlocked={open} onBack={() => setPhase({ kind: 'locked', reason: null })} />
        </Suspense>
      );
    case 'unlocked':
      return (
        <LockContext.Provider value={controls}>
          <Suspense fallback={null}>
            <IdleLock onIdle={onIdle} />
          </Suspense>
          <Suspense fallback={null}>{children}</Suspense>
        </LockContext.Provider>
      );
  }
}
