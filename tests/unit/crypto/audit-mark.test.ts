import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAuditMark, sealAuditMark, storedMarkSeq } from '../../../renderer/data/crypto/audit-mark';
import type { DataKey } from '../../../renderer/data/crypto/data-key';

const KEY: DataKey = { id: '0123456789abcdef', bytes: Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1) };
const OTHER: DataKey = { id: 'fedcba9876543210', bytes: Uint8Array.from({ length: 32 }, (_, i) => 255 - i) };
const keys = (...held: DataKey[]) => (id: string) => held.find((k) => k.id === id);

describe('the audit count kept beside the key envelope', () => {
  it('reads back the number it was sealed with, under the key it names', () => {
    fc.assert(
      fc.property(fc.nat({ max: 2 ** 40 }), (seq) => {
        const mark = sealAuditMark(seq, KEY);
        expect(mark).toMatchObject({ seq, keyId: KEY.id });
        expect(storedMarkSeq(mark)).toBe(seq);
        expect(readAuditMark(mark, keys(KEY, OTHER))).toEqual({ kind: 'counted', seq });
      }),
    );
  });

  it('says none is kept only when nothing is stored', () => {
    expect(readAuditMark(undefined, keys(KEY))).toEqual({ kind: 'none' });
    expect(readAuditMark(null, keys(KEY))).toEqual({ kind: 'none' });
  });

  it('reads any other number written without the key as altered', () => {
    fc.assert(
      fc.property(fc.nat({ max: 10_000 }), fc.nat({ max: 10_000 }), (seq, other) => {
        fc.pre(seq !== other);
        const mark = sealAuditMark(seq, KEY);
        expect(readAuditMark({ ...mark, seq: other }, keys(KEY))).toEqual({ kind: 'altered' });
      }),
    );
  });

  it('reads a mark sealed with another key, naming a key not held, or malformed as altered', () => {
    const mark = sealAuditMark(12, KEY);
    expect(readAuditMark({ ...mark, keyId: OTHER.id }, keys(KEY, OTHER))).toEqual({ kind: 'altered' });
    expect(readAuditMark(mark, keys(OTHER))).toEqual({ kind: 'altered' });
    expect(readAuditMark({ ...mark, mac: mark.mac.replace(/^./, (c) => (c === '0' ? '1' : '0')) }, keys(KEY))).toEqual({ kind: 'altered' });
    for (const bad of [{}, { seq: 12 }, { ...mark, seq: -1 }, { ...mark, seq: 1.5 }, { ...mark, mac: 'zz' }, { ...mark, keyId: 'not-a-key' }, 'twelve', 12]) {
      expect(readAuditMark(bad, keys(KEY))).toEqual({ kind: 'altered' });
    }
  });

  it('refuses to seal a number that is not a count', () => {
    for (const seq of [-1, 0.5, Number.NaN, Number.MAX_SAFE_INTEGER + 2]) expect(() => sealAuditMark(seq, KEY)).toThrow(RangeError);
  });
});
