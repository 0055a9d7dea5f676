import { useCallback, useEffect, useRef } from 'react';
import { focusById } from './focus';

/**
 * Moves focus to the element with the id given to the returned function, after the next render:
 * the button pressed has usually gone, so focus goes to what replaced it (a heading, a message,
 * the row just added). It waits, render after render, until the element is on screen.
 */
export function useFocusAfter(): (id: string) => void {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (!next.current || !document.getElementById(next.current)) return;
    focusById(next.current);
    next.current = null;
  });
  return useCallback((id: string) => {
    next.current = id;
  }, []);
}
