/**
 * One file of the second copy of recent work: a short header, a body in the backup value codec,
 * and a checksum, so a file cut short or half overwritten by a kill is recognised without any key
 * and the other slot is used instead.
 *
 * Layout: magic "TAMR" (4) | format (1) | kind (1) | seq (8, float64 big-endian) | body length (4) | body | checksum (16)
 * The checksum is the first 16 bytes of SHA-256 over everything before it. It detects damage; the
 * row inside is already sealed (AES-256-GCM, see ../crypto/record-sealing.ts), which protects it.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex } from '../../../shared/bytes';
import { decodeValueFromBytes, encodeValue, encodeValueToBytes } from '../../../shared/backup/value-codec';

const MAGIC = [0x54, 0x41, 0x4d, 0x52];
export const MIRROR_FILE_FORMAT = 1;
const HEADER_BYTES = 4 + 1 + 1 + 8 + 4;
const CHECKSUM_BYTES = 16;

export type MirrorFileKind = 'row' | 'manifest';
const KIND_CODES: Record<MirrorFileKind, number> = { row: 1, manifest: 2 };

export interface MirrorFile {
  kind: MirrorFileKind;
  /** Newest wins: a counter that only goes up (microseconds since 1970, or one more than the last). */
  seq: number;
  body: unknown;
}

function checksum(bytes: Uint8Array): Uint8Array {
  return sha256(bytes).subarray(0, CHECKSUM_BYTES);
}

export function encodeMirrorFile(file: MirrorFile): Uint8Array {
  if (!Number.isSafeInteger(file.seq) || file.seq < 0) throw new RangeError('A mirror file needs a whole, positive sequence number.');
  const body = encodeValueToBytes(file.body);
  const out = new Uint8Array(HEADER_BYTES + body.length + CHECKSUM_BYTES);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  out[4] = MIRROR_FILE_FORMAT;
  out[5] = KIND_CODES[file.kind];
  view.setFloat64(6, file.seq);
  view.setUint32(14, body.length);
  out.set(body, HEADER_BYTES);
  out.set(checksum(out.subarray(0, HEADER_BYTES + body.length)), HEADER_BYTES + body.length);
  return out;
}

/** Undefined for anything that is not a whole, undamaged mirror file of a format this build knows. */
export function decodeMirrorFile(bytes: Uint8Array): MirrorFile | undefined {
  if (bytes.length < HEADER_BYTES + CHECKSUM_BYTES) return undefined;
  if (MAGIC.some((b, i) => bytes[i] !== b) || bytes[4] !== MIRROR_FILE_FORMAT) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const length = view.getUint32(14);
  const end = HEADER_BYTES + length;
  // Longer is allowed (a shorter write over a longer file that was not truncated before the kill).
  if (end + CHECKSUM_BYTES > bytes.length) return undefined;
  const expected = checksum(bytes.subarray(0, end));
  const stored = bytes.subarray(end, end + CHECKSUM_BYTES);
  if (expected.some((b, i) => stored[i] !== b)) return undefined;
  const kind = (Object.keys(KIND_CODES) as MirrorFileKind[]).find((k) => KIND_CODES[k] === bytes[5]);
  const seq = view.getFloat64(6);
  if (!kind || !Number.isSafeInteger(seq) || seq < 0) return undefined;
  try {
    return { kind, seq, body: decodeValueFromBytes(bytes.subarray(HEADER_BYTES, end)) };
  } catch {
    return undefined;
  }
}

export type Slot = 'a' | 'b';
export const SLOTS: readonly Slot[] = ['a', 'b'];
export const MANIFEST_BASE = 'manifest';

/**
 * The file name (without slot) for a row: a hash of its table and primary key, so names carry no
 * text typed by the user and every key maps to a safe file name.
 */
export function rowBaseName(table: string, key: unknown): string {
  return `r-${bytesToHex(sha256(utf8ToBytes(JSON.stringify([table, encodeValue(key)])))).slice(0, 32)}`;
}

export function slotName(base: string, slot: Slot): string {
  return `${base}-${slot}`;
}

/** The base name and slot of a mirror file name, or undefined for any other file. */
export function parseSlotName(name: string): { base: string; slot: Slot } | undefined {
  const match = /^(manifest|r-[0-9a-f]{32})-([ab])$/.exec(name);
  if (!match?.[1] || !match[2]) return undefined;
  return { base: match[1], slot: match[2] as Slot };
}
