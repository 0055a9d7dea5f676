import { useEffect } from 'react';
import { lockAfterMinutes } from './lock-settings';

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart'] as const;
const CHECK_EVERY_MS = 15_000;

/** Calls `onIdle` once nobody has used the app for the chosen number of minutes. */
export function useIdleLock(onIdle: () => void, active: boolean): void {
  useEffect(() => {
    if (!active) return;
    let last = Date.now();
    const touch = () => {
      last = Date.now();
    };
    for (const type of ACTIVITY) window.addEventListener(type, touch, { passive: true, capture: true });
    const timer = setInterval(() => {
      if (Date.now() - last >= lockAfterMinutes() * 60_000) onIdle();
    }, CHECK_EVERY_MS);
    return () => {
      clearInterval(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, touch, { capture: true });
    };
  }, [onIdle, active]);
}
