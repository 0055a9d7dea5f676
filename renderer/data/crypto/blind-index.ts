/**
 * Blind indexes: a keyed hash of a normalised value (e.g. a surname), stored in an index so records
 * can be found by exact match without the value itself being stored in clear. The HMAC-SHA256 key
 * is derived from the data key by HKDF, separately for each purpose, so the same name gives
 * unrelated tokens in different fields. Tokens are short on purpose: a match is a candidate, and
 * the caller confirms it against the decrypted record.
 */
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex } from '../../../shared/bytes';
import type { DataKey } from './data-key';

export const DEFAULT_BLIND_INDEX_HEX_LENGTH = 16;
const SALT = utf8ToBytes('team-around/blind-index/v1');

/** Case, spacing, apostrophe style and Unicode form do not change the token; accents do. */
export function normaliseForBlindIndex(value: string): string {
  return value
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u02BC`´]/gu, "'")
    .replace(/[\u2010-\u2015]/gu, '-')
    .toLocaleLowerCase('en-GB')
    .replace(/\s+/gu, ' ')
    .trim();
}

export type BlindIndex = (value: string) => string;

/** `purpose` names the field, e.g. "family.surname"; each purpose gets its own key. */
export function createBlindIndex(dataKey: DataKey, purpose: string, hexLength = DEFAULT_BLIND_INDEX_HEX_LENGTH): BlindIndex {
  if (!Number.isInteger(hexLength) || hexLength < 8 || hexLength > 64) throw new RangeError('A blind index is 8 to 64 hex characters long.');
  const key = hkdf(sha256, dataKey.bytes, SALT, utf8ToBytes(`purpose:${purpose}`), 32);
  return (value) => bytesToHex(hmac(sha256, key, utf8ToBytes(normaliseForBlindIndex(value)))).slice(0, hexLength);
}
