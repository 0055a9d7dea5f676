/**
 * Bytes as text: base64 (RFC 4648, with padding), base64url and hex, through @scure/base (from
 * the same audited family as the @noble ciphers and hashes). Pure, so shared/ needs neither DOM nor
 * Node. Every stored format (backups, key envelopes, form files, pictures) is written and read here.
 */
import { base64, base64nopad, base64urlnopad, hex } from '@scure/base';

/** A copy the Web Crypto API accepts as a BufferSource (a plain ArrayBuffer behind it). */
const owned = (bytes: Uint8Array): Uint8Array<ArrayBuffer> => new Uint8Array(bytes);

export function bytesToBase64(bytes: Uint8Array): string {
  return base64.encode(bytes);
}

/** Strict: throws on any character outside the alphabet, on bad padding or a bad length. */
export function base64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  try {
    return owned(base64.decode(text));
  } catch {
    throw new Error('This is not valid base64 text.');
  }
}

/** Strict base64 to bytes; `null` when the text is not base64. */
export function base64ToBytesOrNull(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return base64ToBytes(text);
  } catch {
    return null;
  }
}

/** For text from outside the app (fonts, data: URLs): line breaks and missing padding allowed. */
export function looseBase64ToBytes(text: string): Uint8Array<ArrayBuffer> {
  try {
    return owned(base64nopad.decode(text.replace(/[\r\n]/g, '').replace(/=+$/, '')));
  } catch {
    throw new Error('This is not base64.');
  }
}

/** How many bytes padded base64 text stands for, without decoding it. */
export function base64ByteLength(text: string): number {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  return (text.length / 4) * 3 - padding;
}

/** base64url without padding, for links. */
export function bytesToBase64Url(bytes: Uint8Array): string {
  return base64urlnopad.encode(bytes);
}

/** `null` when the text is not unpadded base64url. */
export function base64UrlToBytes(text: string): Uint8Array<ArrayBuffer> | null {
  try {
    return owned(base64urlnopad.decode(text));
  } catch {
    return null;
  }
}

/** Lowercase hex. */
export function bytesToHex(bytes: Uint8Array): string {
  return hex.encode(bytes);
}

export function hexToBytes(text: string): Uint8Array<ArrayBuffer> {
  return owned(hex.decode(text));
}

/** A data: URL for the bytes. */
export function dataUrl(mime: string, bytes: Uint8Array): string {
  return `data:${mime};base64,${bytesToBase64(bytes)}`;
}

/** The bytes inside a base64 data: URL. */
export function bytesOfDataUrl(url: string): Uint8Array<ArrayBuffer> {
  const comma = url.indexOf(',');
  if (!url.startsWith('data:') || comma < 0 || !url.slice(0, comma).endsWith(';base64')) throw new Error('This is not a base64 data: URL.');
  return looseBase64ToBytes(url.slice(comma + 1));
}

/** The parts one after another, in one new array. */
export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
