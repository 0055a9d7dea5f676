import { describe, expect, it } from 'vitest';
import {
  base64ByteLength,
  base64ToBytes,
  base64ToBytesOrNull,
  base64UrlToBytes,
  bytesOfDataUrl,
  bytesToBase64,
  bytesToBase64Url,
  bytesToHex,
  dataUrl,
  hexToBytes,
  looseBase64ToBytes,
} from '../../../shared/bytes';

const sample = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 37 + 11) % 256);

describe('bytes as text', () => {
  it('writes base64, base64url and hex exactly as Node does, for every length of tail', () => {
    for (const length of [0, 1, 2, 3, 4, 5, 31, 32, 33, 1000]) {
      const bytes = sample(length);
      const b64 = Buffer.from(bytes).toString('base64');
      expect(bytesToBase64(bytes)).toBe(b64);
      expect(base64ToBytes(b64)).toEqual(bytes);
      expect(base64ByteLength(b64)).toBe(length);
      expect(bytesToBase64Url(bytes)).toBe(Buffer.from(bytes).toString('base64url'));
      expect(base64UrlToBytes(bytesToBase64Url(bytes))).toEqual(bytes);
      expect(bytesToHex(bytes)).toBe(Buffer.from(bytes).toString('hex'));
      expect(hexToBytes(bytesToHex(bytes))).toEqual(bytes);
    }
  });

  it('is strict about stored base64', () => {
    for (const bad of ['abc', 'ab=c', 'QQ', 'QQ=', 'Q===', 'QR==', 'ab!d', 'QUJD\n']) {
      expect(() => base64ToBytes(bad)).toThrow('This is not valid base64 text.');
      expect(base64ToBytesOrNull(bad)).toBeNull();
    }
    expect(base64UrlToBytes('a+b/')).toBeNull();
  });

  it('gives bytes the Web Crypto API takes (a plain ArrayBuffer behind them)', () => {
    expect(base64ToBytes('QUJD').buffer).toBeInstanceOf(ArrayBuffer);
    expect(base64ToBytes('QUJD').byteOffset).toBe(0);
  });

  it('reads data: URLs with line breaks and without padding', () => {
    const bytes = sample(40);
    expect(bytesOfDataUrl(dataUrl('font/woff2', bytes))).toEqual(bytes);
    const wrapped = `data:font/woff2;base64,${bytesToBase64(bytes).replace(/=+$/, '').replace(/(.{16})/g, '$1\r\n')}`;
    expect(bytesOfDataUrl(wrapped)).toEqual(bytes);
    expect(looseBase64ToBytes('QUJD')).toEqual(new TextEncoder().encode('ABC'));
    expect(() => bytesOfDataUrl('data:font/woff2,QUJD')).toThrow('not a base64 data: URL');
  });
});
