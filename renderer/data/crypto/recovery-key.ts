/**
 * The recovery key: 160 random bits shown once, printed as Crockford base32 in nine groups of four
 * (32 data characters and 4 check characters). Reading is forgiving of spaces, dashes, lower case
 * and O/0, I/L/1 confusion; the check catches any one wrong character and any two swapped
 * neighbours, so a typo is reported rather than taken for a wrong key.
 */
import { randomBytes } from './data-key';

export const RECOVERY_KEY_BYTES = 20;
const DATA_CHARS = 32;
const CHECK_CHARS = 4;
const TOTAL_CHARS = DATA_CHARS + CHECK_CHARS;
const GROUP = 4;
/** The largest prime below 2^20, so the check fits four base32 characters. */
const CHECK_MODULUS = 1_048_573n;
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const ALIASES: Record<string, string> = { O: '0', I: '1', L: '1' };

export type RecoveryKeyParse = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

function toNumber(bytes: Uint8Array): bigint {
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  return n;
}

function toBase32(n: bigint, chars: number): string {
  let out = '';
  for (let i = 0; i < chars; i++) {
    out = ALPHABET[Number(n & 31n)] + out;
    n >>= 5n;
  }
  return out;
}

function groups(text: string): string {
  return text.match(new RegExp(`.{1,${GROUP}}`, 'g'))?.join('-') ?? '';
}

export function formatRecoveryKey(bytes: Uint8Array): string {
  if (bytes.length !== RECOVERY_KEY_BYTES) throw new Error(`A recovery key is ${RECOVERY_KEY_BYTES} bytes long.`);
  const n = toNumber(bytes);
  return groups(toBase32(n, DATA_CHARS) + toBase32(n % CHECK_MODULUS, CHECK_CHARS));
}

export function generateRecoveryKey(): { bytes: Uint8Array; text: string } {
  const bytes = randomBytes(RECOVERY_KEY_BYTES);
  return { bytes, text: formatRecoveryKey(bytes) };
}

export function parseRecoveryKey(input: string): RecoveryKeyParse {
  const compact = input.toUpperCase().replace(/[\s\-‐‑‒–—_.]/gu, '');
  const chars = Array.from(compact, (c) => ALIASES[c] ?? c);
  if (chars.length !== TOTAL_CHARS) {
    return {
      ok: false,
      message: `A recovery key has ${TOTAL_CHARS} characters, in nine groups of four. This one has ${chars.length}. Check that no group is missing or typed twice.`,
    };
  }
  let data = 0n;
  let check = 0n;
  for (const [i, c] of chars.entries()) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) {
      return { ok: false, message: `A recovery key uses only the digits 0 to 9 and the letters A to Z except U. Check character ${i + 1}.` };
    }
    if (i < DATA_CHARS) data = (data << 5n) | BigInt(v);
    else check = (check << 5n) | BigInt(v);
  }
  if (data % CHECK_MODULUS !== check) {
    return { ok: false, message: 'This recovery key has a mistake in it. Check each group against your printed copy.' };
  }
  const bytes = new Uint8Array(RECOVERY_KEY_BYTES);
  for (let i = RECOVERY_KEY_BYTES - 1; i >= 0; i--) {
    bytes[i] = Number(data & 255n);
    data >>= 8n;
  }
  return { ok: true, bytes };
}
