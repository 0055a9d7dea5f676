/** Standard base64 (RFC 4648, with padding), pure so that shared/ needs neither DOM nor Node. */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const LOOKUP = new Map(Array.from(ALPHABET, (c, i) => [c, i] as const));

export function bytesToBase64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    out += ALPHABET[(n >> 18) & 63];
    out += ALPHABET[(n >> 12) & 63];
    out += i + 1 < bytes.length ? ALPHABET[(n >> 6) & 63] : '=';
    out += i + 2 < bytes.length ? ALPHABET[n & 63] : '=';
  }
  return out;
}

/** Strict: throws on any character outside the alphabet or on bad padding. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  if (text.length % 4 !== 0) throw new Error('This is not valid base64 text.');
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const out = new Uint8Array((text.length / 4) * 3 - padding);
  let o = 0;
  for (let i = 0; i < text.length; i += 4) {
    let n = 0;
    for (let j = 0; j < 4; j++) {
      const ch = text[i + j] ?? '';
      const isPad = ch === '=' && i + 4 === text.length && j >= 4 - padding;
      const v = isPad ? 0 : LOOKUP.get(ch);
      if (v === undefined) throw new Error('This is not valid base64 text.');
      n = (n << 6) | v;
    }
    for (const shift of [16, 8, 0]) {
      if (o < out.length) out[o++] = (n >> shift) & 255;
    }
  }
  return out;
}
