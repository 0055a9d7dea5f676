import { createContext, useContext } from 'react';

export interface LockControls {
  /** Drops the key and clears the screen; the unlock screen shows instead. */
  lockNow(): void;
}

export const LockContext = createContext<LockControls>({ lockNow: () => undefined });

export function useLock(): LockControls {
  return useContext(LockContext);
}
