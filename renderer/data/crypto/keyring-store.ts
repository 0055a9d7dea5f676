/**
 * Where the key envelope and the encryption count live: a small database of their own, never
 * encrypted (nothing in it is secret), so they can be read before unlocking and before the main
 * database is opened, even when opening it will run an upgrade that needs the key.
 */
import Dexie, { type Table } from 'dexie';
import { parseKeyEnvelope, type KeyEnvelope } from './keys';

export const KEYRING_DATABASE_NAME = 'team-around-keyring';

interface KeyringRow {
  id: 'current';
  envelope: KeyEnvelope;
  /** Encryptions with the current data key so far, as last reported by the key session. */
  encryptions: number;
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
      await this.#db.keyring.put({ id: 'current', envelope, encryptions });
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

  close(): void {
    this.#db.close();
  }
}
