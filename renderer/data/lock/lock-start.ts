/**
 * What the lock screens need before any unlock: the keyring (put back from the mirror after a
 * reset, docs/decisions/0018) and the failed unlocks kept beside it. Kept apart from app-lock.ts so
 * the first screen loads without the database, the repositories and their schemas (0055).
 */
import type { DataKey } from '../crypto/data-key';
import { KeyringStore, type StoredKeyring } from '../crypto/keyring-store';
import { unlockWithPassphrase, type KeyEnvelope } from '../crypto/keys';
import { getMirror } from '../mirror/app-mirror';
import { restoreKeyringFromMirror } from '../mirror/keyring-copy';
import { settleIndexedDb } from '../mirror/indexeddb-start';
import { pendingFrom } from './unlock-attempts';

export type StartState = 'first-run' | 'locked';

export type UnlockResult = { ok: true } | { ok: false; message: string; failures: number; lastFailureAt: number };

/** The stored keyring and the data key unwrapped from it. */
export interface Unwrapped {
  stored: StoredKeyring;
  dataKey: DataKey;
}

/** The app's one keyring store, shared with app-lock.ts. */
export const keyring = new KeyringStore();

/** Set when the keyring had to be put back from the mirror at start: the store was reset. */
let keyringRestored = false;

/** Whether the keyring was put back from the mirror at start (the after-unlock step tells the user). */
export function keyringWasRestored(): boolean {
  return keyringRestored;
}

export function forgetKeyringRestored(): void {
  keyringRestored = false;
}

/** At start, before the lock screen: the stored keyring, or the mirror's copy put back after a reset. */
async function loadKeyring(): Promise<StoredKeyring | undefined> {
  const opening = getMirror().ready();
  await settleIndexedDb();
  const stored = await keyring.load();
  if (stored) return stored;
  await opening;
  const restored = await restoreKeyringFromMirror(getMirror(), keyring);
  keyringRestored = restored !== undefined;
  return restored;
}

export async function startState(): Promise<StartState> {
  // After a crash that reset the browser's IndexedDB store, the keyring comes back from the mirror (0018).
  return (await loadKeyring()) ? 'locked' : 'first-run';
}

/** Failures since the last unlock, read from beside the key envelope (so a reload keeps the wait). */
export async function pendingFailures(): Promise<{ failures: number; lastFailureAt: number }> {
  return pendingFrom(await keyring.failedUnlocks());
}

/** The stored keyring and the data key `open` unwraps from it; or, counted as a failed unlock, why not. */
export async function openStored(open: (envelope: KeyEnvelope) => Promise<DataKey>, wrong: string): Promise<Unwrapped | UnlockResult> {
  const stored = await keyring.load();
  if (!stored) return failure('Team Around has not been set up on this computer yet.');
  try {
    return { stored, dataKey: await open(stored.envelope) };
  } catch {
    return failure(wrong);
  }
}

/** The first half of an unlock: the passphrase unwraps the data key (PBKDF2), or the failure is counted. */
export function unwrapWithPassphrase(passphrase: string): Promise<Unwrapped | UnlockResult> {
  return openStored((envelope) => unlockWithPassphrase(envelope, passphrase), 'That passphrase is not right. Check Caps Lock and try again.');
}

export async function failure(message: string): Promise<UnlockResult> {
  const now = new Date();
  const failures = await keyring.recordFailedUnlock(now);
  return { ok: false, message, failures: failures.times.length, lastFailureAt: now.getTime() };
}
