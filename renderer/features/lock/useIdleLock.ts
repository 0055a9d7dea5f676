import { useCallback, useEffect, useRef, useState } from 'react';
import { idleState, type IdlePolicy } from './idle-timer';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
// Once a second, so a warning's countdown is right; a check is one subtraction.
const CHECK_EVERY_MS = 1_000;

export interface IdleLockState {
  /** Seconds until the app locks while the warning shows; null when there is no warning. */
  secondsLeft: number | null;
  /** The chair is still here: the warning goes and the idle time starts again. */
  stayUnlocked(): void;
}

/**
 * Calls `onIdle` once nobody has used the app for the policy's time (read at each check, so it
 * follows the screen). While the warning shows, only `stayUnlocked` counts as use: a nudged mouse
 * does not quietly take the warning away.
 */
export function useIdleLock(onIdle: (policy: IdlePolicy) => void, active: boolean, policy: () => IdlePolicy): IdleLockState {
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);
  const last = useRef(0);
  const warning = useRef(false);
  const policyNow = useRef(policy);
  useEffect(() => {
    policyNow.current = policy;
  }, [policy]);

  useEffect(() => {
    if (!active) return;
    last.current = Date.now();
    let locked = false;
    const touch = () => {
      if (!warning.current) last.current = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (locked) return;
      const rule = policyNow.current();
      const state = idleState(Date.now() - last.current, rule);
      warning.current = state.kind === 'warning';
      setSecondsLeft(state.kind === 'warning' ? state.secondsLeft : null);
      if (state.kind === 'lock') {
        locked = true;
        onIdle(rule);
      }
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
      warning.current = false;
      setSecondsLeft(null);
    };
  }, [onIdle, active]);

  const stayUnlocked = useCallback(() => {
    last.current = Date.now();
    warning.current = false;
    setSecondsLeft(null);
  }, []);

  return { secondsLeft, stayUnlocked };
}
