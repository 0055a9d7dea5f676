/**
 * UTF-8 both ways. TextEncoder and TextDecoder exist in Chromium, Electron and Node alike; shared/
 * is compiled without DOM or Node types, so the decoder is reached through a narrow structural
 * type (as shared/domain/ids.ts reaches Web Crypto).
 */
import { utf8ToBytes } from '@noble/hashes/utils.js';

interface Utf8Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderConstructor = new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => Utf8Decoder;

const Decoder = (globalThis as unknown as { TextDecoder: DecoderConstructor }).TextDecoder;

export function encodeUtf8(text: string): Uint8Array {
  return utf8ToBytes(text);
}

/** Strict: null when the bytes are not well-formed UTF-8. A leading byte-order mark is dropped. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    const text = new Decoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return text;
  } catch {
    return null;
  }
}
