import { useEffect, useRef } from 'react';

/**
 * A ref for what appears in answer to the user (a result, a problem, a finished step): the element
 * takes focus each time `shown` changes to something truthy, so it is read out and the keyboard
 * carries on from there.
 */
export function useFocusWhen<T extends HTMLElement>(shown: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return ref;
}
