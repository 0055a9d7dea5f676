import { useCallback, useEffect, useRef } from 'react';
import { focusById } from '../../../components/focus';

/** After adding or removing a row, focus moves to where the user will type next, once it is on screen. */
export function useFocusAfterRender(): (id: string) => void {
  const next = useRef<string | null>(null);
  useEffect(() => {
    if (next.current) {
      focusById(next.current);
      next.current = null;
    }
  });
  return useCallback((id: string) => {
    next.current = id;
  }, []);
}
