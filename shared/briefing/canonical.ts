/**
 * The canonical form a briefing file's checksum is taken over: JSON with every object's keys in
 * sorted order (by UTF-16 code units) and no whitespace, strings and numbers written as
 * ECMAScript's JSON.stringify writes them. For the values a briefing holds (strings, whole
 * numbers, booleans, null, arrays and objects) this is the JSON Canonicalization Scheme, RFC 8785.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex } from '../bytes';

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('Only finite numbers can be written in canonical JSON.');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  throw new TypeError('Only JSON values can be written in canonical JSON.');
}

/** SHA-256 of the canonical JSON's UTF-8 bytes, as 64 lowercase hex digits. */
export function canonicalSha256(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}
