import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { UnsupportedValueError, decodeValue, decodeValueFromBytes, encodeValue, encodeValueToBytes } from '../../../shared/backup/value-codec';
import { base64ToBytes, bytesToBase64 } from '../../../shared/bytes';
import { storedValue } from './arbitraries';

describe('value codec', () => {
  it('round-trips stored values exactly (property)', () => {
    fc.assert(
      fc.property(storedValue, (value) => {
        const back = decodeValueFromBytes(encodeValueToBytes(value));
        expect(back).toStrictEqual(value);
        expect(encodeValue(back)).toBe(encodeValue(value));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the awkward cases: -0, NaN, undefined members, invalid dates, Map, Set, ArrayBuffer, __proto__ keys', () => {
    const value = {
      zero: -0,
      nan: NaN,
      inf: -Infinity,
      gone: undefined,
      when: new Date(NaN),
      map: new Map<unknown, unknown>([[1, 'a'], ['b', new Date(5)]]),
      set: new Set([1, 'x']),
      buffer: new Uint8Array([1, 2, 3]).buffer,
      list: [undefined, null],
      $t: 'looks like a tag',
      lone: '\uDC00',
    };
    const withProto = JSON.parse('{"__proto__": {"polluted": true}}') as object;
    const back = decodeValue(encodeValue({ ...value, nested: withProto })) as Record<string, unknown>;
    expect(back).toStrictEqual({ ...value, nested: withProto });
    expect(Object.is(back.zero, -0)).toBe(true);
    expect(Object.hasOwn(back, 'gone')).toBe(true);
    expect(Object.getPrototypeOf(back.nested)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses what it cannot store exactly, with a plain message', () => {
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    for (const bad of [() => 1, Symbol('s'), circular, /re/, new Uint16Array(2), new Error('x')]) {
      expect(() => encodeValue(bad)).toThrow(UnsupportedValueError);
    }
    expect(() => encodeValue(circular)).toThrow(/cannot be saved/);
  });

  it('base64 round-trips and refuses bad text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
      }),
    );
    expect(bytesToBase64(new TextEncoder().encode('Man'))).toBe('TWFu');
    expect(bytesToBase64(new TextEncoder().encode('Ma'))).toBe('TWE=');
    for (const bad of ['abc', 'ab!d', '=abc', 'a=bc']) expect(() => base64ToBytes(bad)).toThrow(/not valid base64/);
  });
});
