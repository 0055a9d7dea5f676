import { describe, expect, it } from 'vitest';
import { checkPassphraseStrength } from '../../../shared/rules/passphrase-strength';
import { MAX_DELAY_MS, nextUnlockAllowedAt, unlockDelayMs, unlockWaitMessage } from '../../../renderer/data/crypto/unlock-backoff';

describe('passphrase strength', () => {
  it.each([
    ['', 'empty', /Enter a passphrase/],
    ['   ', 'empty', /Enter a passphrase/],
    ['Tr0ub4dor&3', 'too-short', /at least 12 characters, or 4 or more words/],
    ['password1234', 'too-common', /too common/],
    ['Password 2024!', 'too-common', /too common/],
    ['correct horse battery staple', 'too-common', /too common/],
    ['Team Around 123', 'too-common', /too common/],
    ['qwertyuiopasdf', 'too-simple', /simple pattern/],
    ['aaaaaaaaaaaaaaaa', 'too-simple', /simple pattern/],
    ['abcabcabcabc', 'too-simple', /simple pattern/],
    ['123456789012', 'too-simple', /simple pattern/],
    ['abababababab', 'too-simple', /simple pattern/],
  ])('refuses %j (%s)', (passphrase, problem, message) => {
    const verdict = checkPassphraseStrength(passphrase);
    expect(verdict).toEqual({ ok: false, problem, message: expect.stringMatching(message) });
  });

  it.each(['marmalade otter lighthouse', 'cat dog sun pen', 'Ŵyn a’r môr glas', 'vR7#qLm2!xPz', 'correct horse battery staple purple'])('accepts %j', (passphrase) => {
    expect(checkPassphraseStrength(passphrase)).toEqual({ ok: true, message: 'This passphrase is strong enough.' });
  });
});

describe('unlock backoff', () => {
  it('lets the first tries through, then doubles the wait up to 30 seconds, never for ever', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 100, 1e9].map(unlockDelayMs)).toEqual([0, 0, 0, 1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000, 30000]);
    for (let failures = 0; failures < 200; failures++) {
      expect(unlockDelayMs(failures + 1)).toBeGreaterThanOrEqual(unlockDelayMs(failures));
      expect(unlockDelayMs(failures)).toBeLessThanOrEqual(MAX_DELAY_MS);
    }
    expect(unlockDelayMs(-1)).toBe(0);
    expect(unlockDelayMs(NaN)).toBe(0);
  });

  it('says how long to wait', () => {
    expect(nextUnlockAllowedAt(10_000, 4)).toBe(12_000);
    expect(unlockWaitMessage(10_500, 10_000, 4)).toBe('That passphrase was not right several times. You can try again in 2 seconds.');
    expect(unlockWaitMessage(11_500, 10_000, 4)).toMatch(/in 1 second\.$/);
    expect(unlockWaitMessage(12_000, 10_000, 4)).toBeUndefined();
  });
});
