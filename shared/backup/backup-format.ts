/**
 * The backup file's layout, without the cryptography (see renderer/data/crypto/backup-crypto.ts):
 *
 *   magic "TeamAroundBackup" (16 bytes) | format version (u16) |
 *   header length (u32) | header (JSON: created time, schema version, key id, key envelope, salts, IVs) |
 *   manifest length (u32) | manifest, encrypted (JSON: table names, record counts, per-table SHA-256) |
 *   payload length (u32) | payload, encrypted (per table: length (u32) | the records, encoded exactly) |
 *   MAC (32 bytes, HMAC-SHA256 over everything before it)
 *
 * The manifest is encrypted too: a plain SHA-256 of a small table would let anyone test guesses.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToUtf8 } from '@noble/ciphers/utils.js';
import { z } from 'zod';
import { decodeValueFromBytes, encodeValueToBytes } from './value-codec';

export const BACKUP_MAGIC = utf8ToBytes('TeamAroundBackup');
export const BACKUP_FORMAT_VERSION = 1;
export const MAC_BYTES = 32;
const MAX_HEADER_BYTES = 1 << 20;
const PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;

export type BackupProblem = 'empty' | 'truncated' | 'unrelated' | 'newer-version' | 'altered' | 'wrong-key' | 'unsupported-schema' | 'invalid-records';

export const BACKUP_MESSAGES: Record<BackupProblem, string> = {
  empty: 'This file is empty, so there is nothing to restore.',
  truncated: 'This backup file is incomplete: it may not have finished copying. Copy it again from where it was saved and try once more. Nothing has been restored.',
  unrelated: 'This file is not a Team Around backup. Choose a file that Team Around saved as a backup.',
  'newer-version': 'This backup was made by a newer version of Team Around. Update Team Around, then restore it.',
  altered: 'This backup has been changed or damaged since it was made, so it cannot be trusted. Nothing has been restored. Try another copy of the backup.',
  'wrong-key': 'This backup was made with a different key, so it cannot be opened with this one. Unlock with the passphrase or recovery key that was in use when the backup was made.',
  'unsupported-schema': 'This backup holds data that this version of Team Around does not recognise, so nothing has been restored.',
  'invalid-records': 'Some records in this backup are not valid, so nothing has been restored.',
};

export class BackupError extends Error {
  constructor(readonly problem: BackupProblem) {
    super(BACKUP_MESSAGES[problem]);
    this.name = 'BackupError';
  }
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/);

const headerSchema = z.strictObject({
  app: z.literal('Team Around'),
  createdAt: z.string(),
  schemaVersion: z.number().int().min(1),
  keyId: z.string().regex(/^[0-9a-f]{16}$/),
  keyEnvelope: z.record(z.string(), z.unknown()),
  salt: base64,
  keyCheck: base64,
  manifestIv: base64,
  payloadIv: base64,
});
export type BackupHeader = z.infer<typeof headerSchema>;

const manifestSchema = z.strictObject({
  tables: z.array(z.strictObject({ name: z.string().min(1), count: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

export type BackupTables = Readonly<Record<string, readonly unknown[]>>;

function u32(value: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, value);
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** The tables as payload frames, and the manifest describing them. */
export function packTables(tables: BackupTables): { manifest: BackupManifest; payload: Uint8Array } {
  const frames: Uint8Array[] = [];
  const manifest: BackupManifest = { tables: [] };
  for (const [name, records] of Object.entries(tables)) {
    const encoded = encodeValueToBytes(records);
    frames.push(u32(encoded.length), encoded);
    manifest.tables.push({ name, count: records.length, sha256: bytesToHex(sha256(encoded)) });
  }
  return { manifest, payload: concat(frames) };
}

/** Checks every frame against the manifest (hash, count, nothing missing, nothing extra). */
export function unpackTables(manifest: BackupManifest, payload: Uint8Array): Record<string, unknown[]> {
  const view = new DataView(payload.buffer, payload.byteOffset, payload.byteLength);
  const tables: Record<string, unknown[]> = {};
  let offset = 0;
  for (const entry of manifest.tables) {
    if (offset + 4 > payload.length || Object.hasOwn(tables, entry.name)) throw new BackupError('altered');
    const length = view.getUint32(offset);
    const encoded = payload.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    if (encoded.length !== length || bytesToHex(sha256(encoded)) !== entry.sha256) throw new BackupError('altered');
    let records: unknown;
    try {
      records = decodeValueFromBytes(encoded);
    } catch {
      throw new BackupError('altered');
    }
    if (!Array.isArray(records) || records.length !== entry.count) throw new BackupError('altered');
    Object.defineProperty(tables, entry.name, { value: records, enumerable: true, writable: true, configurable: true });
  }
  if (offset !== payload.length) throw new BackupError('altered');
  return tables;
}

export function encodeManifest(manifest: BackupManifest): Uint8Array {
  return utf8ToBytes(JSON.stringify(manifest));
}

function parseJson<T>(bytes: Uint8Array, schema: z.ZodType<T>): T {
  try {
    const result = schema.safeParse(JSON.parse(bytesToUtf8(bytes)));
    if (result.success) return result.data;
  } catch {
    // Falls through to the same refusal.
  }
  throw new BackupError('altered');
}

export function decodeManifest(bytes: Uint8Array): BackupManifest {
  return parseJson(bytes, manifestSchema);
}

export interface ContainerParts {
  header: BackupHeader;
  sealedManifest: Uint8Array;
  sealedPayload: Uint8Array;
}

/** Everything the MAC covers, i.e. the whole file but the MAC. */
export function assembleContainer(parts: ContainerParts): Uint8Array {
  const header = utf8ToBytes(JSON.stringify(headerSchema.parse(parts.header)));
  const version = new Uint8Array([BACKUP_FORMAT_VERSION >> 8, BACKUP_FORMAT_VERSION & 255]);
  return concat([BACKUP_MAGIC, version, u32(header.length), header, u32(parts.sealedManifest.length), parts.sealedManifest, u32(parts.sealedPayload.length), parts.sealedPayload]);
}

export interface ParsedContainer extends ContainerParts {
  /** The bytes the MAC covers. */
  authenticated: Uint8Array;
  mac: Uint8Array;
}

function checkMagic(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new BackupError('empty');
  const seen = bytes.subarray(0, BACKUP_MAGIC.length);
  if (!seen.every((b, i) => b === BACKUP_MAGIC[i])) throw new BackupError('unrelated');
  if (bytes.length < PREFIX_BYTES) throw new BackupError('truncated');
}

/** Splits a file into its parts, checking layout and lengths only; the MAC is checked by the caller. */
export function parseContainer(bytes: Uint8Array): ParsedContainer {
  checkMagic(bytes);
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const version = view.getUint16(BACKUP_MAGIC.length);
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version');
  if (version !== BACKUP_FORMAT_VERSION) throw new BackupError('altered');
  let offset = BACKUP_MAGIC.length + 2;
  const section = (maxLength: number): Uint8Array => {
    if (offset + 4 > bytes.length) throw new BackupError('truncated');
    const length = view.getUint32(offset);
    if (length > maxLength) throw new BackupError('altered');
    if (offset + 4 + length > bytes.length) throw new BackupError('truncated');
    const out = bytes.subarray(offset + 4, offset + 4 + length);
    offset += 4 + length;
    return out;
  };
  const header = parseJson(section(MAX_HEADER_BYTES), headerSchema);
  const sealedManifest = section(bytes.length);
  const sealedPayload = section(bytes.length);
  if (offset + MAC_BYTES > bytes.length) throw new BackupError('truncated');
  if (offset + MAC_BYTES < bytes.length) throw new BackupError('altered');
  return { header, sealedManifest, sealedPayload, authenticated: bytes.subarray(0, offset), mac: bytes.subarray(offset) };
}
