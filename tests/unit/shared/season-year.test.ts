import { describe, expect, it } from 'vitest';
import { checkPassphraseStrength, hasSeasonAndYear } from '../../../shared/rules/passphrase-strength';

describe('a season or a month with a year', () => {
  it.each(['Summer2024!!', 'summer 2024 summer 2024', 'Winter-23 is coming soon', '2025autumn leaves falling', 'December 2026 christmas time', 'my lovely spring 1999 holiday'])('refuses %s', (passphrase) => {
    expect(hasSeasonAndYear(passphrase)).toBe(true);
    expect(checkPassphraseStrength(passphrase)).toMatchObject({ ok: false, problem: 'too-common', message: expect.stringContaining('season or a month with a year') });
  });

  it.each(['marble kettle orchard seven', 'lantern pebble harbour violin', 'marmalade otter lighthouse 1987', 'correct horse battery staple orchard', 'summer meadow violin teapot', 'grammar 12 pebbles and kites', '2024 decorations in the hall'])('accepts %s', (passphrase) => {
    expect(hasSeasonAndYear(passphrase)).toBe(false);
    expect(checkPassphraseStrength(passphrase).ok).toBe(true);
  });
});
