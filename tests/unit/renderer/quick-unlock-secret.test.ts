import { describe, expect, it } from 'vitest';
import { decodeQuickUnlockSecret, encodeQuickUnlockSecret } from '../../../renderer/data/lock/quick-unlock-secret';

const key = { id: '0123456789abcdef', bytes: Uint8Array.from({ length: 32 }, (_, i) => (i * 37) % 256) };

describe('quick unlock secret', () => {
  it('round-trips the data key and its id', () => {
    const decoded = decodeQuickUnlockSecret(encodeQuickUnlockSecret(key));
    expect(decoded?.id).toBe(key.id);
    expect([...(decoded?.bytes ?? [])]).toEqual([...key.bytes]);
  });

  it('is padded base64, as the contract requires', () => {
    expect(encodeQuickUnlockSecret(key)).toMatch(/^[A-Za-z0-9+/]+={0,2}$/);
  });

  it.each([
    ['not base64 at all', '%%%'],
    ['no key part', btoa('0123456789abcdef')],
    ['a short key', btoa(`0123456789abcdef:${btoa('short')}`)],
    ['a bad id', btoa(`XYZ:${btoa('x'.repeat(32))}`)],
  ])('refuses %s', (_what, secret) => {
    expect(decodeQuickUnlockSecret(secret)).toBeNull();
  });
});
