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
