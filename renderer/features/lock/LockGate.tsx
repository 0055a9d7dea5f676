import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { LockReason } from '../../../shared/contract';
import { getBridge } from '../../bridge';
import { AboutYouPage } from '../settings';
import { lock, startState } from '../../data/lock/app-lock';
import { FirstRunPage } from './FirstRunPage';
import { IdleLock } from './IdleLock';
import { LockContext } from './lock-context';
import { LockLayout } from './LockLayout';
import { lockAfterMinutes } from './lock-settings';
import { RecoveryKeyPage } from './RecoveryKeyPage';
import { RecoveryUnlockPage } from './RecoveryUnlockPage';
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
 * them is gone from the page, and drops the key from memory.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'checking' });
  useQuickUnlockOffAfterRotation();

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
    void lock().finally(() => {
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
    case 'first-run':
      return <FirstRunPage onDone={(recoveryKey) => setPhase({ kind: 'recovery-key', recoveryKey })} />;
    case 'recovery-key':
      return <RecoveryKeyPage recoveryKey={phase.recoveryKey} onDone={() => setPhase({ kind: 'about-you' })} />;
    case 'about-you':
      return (
        <LockLayout>
          <IdleLock onIdle={onIdle} />
          <AboutYouPage onDone={() => setPhase({ kind: 'unlocked' })} />
        </LockLayout>
      );
    case 'locked':
      return (
        <UnlockPage reason={phase.reason} onUnlocked={() => setPhase({ kind: 'unlocked' })} onForgotten={() => setPhase({ kind: 'recovering' })} />
      );
    case 'recovering':
      return <RecoveryUnlockPage onUnlocked={() => setPhase({ kind: 'unlocked' })} onBack={() => setPhase({ kind: 'locked', reason: null })} />;
    case 'unlocked':
      return (
        <LockContext.Provider value={controls}>
          <IdleLock onIdle={onIdle} />
          {children}
        </LockContext.Provider>
      );
  }
}
