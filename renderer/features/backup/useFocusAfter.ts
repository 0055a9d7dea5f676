import { useEffect, useRef } from 'react';

/**
 * Moves focus to the element with the id given to `focusNext`, after the next render: the button
 * pressed has usually gone, so focus goes to what replaced it (a heading or a message).
 */
export function useFocusAfter(): (id: string) => void {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (!next.current) return;
    const element = document.getElementById(next.current);
    if (element) {
      element.focus();
      next.current = null;
    }
  });
  return (id) => {
    next.current = id;
  };
}
