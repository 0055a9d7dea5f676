/** The random 256-bit key that encrypts every record, and its public id (bound into every ciphertext). */
import { bytesToHex } from '../../../shared/bytes';

export const DATA_KEY_BYTES = 32;
export const KEY_ID_BYTES = 8;
const KEY_ID_PATTERN = /^[0-9a-f]{16}$/;

export interface DataKey {
  /** 16 lowercase hex characters; not secret. */
  readonly id: string;
  readonly bytes: Uint8Array;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}

export function generateDataKey(): DataKey {
  return { id: bytesToHex(randomBytes(KEY_ID_BYTES)), bytes: randomBytes(DATA_KEY_BYTES) };
}

export function isKeyId(value: string): boolean {
  return KEY_ID_PATTERN.test(value);
}

/** Overwrites the key bytes; call when locking. JavaScript cannot promise no other copy exists. */
export function wipeDataKey(key: DataKey): void {
  key.bytes.fill(0);
}
