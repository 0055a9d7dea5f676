import { useEffect, useRef } from 'react';

/**
 * A short "it worked" message. When `takeFocus` is set it takes focus as it appears, so keyboard
 * and screen-reader users hear it after a form on the same page is saved.
 */
export function FlashNotice({ message, takeFocus = false }: { message: string | null; takeFocus?: boolean }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (message && takeFocus) ref.current?.focus();
  }, [message, takeFocus]);
  if (!message) return null;
  return (
    <div className="notice notice--success" role="status" tabIndex={-1} ref={ref}>
      {message}
    </div>
  );
}

/** A one-line message carried to the next page in the router's state, e.g. "Sam Patel has been added". */
export interface FlashState {
  flash: string;
}

export function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}
