/**
 * The decrypted secret part of rows read this session, so a row read again (a live query re-run
 * after a write, the dashboard opened twice) is not decrypted again. A row is found only when its
 * stored form is exactly what was decrypted: the same table and primary key, the same sealed bytes
 * byte for byte and the same clear fields; anything rewritten, re-keyed or edited on disk is
 * decrypted afresh (and fails there if it was tampered with). The bytes are kept, not the record,
 * so every read still gets its own objects. Everything is zeroed and forgotten on lock (and on unlock).
 */
import type { KeySession } from './key-session';
import type { SealedParts } from './record-sealing';

/** Enough for a home screen's meetings and a day's plans on a large caseload; the oldest go first. */
export const OPENED_CACHE_BYTES = 24 * 1024 * 1024;

interface Entry {
  sealed: Uint8Array;
  clear: Record<string, unknown>;
  plain: Uint8Array;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Clear fields are index values: compared as primitives; anything else (a date, a list) never matches. */
function sameClear(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    const value = a[key];
    if (!Object.hasOwn(b, key) || !Object.is(value, b[key]) || (typeof value === 'object' && value !== null)) return false;
  }
  return true;
}

function cacheKey(table: string, primaryKey: unknown): string | undefined {
  if (typeof primaryKey === 'string') return `${table}\u0000s${primaryKey}`;
  if (typeof primaryKey === 'number') return `${table}\u0000n${primaryKey}`;
  return undefined;
}

export class OpenedCache {
  readonly #maxBytes: number;
  /** In the order last used: the first is the one to drop. */
  readonly #entries = new Map<string, Entry>();
  #bytes = 0;
  #generation = 0;

  constructor(session: KeySession, maxBytes: number = OPENED_CACHE_BYTES) {
    this.#maxBytes = maxBytes;
    session.onLockChange(() => this.clear());
  }

  /** Changes at every lock and unlock: a read that began before a change must not use what it found. */
  get generation(): number {
    return this.#generation;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The decrypted bytes of exactly this stored row, if it was decrypted before. */
  plainFor(table: string, parts: SealedParts): Uint8Array | undefined {
    const key = cacheKey(table, parts.primaryKey);
    const entry = key === undefined ? undefined : this.#entries.get(key);
    if (!key || !entry) return undefined;
    if (!sameBytes(entry.sealed, parts.sealed) || !sameClear(entry.clear, parts.clear)) return undefined;
    this.#entries.delete(key);
    this.#entries.set(key, entry);
    return entry.plain;
  }

  keep(table: string, parts: SealedParts, plain: Uint8Array): void {
    const key = cacheKey(table, parts.primaryKey);
    const size = parts.sealed.length + plain.length;
    if (key === undefined || size > this.#maxBytes / 16) return;
    this.#drop(key);
    this.#entries.set(key, { sealed: parts.sealed, clear: parts.clear, plain });
    this.#bytes += size;
    for (const [oldest] of this.#entries) {
      if (this.#bytes <= this.#maxBytes) break;
      this.#drop(oldest);
    }
  }

  /** Not zeroed here: a read waiting on Web Crypto may still decode it (the lock zeroes everything). */
  #drop(key: string): void {
    const entry = this.#entries.get(key);
    if (!entry) return;
    this.#bytes -= entry.sealed.length + entry.plain.length;
    this.#entries.delete(key);
  }

  /** Wipes the decrypted bytes and forgets every row. */
  clear(): void {
    for (const entry of this.#entries.values()) entry.plain.fill(0);
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation += 1;
  }
}
