import type { ReactNode } from 'react';

/** While a slow step runs (a key derived, a backup checked), says so beside the buttons; nothing otherwise. */
export function BusyStatus({ busy, children }: { busy: boolean; children: ReactNode }) {
  if (!busy) return null;
  return (
    <p role="status" className="save-status">
      {children}
    </p>
  );
}
