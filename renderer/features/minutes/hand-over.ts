import { useSyncExternalStore } from 'react';

/**
 * The family's review handed over on this laptop: which minutes, and who is reading. Kept in
 * memory for as long as the app is open, never stored. While it is set, every screen of the app
 * gives way to the review (HandOverGuard), so the person reading cannot reach anything else;
 * only the chair's passphrase ends it.
 */
export interface HandOver {
  familyId: string;
  meetingId: string;
  /** The minutes version's row. */
  rowId: string;
  personId: string;
  personName: string;
}

let current: HandOver | null = null;
const listeners = new Set<() => void>();

function announce(): void {
  for (const listener of listeners) listener();
}

export function startHandOver(handOver: HandOver): void {
  current = { ...handOver };
  announce();
}

export function endHandOver(): void {
  current = null;
  announce();
}

export function currentHandOver(): HandOver | null {
  return current;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useHandOver(): HandOver | null {
  return useSyncExternalStore(subscribe, currentHandOver);
}
