import type { ReactNode } from 'react';

/** A quiet line that says what became of an action (a file saved, a copy made); screen readers hear it. */
export function StatusLine({ children }: { children: ReactNode }) {
  return (
    <p className="hint-text" role="status">
      {children}
    </p>
  );
}
