/** Base64 (RFC 4648, with padding) without btoa or Buffer, so it runs anywhere. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function sextet(n: number, shift: number): string {
  return ALPHABET.charAt((n >> shift) & 63);
}

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let i = 0;
  for (; i + 2 < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out.push(sextet(n, 18) + sextet(n, 12) + sextet(n, 6) + sextet(n, 0));
  }
  const rest = bytes.length - i;
  if (rest === 1) {
    const n = (bytes[i] ?? 0) << 16;
    out.push(sextet(n, 18) + sextet(n, 12) + '==');
  } else if (rest === 2) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8);
    out.push(sextet(n, 18) + sextet(n, 12) + sextet(n, 6) + '=');
  }
  return out.join('');
}

/** A data: URL for the bytes. */
export function dataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${toBase64(bytes)}`;
}

/** The bytes of a base64 string (padding and line breaks allowed); throws on any other character. */
export function fromBase64(text: string): Uint8Array {
  const clean = text.replace(/[\r\n]/g, '').replace(/=+$/, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (const ch of clean) {
    const n = ALPHABET.indexOf(ch);
    if (n < 0) throw new Error('This is not base64.');
    value = (value << 6) | n;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 255;
    }
  }
  return out.subarray(0, at);
}

/** The bytes inside a base64 data: URL. */
export function bytesOfDataUrl(url: string): Uint8Array {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) throw new Error('This is not a base64 data: URL.');
  return fromBase64(url.slice(comma + 1));
}
