/**
 * Holds the unlocked data key for the encryption middleware, and counts encryptions per key.
 * AES-GCM with random 96-bit IVs must stay well under 2^32 encryptions per key (NIST SP 800-38D),
 * so rotation is due at 2^30 and saving stops at 2^31. The count lives in memory: give it the
 * stored count on unlock and save it whenever `onUsage` reports (it need not be exact; it must not
 * go backwards by much, and the limits leave a wide margin).
 */
import { wipeDataKey, type DataKey } from './data-key';
import { DatabaseLockedError, KeyWornOutError } from './errors';

export const ROTATE_AFTER_ENCRYPTIONS = 2 ** 30;
export const MAX_ENCRYPTIONS_PER_KEY = 2 ** 31;

export interface KeyUsage {
  keyId: string;
  encryptions: number;
  rotationDue: boolean;
}

export interface UnlockOptions {
  /** The count saved from earlier sessions for the current key. */
  encryptionsSoFar?: number;
  /** Older keys still needed to read records not yet re-encrypted after a rotation. */
  retired?: readonly DataKey[];
}

function copy(key: DataKey): DataKey {
  return { id: key.id, bytes: new Uint8Array(key.bytes) };
}

export class KeySession {
  #current: DataKey | undefined;
  #keys = new Map<string, DataKey>();
  #encryptions = 0;
  #usageListeners = new Set<(usage: KeyUsage) => void>();
  #lockListeners = new Set<(locked: boolean) => void>();

  /** Keeps its own copies of the keys, so the caller can wipe theirs. */
  unlock(current: DataKey, options: UnlockOptions = {}): void {
    this.lock();
    for (const key of options.retired ?? []) this.#keys.set(key.id, copy(key));
    this.#current = copy(current);
    this.#keys.set(current.id, this.#current);
    this.#encryptions = Math.max(0, Math.floor(options.encryptionsSoFar ?? 0));
    for (const listener of this.#lockListeners) listener(false);
  }

  lock(): void {
    const wasUnlocked = this.#current !== undefined;
    for (const key of this.#keys.values()) wipeDataKey(key);
    this.#keys.clear();
    this.#current = undefined;
    this.#encryptions = 0;
    if (wasUnlocked) for (const listener of this.#lockListeners) listener(true);
  }

  /**
   * A rotation begins: `next` seals from now on, the current key stays to read what it sealed. No
   * lock or unlock is announced: the screens and the database stay as they are.
   */
  rotateTo(next: DataKey): void {
    this.assertUnlocked();
    this.#current = copy(next);
    this.#keys.set(next.id, this.#current);
    this.#encryptions = 0;
  }

  /** A rotation has ended: every key but the current one is wiped and forgotten. */
  forgetRetired(): void {
    const current = this.currentKey();
    for (const [id, key] of this.#keys) {
      if (id === current.id) continue;
      wipeDataKey(key);
      this.#keys.delete(id);
    }
  }

  get isUnlocked(): boolean {
    return this.#current !== undefined;
  }

  /** The key new records are encrypted with. Throws DatabaseLockedError when locked. */
  currentKey(): DataKey {
    if (!this.#current) throw new DatabaseLockedError();
    return this.#current;
  }

  assertUnlocked(): void {
    this.currentKey();
  }

  /** Any key this session can decrypt with, current or retired. Throws DatabaseLockedError when locked. */
  keyById(id: string): DataKey | undefined {
    this.assertUnlocked();
    return this.#keys.get(id);
  }

  /** Call once per encryption with the current key, before encrypting. */
  countEncryption(): void {
    const key = this.currentKey();
    if (this.#encryptions >= MAX_ENCRYPTIONS_PER_KEY) throw new KeyWornOutError();
    this.#encryptions += 1;
    const usage = this.usage(key);
    for (const listener of this.#usageListeners) listener(usage);
  }

  /** Encryptions with the current key so far (including earlier sessions). */
  get encryptions(): number {
    return this.#encryptions;
  }

  get rotationDue(): boolean {
    return this.#encryptions >= ROTATE_AFTER_ENCRYPTIONS;
  }

  private usage(key: DataKey): KeyUsage {
    return { keyId: key.id, encryptions: this.#encryptions, rotationDue: this.rotationDue };
  }

  /** Told after every encryption; keep the listener cheap (debounce any saving). Returns an unsubscribe function. */
  onUsage(listener: (usage: KeyUsage) => void): () => void {
    this.#usageListeners.add(listener);
    return () => this.#usageListeners.delete(listener);
  }

  /** Told `true` on lock and `false` on unlock, e.g. to close the database and clear the screen. */
  onLockChange(listener: (locked: boolean) => void): () => void {
    this.#lockListeners.add(listener);
    return () => this.#lockListeners.delete(listener);
  }
}
