/**
 * The audit trail's count, kept beside the key envelope (docs/decisions/0045): the highest entry
 * number ever written on this computer. It only goes up, lives outside the encrypted database, and
 * carries an HMAC-SHA256 under a key derived from the data key (HKDF, a purpose of its own), so
 * someone with the disk but not the key can remove it or put back an older copy, but not write a
 * lower number of their own.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { equalBytes } from '@noble/ciphers/utils.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex, hexToBytes } from '../../../shared/bytes';
import { isKeyId, type DataKey } from './data-key';

const FORMAT = 'team-around-audit-mark-v1';
const SALT = utf8ToBytes('team-around/audit-mark/v1');
const HEX_MAC = /^[0-9a-f]{64}$/;

/** As stored in the keyring row. `seq` is in clear so the store can refuse to lower it without the key. */
export interface AuditMark {
  seq: number;
  keyId: string;
  mac: string;
}

/** What the stored mark says: none kept yet, a number whose seal checks, or one that was changed. */
export type AuditMarkReading = { kind: 'none' } | { kind: 'counted'; seq: number } | { kind: 'altered' };

function macOf(key: DataKey, seq: number): Uint8Array {
  const macKey = hkdf(sha256, key.bytes, SALT, utf8ToBytes('purpose:audit-mark'), 32);
  return hmac(sha256, macKey, utf8ToBytes(`${FORMAT}|${key.id}|${seq}`));
}

export function sealAuditMark(seq: number, key: DataKey): AuditMark {
  if (!Number.isSafeInteger(seq) || seq < 0) throw new RangeError(`An audit entry count is a whole number from 0, not ${seq}.`);
  return { seq, keyId: key.id, mac: bytesToHex(macOf(key, seq)) };
}

/** The stored value's number as the store compares it (no key needed); null when it is not a mark at all. */
export function storedMarkSeq(value: unknown): number | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq } = value as Record<string, unknown>;
  return Number.isSafeInteger(seq) && (seq as number) >= 0 ? (seq as number) : null;
}

/**
 * Checks the stored mark with whichever key it names. A mark under a key this session does not hold
 * (or malformed, or with a wrong seal) reads as altered: the app always re-seals it with the current
 * key before an old key is dropped (key rotation).
 */
export function readAuditMark(value: unknown, keyById: (id: string) => DataKey | undefined): AuditMarkReading {
  if (value === undefined || value === null) return { kind: 'none' };
  const seq = storedMarkSeq(value);
  const { keyId, mac } = value as Record<string, unknown>;
  if (seq === null || typeof keyId !== 'string' || !isKeyId(keyId) || typeof mac !== 'string' || !HEX_MAC.test(mac)) return { kind: 'altered' };
  const key = keyById(keyId);
  if (!key) return { kind: 'altered' };
  return equalBytes(macOf(key, seq), hexToBytes(mac)) ? { kind: 'counted', seq } : { kind: 'altered' };
}
