import { describe, expect, it } from 'vitest';
import { RECOVERY_KEY_BYTES, formatRecoveryKey, generateRecoveryKey, parseRecoveryKey } from '../../../renderer/data/crypto/recovery-key';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

function bytesOf(text: string): Uint8Array | undefined {
  const parsed = parseRecoveryKey(text);
  return parsed.ok ? parsed.bytes : undefined;
}

describe('recovery key', () => {
  it('is 160 random bits printed as nine groups of four', () => {
    const { bytes, text } = generateRecoveryKey();
    expect(bytes).toHaveLength(RECOVERY_KEY_BYTES);
    expect(text).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(bytesOf(text)).toEqual(bytes);
    expect(generateRecoveryKey().text).not.toBe(text);
  });

  it('round-trips the extremes', () => {
    for (const fill of [0, 255]) {
      const bytes = new Uint8Array(RECOVERY_KEY_BYTES).fill(fill);
      expect(bytesOf(formatRecoveryKey(bytes))).toEqual(bytes);
    }
  });

  it('tolerates lower case, spaces, missing or extra dashes and O/0, I/L/1 confusion', () => {
    const bytes = new Uint8Array(RECOVERY_KEY_BYTES).map((_, i) => i * 13 + 7);
    const text = formatRecoveryKey(bytes);
    const variants = [
      text.toLowerCase(),
      text.replaceAll('-', ' '),
      text.replaceAll('-', ''),
      ` ${text.replaceAll('-', ' - ')}\n`,
      text.replaceAll('-', '–'),
      text.replaceAll('0', 'O').replaceAll('1', 'I'),
      text.replaceAll('1', 'l').toLowerCase(),
    ];
    for (const variant of variants) expect(bytesOf(variant), variant).toEqual(bytes);
  });

  it('detects every single wrong character and every swap of neighbours', () => {
    const { text } = generateRecoveryKey();
    const chars = [...text.replaceAll('-', '')];
    for (let i = 0; i < chars.length; i++) {
      for (const c of ALPHABET) {
        if (c === chars[i]) continue;
        const typo = chars.with(i, c).join('');
        const parsed = parseRecoveryKey(typo);
        expect(parsed.ok, typo).toBe(false);
        if (!parsed.ok) expect(parsed.message).toMatch(/mistake in it/);
      }
      if (i + 1 < chars.length && chars[i] !== chars[i + 1]) {
        const swapped = chars.with(i, chars[i + 1]!).with(i + 1, chars[i]!).join('');
        expect(parseRecoveryKey(swapped).ok, swapped).toBe(false);
      }
    }
  });

  it('says plainly what is wrong with the wrong length or a stray character', () => {
    const { text } = generateRecoveryKey();
    const short = parseRecoveryKey(text.slice(0, -5));
    expect(short).toEqual({ ok: false, message: expect.stringMatching(/has 36 characters, in nine groups of four. This one has 32/) });
    const stray = parseRecoveryKey(`U${text.slice(1)}`);
    expect(stray).toEqual({ ok: false, message: expect.stringMatching(/except U. Check character 1\./) });
  });
});
