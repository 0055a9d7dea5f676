/**
 * Key-encryption keys (from a passphrase or a recovery key) and wrapping the data key with them,
 * all in Web Crypto. AES-256-GCM wrapping, with additional data naming the key id, the slot and
 * the KDF parameters, so a wrapped key cannot be moved to another slot or envelope.
 */
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { base64ToBytes, bytesToBase64 } from '../../../shared/bytes';
import { randomBytes } from './data-key';

export const PBKDF2_NAME = 'PBKDF2-HMAC-SHA256';
export const HKDF_NAME = 'HKDF-SHA256';
/** OWASP's 2023 figure for PBKDF2-HMAC-SHA256; about 0.2 to 0.5 s here. Never accept fewer. */
export const MIN_PBKDF2_ITERATIONS = 600_000;
export const MIN_SALT_BYTES = 16;
/** More than this would freeze the app for minutes: an envelope asking for it has been tampered with. */
export const MAX_PBKDF2_ITERATIONS = 20_000_000;
const WRAP_IV_BYTES = 12;

export interface Pbkdf2Params {
  name: typeof PBKDF2_NAME;
  iterations: number;
  /** base64 */
  salt: string;
}

export interface HkdfParams {
  name: typeof HKDF_NAME;
  /** base64 */
  salt: string;
}

export interface WrappedKey {
  algorithm: 'AES-256-GCM';
  /** base64 */
  iv: string;
  /** base64: the data key encrypted, then the 16-byte tag */
  ciphertext: string;
}

export type Slot = 'passphrase' | 'recovery';

function bytes(data: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(data);
}

export async function passphraseKek(passphrase: string, params: Pbkdf2Params): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', bytes(utf8ToBytes(passphrase.normalize('NFC'))), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt: base64ToBytes(params.salt), iterations: params.iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** A recovery key already holds 160 random bits, so HKDF (not a slow KDF) turns it into a key. */
export async function recoveryKek(recoveryBytes: Uint8Array, params: HkdfParams): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', bytes(recoveryBytes), 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt: base64ToBytes(params.salt), info: utf8ToBytes('team-around/recovery-kek/v1') },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function wrapContext(keyId: string, slot: Slot, kdf: Pbkdf2Params | HkdfParams): Uint8Array<ArrayBuffer> {
  return bytes(utf8ToBytes(JSON.stringify(['team-around/wrapped-key/v1', keyId, slot, kdf.name, 'iterations' in kdf ? kdf.iterations : 0, kdf.salt])));
}

export async function wrapDataKey(kek: CryptoKey, dataKey: Uint8Array, keyId: string, slot: Slot, kdf: Pbkdf2Params | HkdfParams): Promise<WrappedKey> {
  const iv = randomBytes(WRAP_IV_BYTES);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: wrapContext(keyId, slot, kdf) }, kek, bytes(dataKey));
  return { algorithm: 'AES-256-GCM', iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(sealed)) };
}

/** Resolves to undefined when the key-encryption key is wrong (or the wrapped key was altered). */
export async function unwrapDataKey(kek: CryptoKey, wrapped: WrappedKey, keyId: string, slot: Slot, kdf: Pbkdf2Params | HkdfParams): Promise<Uint8Array | undefined> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(wrapped.iv), additionalData: wrapContext(keyId, slot, kdf) },
      kek,
      base64ToBytes(wrapped.ciphertext),
    );
    return new Uint8Array(plain);
  } catch {
    return undefined;
  }
}

export function newPbkdf2Params(iterations = MIN_PBKDF2_ITERATIONS): Pbkdf2Params {
  return { name: PBKDF2_NAME, iterations: Math.min(Math.max(iterations, MIN_PBKDF2_ITERATIONS), MAX_PBKDF2_ITERATIONS), salt: bytesToBase64(randomBytes(MIN_SALT_BYTES)) };
}

export function newHkdfParams(): HkdfParams {
  return { name: HKDF_NAME, salt: bytesToBase64(randomBytes(MIN_SALT_BYTES)) };
}

/** Why these parameters cannot be trusted (too weak, or absurd), or undefined if they are fine. */
export function kdfProblem(kdf: Pbkdf2Params | HkdfParams): string | undefined {
  let saltBytes: number;
  try {
    saltBytes = base64ToBytes(kdf.salt).length;
  } catch {
    return 'its salt is not readable';
  }
  if (saltBytes < MIN_SALT_BYTES) return `its salt is ${saltBytes} bytes, fewer than ${MIN_SALT_BYTES}`;
  if (kdf.name === PBKDF2_NAME && !(Number.isSafeInteger(kdf.iterations) && kdf.iterations >= MIN_PBKDF2_ITERATIONS)) {
    return `it uses ${kdf.iterations} iterations, fewer than ${MIN_PBKDF2_ITERATIONS}`;
  }
  if (kdf.name === PBKDF2_NAME && kdf.iterations > MAX_PBKDF2_ITERATIONS) return `it asks for more than ${MAX_PBKDF2_ITERATIONS} iterations`;
  return undefined;
}
