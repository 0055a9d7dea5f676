/**
 * Turns a record into its stored form and back: the indexed fields stay in clear (IndexedDB must
 * see them), everything else goes into one AES-256-GCM sealed field. The additional data binds the
 * table, primary key, schema version, key id and the clear fields themselves, so a sealed field
 * moved to another record or table, or a clear field edited on disk, fails to decrypt.
 *
 * Sealed field layout: format (1 byte) | schema version (2 bytes) | key id (8 bytes) | IV (12 bytes) | ciphertext | tag (16 bytes)
 */
import { gcm } from '@noble/ciphers/aes.js';
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { bytesToHex, hexToBytes } from '../../../shared/bytes';
import { decodeValueFromBytes, encodeValue, encodeValueToBytes } from '../../../shared/backup/value-codec';
import { KEY_ID_BYTES, randomBytes, type DataKey } from './data-key';
import { RecordDecryptionError } from './errors';

export const SEALED_FIELD = '_sealed';
export const RECORD_FORMAT = 1;
const IV_BYTES = 12;
const HEADER_BYTES = 1 + 2 + KEY_ID_BYTES;

export interface SealingLayout {
  table: string;
  /** Key paths of the primary key and every index, compound ones flattened. */
  clearPaths: readonly string[];
  primaryKeyOf: (row: object) => unknown;
}

export interface OpenOptions {
  keyById: (id: string) => DataKey | undefined;
  schemaVersion: number;
  acceptUnsealedRows: boolean;
}

type Row = Record<string, unknown>;

function isPlainObject(value: unknown): value is Row {
  return Object.prototype.toString.call(value) === '[object Object]';
}

function define(target: Row, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function setNested(target: Row, path: readonly string[], value: unknown): void {
  let node = target;
  for (const part of path.slice(0, -1)) {
    const next = node[part];
    if (!isPlainObject(next)) define(node, part, {});
    node = node[part] as Row;
  }
  define(node, path[path.length - 1] ?? '', value);
}

function getNested(source: unknown, path: readonly string[]): unknown {
  let node = source;
  for (const part of path) {
    if (!isPlainObject(node)) return undefined;
    node = node[part];
  }
  return node;
}

/** Top-level indexed fields move to clear; a dotted path copies its leaf to clear and keeps the whole object sealed. */
function split(record: Row, clearPaths: readonly string[]): { clear: Row; secret: Row } {
  const secret: Row = { ...record };
  const clear: Row = {};
  for (const path of clearPaths.filter((p) => !p.includes('.'))) {
    if (Object.hasOwn(record, path)) {
      define(clear, path, record[path]);
      delete secret[path];
    }
  }
  for (const path of clearPaths.filter((p) => p.includes('.'))) {
    const parts = path.split('.');
    const value = getNested(record, parts);
    if (value !== undefined && !Object.hasOwn(clear, parts[0] ?? '')) setNested(clear, parts, value);
  }
  return { clear, secret };
}

/** Same value, keys sorted at every level, so the clear fields hash the same however they were ordered. */
function sorted(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sorted);
  if (!isPlainObject(value)) return value;
  const out: Row = {};
  for (const key of Object.keys(value).sort()) define(out, key, sorted(value[key]));
  return out;
}

function additionalData(table: string, primaryKey: unknown, schemaVersion: number, keyId: string, clear: Row): Uint8Array {
  return utf8ToBytes(JSON.stringify(['team-around/record', RECORD_FORMAT, table, encodeValue(primaryKey), schemaVersion, keyId, encodeValue(sorted(clear))]));
}

/** What AES-GCM seals for one record, and what goes around the ciphertext: see `sealingInput`. */
export interface SealingInput {
  /** The record's clear fields, the row to store once the sealed field is added. */
  clear: Row;
  keyId: string;
  schemaVersion: number;
  iv: Uint8Array<ArrayBuffer>;
  aad: Uint8Array;
  plain: Uint8Array;
}

/**
 * The first half of sealing a record: its clear fields, a fresh IV, the additional data and the
 * bytes to encrypt. Encrypt `plain` with AES-256-GCM (ciphertext followed by the 16-byte tag) and
 * pass the result to `sealedRow`; `sealRecord` does both here and now.
 */
export function sealingInput(layout: SealingLayout, record: object, key: DataKey, schemaVersion: number): SealingInput {
  if (!isPlainObject(record)) throw new TypeError(`Only plain objects can be saved in "${layout.table}".`);
  const { clear, secret } = split(record, layout.clearPaths);
  const iv = randomBytes(IV_BYTES);
  const aad = additionalData(layout.table, layout.primaryKeyOf(record), schemaVersion, key.id, clear);
  return { clear, keyId: key.id, schemaVersion, iv, aad, plain: encodeValueToBytes(secret) };
}

/** The stored row: the clear fields and the sealed field (header, IV, then `ciphertext`, tag included). */
export function sealedRow(input: SealingInput, ciphertext: Uint8Array): Row {
  const { clear, keyId, schemaVersion, iv } = input;
  const sealed = new Uint8Array(HEADER_BYTES + IV_BYTES + ciphertext.length);
  sealed[0] = RECORD_FORMAT;
  sealed[1] = (schemaVersion >> 8) & 255;
  sealed[2] = schemaVersion & 255;
  sealed.set(hexToBytes(keyId), 3);
  sealed.set(iv, HEADER_BYTES);
  sealed.set(ciphertext, HEADER_BYTES + IV_BYTES);
  define(clear, SEALED_FIELD, sealed);
  return clear;
}

export function sealRecord(layout: SealingLayout, record: object, key: DataKey, schemaVersion: number): Row {
  const input = sealingInput(layout, record, key, schemaVersion);
  return sealedRow(input, gcm(key.bytes, input.iv, input.aad).encrypt(input.plain));
}

/** A sealed row's parts, checked and ready for AES-GCM: what both the synchronous and the batch opening decrypt. */
export interface SealedParts {
  /** The row's clear fields, without the sealed one. */
  clear: Row;
  /** The whole sealed field, as stored. */
  sealed: Uint8Array;
  primaryKey: unknown;
  key: DataKey;
  iv: Uint8Array;
  /** Ciphertext followed by the 16-byte tag. */
  body: Uint8Array;
  /** The additional data, built only when the row is really decrypted (not when it is found in the cache). */
  aad: () => Uint8Array;
}

function decryptionFailure(layout: SealingLayout, problem: 'altered' | 'unknown-key' | 'newer-format'): RecordDecryptionError {
  return new RecordDecryptionError(layout.table, problem);
}

function partsOf(layout: SealingLayout, row: Row, sealed: Uint8Array, options: OpenOptions): SealedParts {
  const fail = (problem: 'altered' | 'unknown-key' | 'newer-format') => decryptionFailure(layout, problem);
  if (sealed.length < HEADER_BYTES + IV_BYTES + 16) throw fail('altered');
  if (sealed[0] !== RECORD_FORMAT) throw fail((sealed[0] ?? 0) > RECORD_FORMAT ? 'newer-format' : 'altered');
  const schemaVersion = ((sealed[1] ?? 0) << 8) | (sealed[2] ?? 0);
  if (schemaVersion > options.schemaVersion) throw fail('newer-format');
  const keyId = bytesToHex(sealed.subarray(3, HEADER_BYTES));
  const key = options.keyById(keyId);
  if (!key) throw fail('unknown-key');
  const clear: Row = { ...row };
  delete clear[SEALED_FIELD];
  const primaryKey = layout.primaryKeyOf(row);
  return {
    clear,
    sealed,
    primaryKey,
    key,
    iv: sealed.subarray(HEADER_BYTES, HEADER_BYTES + IV_BYTES),
    body: sealed.subarray(HEADER_BYTES + IV_BYTES),
    aad: () => additionalData(layout.table, primaryKey, schemaVersion, keyId, clear),
  };
}

/** The opened record from its clear fields and its decrypted secret part. */
export function joinOpened(layout: SealingLayout, clear: Row, plain: Uint8Array): Row {
  let secret: unknown;
  try {
    secret = decodeValueFromBytes(plain);
  } catch {
    throw decryptionFailure(layout, 'altered');
  }
  if (!isPlainObject(secret)) throw decryptionFailure(layout, 'altered');
  return { ...clear, ...secret };
}

/**
 * The first half of opening a row: an unsealed row accepted as it is (`opened`), or its parts to
 * decrypt (`parts`). Throws what `openRecord` throws for a row that cannot be opened.
 */
export function sealedPartsOf(layout: SealingLayout, row: unknown, options: OpenOptions): { opened: unknown } | { parts: SealedParts } {
  if (!isPlainObject(row)) throw new RecordDecryptionError(layout.table, 'not-encrypted');
  const sealed = row[SEALED_FIELD];
  if (Object.prototype.toString.call(sealed) === '[object Uint8Array]') return { parts: partsOf(layout, row, sealed as Uint8Array, options) };
  if (sealed === undefined && options.acceptUnsealedRows) return { opened: row };
  throw new RecordDecryptionError(layout.table, sealed === undefined ? 'not-encrypted' : 'altered');
}

/** Decrypts a sealed row's parts here and now, in JavaScript (@noble/ciphers). */
export function decryptParts(layout: SealingLayout, parts: SealedParts): Uint8Array {
  try {
    return gcm(parts.key.bytes, parts.iv, parts.aad()).decrypt(parts.body);
  } catch {
    throw decryptionFailure(layout, 'altered');
  }
}

export function openRecord(layout: SealingLayout, row: unknown, options: OpenOptions): unknown {
  const split = sealedPartsOf(layout, row, options);
  if ('opened' in split) return split.opened;
  return joinOpened(layout, split.parts.clear, decryptParts(layout, split.parts));
}
