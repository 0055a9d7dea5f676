/**
 * Where the key envelope and the encryption count live: a small database of their own, never
 * encrypted (nothing in it is secret), so they can be read before unlocking and before the main
 * database is opened, even when opening it will run an upgrade that needs the key.
 */
import Dexie, { type Table } from 'dexie';
import { storedMarkSeq, type AuditMark } from './audit-mark';
import { parseKeyEnvelope, type KeyEnvelope } from './keys';

export const KEYRING_DATABASE_NAME = 'team-around-keyring';

interface KeyringRow {
  id: 'current';
  envelope: KeyEnvelope;
  /** Encryptions with the current data key so far, as last reported by the key session. */
  encryptions: number;
  /** Failed unlocks, kept beside the envelope: see ../lock/unlock-attempts.ts. */
  failedUnlocks?: unknown;
  /** The audit trail's count, sealed with the data key: see ./audit-mark.ts. */
  auditMark?: unknown;
}

/**
 * Failed unlocks: `total` counts every failure ever on this computer and only goes up; `times`
 * are those since the last successful unlock (at most MAX_FAILURE_TIMES). Times only, nothing typed.
 */
export interface FailedUnlocks {
  total: number;
  times: string[];
}

export const MAX_FAILURE_TIMES = 100;

export function readFailedUnlocks(value: unknown): FailedUnlocks {
  if (typeof value !== 'object' || value === null) return { total: 0, times: [] };
  const { total, times } = value as Record<string, unknown>;
  const kept = Array.isArray(times) ? times.filter((t): t is string => typeof t === 'string' && !Number.isNaN(Date.parse(t))).slice(-MAX_FAILURE_TIMES) : [];
  return { total: Number.isSafeInteger(total) && (total as number) >= kept.length ? (total as number) : kept.length, times: kept };
}

export interface StoredKeyring {
  envelope: KeyEnvelope;
  encryptions: number;
}

class KeyringDatabase extends Dexie {
  keyring!: Table<KeyringRow, string>;

  constructor(name: string, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange }) {
    super(name, { chromeTransactionDurability: 'strict', ...options });
    this.version(1).stores({ keyring: 'id' });
  }
}

export class KeyringStore {
  readonly #db: KeyringDatabase;

  constructor(name: string = KEYRING_DATABASE_NAME, options: { indexedDB?: IDBFactory; IDBKeyRange?: typeof IDBKeyRange } = {}) {
    this.#db = new KeyringDatabase(name, options);
  }

  /** Undefined on first run (no keyring yet). Throws KeyringError('damaged') if what is stored is not a valid envelope. */
  async load(): Promise<StoredKeyring | undefined> {
    const row = await this.#db.keyring.get('current');
    if (!row) return undefined;
    return { envelope: parseKeyEnvelope(row.envelope), encryptions: Number.isSafeInteger(row.encryptions) ? row.encryptions : 0 };
  }

  /** A new keyring (count starts again) or a changed passphrase for the same key (count kept). */
  async saveEnvelope(envelope: KeyEnvelope): Promise<void> {
    await this.#db.transaction('rw', this.#db.keyring, async () => {
      const existing = await this.#db.keyring.get('current');
      const encryptions = existing?.envelope.keyId === envelope.keyId ? existing.encryptions : 0;
      // The audit count stays for the same key and for the key a rotation finishes with; a new keyring starts without one.
      const sameTrail = existing !== undefined && (existing.envelope.keyId === envelope.keyId || existing.envelope.rotation?.keyId === envelope.keyId);
      // Failed unlocks stay whatever the envelope: a new passphrase must not wipe them.
      await this.#db.keyring.put({
        id: 'current',
        envelope,
        encryptions,
        ...(existing?.failedUnlocks === undefined ? {} : { failedUnlocks: existing.failedUnlocks }),
        ...(sameTrail && existing.auditMark !== undefined ? { auditMark: existing.auditMark } : {}),
      });
    });
  }

  /** Never lowers the stored count. */
  async saveEncryptions(keyId: string, encryptions: number): Promise<void> {
    await this.#db.transaction('rw', this.#db.keyring, async () => {
      const existing = await this.#db.keyring.get('current');
      if (!existing || existing.envelope.keyId !== keyId || existing.encryptions >= encryptions) return;
      await this.#db.keyring.put({ ...existing, encryptions });
    });
  }

  /** The failed unlocks kept beside the envelope (none when there is no keyring). */
  async failedUnlocks(): Promise<FailedUnlocks> {
    return readFailedUnlocks((await this.#db.keyring.get('current'))?.failedUnlocks);
  }

  /** Adds one failed unlock at `at`, in the same row as the envelope. Nothing is kept when there is no keyring. */
  async recordFailedUnlock(at: Date): Promise<FailedUnlocks> {
    return this.#db.transaction('rw', this.#db.keyring, async () => {
      const existing = await this.#db.keyring.get('current');
      const before = readFailedUnlocks(existing?.failedUnlocks);
      const after = { total: before.total + 1, times: [...before.times, at.toISOString()].slice(-MAX_FAILURE_TIMES) };
      if (existing) await this.#db.keyring.put({ ...existing, failedUnlocks: after });
      return after;
    });
  }

  /** After a successful unlock has written them to the audit trail: the times go, the total stays. */
  async clearFailedUnlockTimes(): Promise<void> {
    await this.#db.transaction('rw', this.#db.keyring, async () => {
      const existing = await this.#db.keyring.get('current');
      if (!existing) return;
      const { total } = readFailedUnlocks(existing.failedUnlocks);
      await this.#db.keyring.put({ ...existing, failedUnlocks: { total, times: [] } });
    });
  }

  /** The audit count as stored (checked by ./audit-mark.ts with the key); undefined when none is kept. */
  async auditMark(): Promise<unknown> {
    return (await this.#db.keyring.get('current'))?.auditMark;
  }

  /**
   * Never lowers the stored count: a mark is written only when its number is higher, or the same
   * number sealed with another key (after a key rotation). Nothing is kept when there is no keyring.
   * True when a count is kept after the call (this one or a higher one).
   */
  async raiseAuditMark(mark: AuditMark): Promise<boolean> {
    return this.#db.transaction('rw', this.#db.keyring, async () => {
      const existing = await this.#db.keyring.get('current');
      if (!existing) return false;
      const stored = storedMarkSeq(existing.auditMark);
      const storedKeyId = (existing.auditMark as { keyId?: unknown } | undefined)?.keyId;
      if (existing.auditMark !== undefined && stored === null) return false;
      if (stored !== null && (stored > mark.seq || (stored === mark.seq && storedKeyId === mark.keyId))) return true;
      await this.#db.keyring.put({ ...existing, auditMark: { seq: mark.seq, keyId: mark.keyId, mac: mark.mac } });
      return true;
    });
  }

  close(): void {
    this.#db.close();
  }
}
