import { useEffect, useRef } from 'react';

/** Moves focus to the element once, when it first appears; for panels that replace the control that was used. */
export function useFocusOnMount<E extends HTMLElement>(enabled = true) {
  const ref = useRef<E>(null);
  useEffect(() => {
    if (enabled) ref.current?.focus();
    // Only on mount: a panel that should take focus again is mounted afresh with a new key.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  return ref;
}
