/**
 * The backup file's layout, without the cryptography (see renderer/data/crypto/backup-crypto.ts):
 *
 *   magic "TeamAroundBackup" (16 bytes) | format version (u16) |
 *   header length (u32) | header (JSON: created time, schema version, key id, key envelope, salts, IVs) |
 *   manifest length (u32) | manifest, encrypted (JSON: table names, record counts, per-table SHA-256) |
 *   payload length (u32) | payload, encrypted (per table: length (u32) | the records, encoded exactly) |
 *   MAC (32 bytes, HMAC-SHA256 over everything before it) |
 *   digest (32 bytes, plain SHA-256 over everything before it; format 2 and later)
 *
 * The digest needs no key, so a damaged file is named as damaged, wherever the damage is, before
 * anyone is asked for a passphrase; the MAC, with the key, still proves nobody changed it. Format 1
 * files (no digest) are still read.
 *
 * The manifest is encrypted too: a plain SHA-256 of a small table would let anyone test guesses.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToUtf8 } from '@noble/ciphers/utils.js';
import { z } from 'zod';
import { bytesToHex, concatBytes } from '../bytes';
import { decodeValueFromBytes, encodeValueToBytes } from './value-codec';

export const BACKUP_MAGIC = utf8ToBytes('TeamAroundBackup');
export const BACKUP_FORMAT_VERSION = 2;
/** Format 1 had no digest; it is still read. */
export const LEGACY_FORMAT_VERSION = 1;
export const MAC_BYTES = 32;
export const DIGEST_BYTES = 32;
/** A file whose first 16 bytes differ from the magic in this many places or fewer is a damaged backup, not another kind of file. */
const MAGIC_DAMAGE_TOLERANCE = 2;
const MAX_HEADER_BYTES = 1 << 20;
const PREFIX_BYTES = BACKUP_MAGIC.length + 2 + 4;

export type BackupProblem = 'empty' | 'truncated' | 'unrelated' | 'newer-version' | 'altered' | 'wrong-key' | 'unsupported-schema' | 'invalid-records';

export const BACKUP_MESSAGES: Record<BackupProblem, string> = {
  empty: 'This file is empty, so there is nothing to restore.',
  truncated:
    'This backup file is incomplete or damaged: it may not have finished copying. Copy it again from where it was saved and try once more. Nothing has been restored.',
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

/** The tables as payload frames, and the manifest describing them. */
export function packTables(tables: BackupTables): { manifest: BackupManifest; payload: Uint8Array } {
  const frames: Uint8Array[] = [];
  const manifest: BackupManifest = { tables: [] };
  for (const [name, records] of Object.entries(tables)) {
    const encoded = encodeValueToBytes(records);
    frames.push(u32(encoded.length), encoded);
    manifest.tables.push({ name, count: records.length, sha256: bytesToHex(sha256(encoded)) });
  }
  return { manifest, payload: concatBytes(frames) };
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

/** Everything the MAC covers, i.e. the whole file but the MAC and the digest. */
export function assembleContainer(parts: ContainerParts, formatVersion: number = BACKUP_FORMAT_VERSION): Uint8Array {
  const header = utf8ToBytes(JSON.stringify(headerSchema.parse(parts.header)));
  const version = new Uint8Array([formatVersion >> 8, formatVersion & 255]);
  return concatBytes([BACKUP_MAGIC, version, u32(header.length), header, u32(parts.sealedManifest.length), parts.sealedManifest, u32(parts.sealedPayload.length), parts.sealedPayload]);
}

/** The finished file: body and MAC, then the SHA-256 of both, so damage can be found without a key. */
export function appendDigest(bodyAndMac: Uint8Array): Uint8Array {
  return concatBytes([bodyAndMac, sha256(bodyAndMac)]);
}

export interface ParsedContainer extends ContainerParts {
  /** The bytes the MAC covers. */
  authenticated: Uint8Array;
  mac: Uint8Array;
}

/** How many of the first 16 bytes differ from the magic (a shorter file is compared as far as it goes). */
function magicDifferences(bytes: Uint8Array): number {
  let differences = 0;
  for (let i = 0; i < Math.min(bytes.length, BACKUP_MAGIC.length); i++) if (bytes[i] !== BACKUP_MAGIC[i]) differences += 1;
  return differences;
}

function checkMagic(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new BackupError('empty');
  const differences = magicDifferences(bytes);
  if (differences > 0 && (bytes.length < BACKUP_MAGIC.length || differences > MAGIC_DAMAGE_TOLERANCE)) throw new BackupError('unrelated');
  if (differences > 0) throw new BackupError('altered');
  if (bytes.length < PREFIX_BYTES) throw new BackupError('truncated');
}

/** Splits body and MAC into their parts, checking layout and lengths only. */
function parseLayout(bytes: Uint8Array): ParsedContainer {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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

function digestMatches(bytes: Uint8Array): boolean {
  if (bytes.length < PREFIX_BYTES + DIGEST_BYTES) return false;
  const body = bytes.subarray(0, bytes.length - DIGEST_BYTES);
  const digest = sha256(body);
  const stored = bytes.subarray(bytes.length - DIGEST_BYTES);
  return digest.every((b, i) => b === stored[i]);
}

/** Why a file whose digest does not match was refused: cut short if its own lengths run past its end, otherwise damaged. */
function damage(bytes: Uint8Array): BackupError {
  try {
    parseLayout(bytes.subarray(0, Math.max(PREFIX_BYTES, bytes.length - DIGEST_BYTES)));
  } catch (error) {
    if (error instanceof BackupError && error.problem === 'truncated') return error;
  }
  return new BackupError('altered');
}

/**
 * Splits a file into its parts. The whole file's integrity (the digest) is checked first, so any
 * damage is reported as damage, never as a wrong key; the MAC is checked by the caller, with the key.
 */
export function parseContainer(bytes: Uint8Array): ParsedContainer {
  checkMagic(bytes);
  const version = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint16(BACKUP_MAGIC.length);
  if (version === LEGACY_FORMAT_VERSION) return parseLayout(bytes);
  if (!digestMatches(bytes)) throw damage(bytes);
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-version');
  if (version !== BACKUP_FORMAT_VERSION) throw new BackupError('altered');
  return parseLayout(bytes.subarray(0, bytes.length - DIGEST_BYTES));
}
