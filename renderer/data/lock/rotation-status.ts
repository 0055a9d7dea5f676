/** What the key rotation running in the background is doing, for the settings screen to show. */
import type { RotationProgress } from '../crypto/reencrypt-records';

export type RotationStatus =
  | { state: 'idle' }
  | ({ state: 'running' } & RotationProgress)
  | { state: 'finished'; total: number }
  | { state: 'failed'; message: string };

let status: RotationStatus = { state: 'idle' };
const listeners = new Set<() => void>();

export function rotationStatus(): RotationStatus {
  return status;
}

export function setRotationStatus(next: RotationStatus): void {
  status = next;
  for (const listener of listeners) listener();
}

/** For useSyncExternalStore. Returns an unsubscribe function. */
export function subscribeRotationStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
