/**
 * Decrypts many sealed rows at once with Web Crypto: AES-GCM runs natively and off the main thread,
 * for all of them together, where the synchronous path (@noble/ciphers, pure JavaScript) decrypts
 * one row after another, at about 150 µs for an action and more for a meeting (decision 0056).
 * Only for reads with nothing after them in their IndexedDB transaction: awaiting Web Crypto lets
 * the transaction commit, so the middleware keeps the synchronous path for everything else.
 */
import type { DataKey } from './data-key';
import { RecordDecryptionError } from './errors';
import type { KeySession } from './key-session';
import type { SealedParts } from './record-sealing';

/** Web Crypto takes ArrayBuffer-backed views only (not SharedArrayBuffer ones). */
function view(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer ? (bytes as Uint8Array<ArrayBuffer>) : new Uint8Array(bytes);
}

export class BatchOpener {
  readonly #session: KeySession;
  readonly #subtle: SubtleCrypto | undefined;
  /** One imported key per session key object: a lock (or a new unlock) drops them all. */
  #keys = new WeakMap<DataKey, Promise<CryptoKey>>();

  constructor(session: KeySession, subtle: SubtleCrypto | undefined = globalThis.crypto?.subtle) {
    this.#session = session;
    this.#subtle = subtle;
    session.onLockChange(() => {
      this.#keys = new WeakMap();
    });
  }

  /** False where there is no Web Crypto (the caller then decrypts rows one by one). */
  get available(): boolean {
    return this.#subtle !== undefined;
  }

  #cryptoKey(subtle: SubtleCrypto, key: DataKey): Promise<CryptoKey> {
    let imported = this.#keys.get(key);
    if (!imported) {
      // importKey copies the bytes before it returns, so wiping them at a lock cannot race it.
      imported = subtle.importKey('raw', view(key.bytes), 'AES-GCM', false, ['decrypt']);
      this.#keys.set(key, imported);
    }
    return imported;
  }

  async #decrypt(subtle: SubtleCrypto, table: string, parts: SealedParts): Promise<Uint8Array> {
    try {
      const key = await this.#cryptoKey(subtle, parts.key);
      const plain = await subtle.decrypt({ name: 'AES-GCM', iv: view(parts.iv), additionalData: view(parts.aad()), tagLength: 128 }, key, view(parts.body));
      return new Uint8Array(plain);
    } catch {
      throw new RecordDecryptionError(table, 'altered');
    }
  }

  /**
   * The rows' decrypted secret parts, in order (parts from `sealedPartsOf`, already checked);
   * rejects as decrypting them one by one would throw. Nothing is returned once locked.
   */
  async decryptAll(table: string, parts: readonly SealedParts[]): Promise<Uint8Array[]> {
    const subtle = this.#subtle;
    if (!subtle) throw new Error('Web Crypto is not available here.');
    const plains = await Promise.all(parts.map((p) => this.#decrypt(subtle, table, p)));
    this.#session.assertUnlocked();
    return plains;
  }
}
