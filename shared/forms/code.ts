/**
 * The short code a form file is opened with: 12 characters of Crockford's base32 (60 bits), shown
 * in three groups of four so it can be read out on the phone or written in a letter. Typing is
 * forgiving: case, spaces and dashes are ignored, and O, I and L are read as 0, 1 and 1.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
export const CODE_LENGTH = 12;

/** A code from 12 random bytes (the caller draws them with crypto.getRandomValues). */
export function codeFromBytes(bytes: Uint8Array): string {
  if (bytes.length < CODE_LENGTH) throw new RangeError(`A code needs ${CODE_LENGTH} random bytes.`);
  return Array.from(bytes.slice(0, CODE_LENGTH), (b) => ALPHABET[b & 31]).join('');
}

/** "7K3M9QXR2TWA" as "7K3M 9QXR 2TWA". */
export function formatCode(code: string): string {
  return (code.match(/.{1,4}/g) ?? []).join(' ');
}

/** What was typed, as the code it stands for; null when it cannot be one (wrong length or letters). */
export function normaliseCode(typed: string): string | null {
  const code = typed
    .toUpperCase()
    .replace(/[\s\-\u2010-\u2015.]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (code.length !== CODE_LENGTH) return null;
  return [...code].every((c) => ALPHABET.includes(c)) ? code : null;
}
