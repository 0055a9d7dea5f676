import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkedFields, checkNewPassphrase } from '../../../renderer/features/lock/passphrase-check';

describe('choosing a passphrase: the estimator', () => {
  it.each(['marble kettle orchard seven', 'lantern pebble harbour violin'])('accepts %s (used by the end-to-end tests)', async (passphrase) => {
    expect(await checkNewPassphrase(passphrase, passphrase)).toEqual({});
  });

  it('refuses a season and a year, in plain words, before the estimator is asked', async () => {
    expect(await checkNewPassphrase('Summer2024!!', 'Summer2024!!')).toEqual({
      passphrase: 'A season or a month with a year, such as Summer2024, is one of the first things anyone would try. Choose words that have nothing to do with dates.',
    });
  });

  it.each([
    ['liverpoolfc2005', ['Years and dates are easy to guess.', 'Part of it is a commonly used password.']],
    ['michaeljones1980', ['Years and dates are easy to guess.', 'Names are easy to guess.']],
    ['asdfgh123456', ['Part of it is a commonly used password.']],
  ])('refuses %s, saying why in plain words', async (passphrase, hints) => {
    const errors = await checkNewPassphrase(passphrase, passphrase);
    expect(errors.passphrase).toMatch(/^This passphrase would be too easy to guess\. .*Four or more ordinary words that have nothing to do with each other work well\.$/);
    for (const hint of hints) expect(errors.passphrase).toContain(hint);
    expect(errors.repeat).toBeUndefined();
  });

  it('still asks for the passphrase to be typed the same twice', async () => {
    expect(await checkNewPassphrase('marble kettle orchard seven', 'marble kettle orchard sevem')).toEqual({ repeat: 'The two passphrases are not the same. Type it again.' });
  });
});

describe('the estimator is loaded only where it is needed', () => {
  function files(dir: string): string[] {
    return readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
    });
  }
  const root = join(__dirname, '../../..');
  const sources = [...files(join(root, 'renderer')), ...files(join(root, 'shared'))];

  it('only one module imports zxcvbn, and only one other loads that module, with import()', () => {
    const importers = sources.filter((file) => /from '@zxcvbn-ts\//.test(readFileSync(file, 'utf8'))).map((file) => relative(root, file));
    expect(importers).toEqual(['renderer/features/lock/zxcvbn-estimator.ts']);
    const loaders = sources
      .filter((file) => /zxcvbn-estimator'/.test(readFileSync(file, 'utf8')))
      .map((file) => [relative(root, file), readFileSync(file, 'utf8')] as const);
    expect(loaders.map(([file]) => file)).toEqual(['renderer/features/lock/passphrase-estimate.ts']);
    const [, text] = loaders[0] ?? ['', ''];
    // Type-only imports vanish from the build; the code is fetched by import() alone.
    expect(text.match(/^import (?!type ).*zxcvbn-estimator'/m)).toBeNull();
    expect(text).toContain("import('./zxcvbn-estimator')");
  });
});

describe('a passphrase form\'s check', () => {
  it('gives what was typed when nothing is wrong', () => {
    expect(checkedFields({ passphrase: 'marble kettle orchard seven' }, {})).toEqual({ ok: true, value: { passphrase: 'marble kettle orchard seven' } });
  });

  it('puts the other fields\' messages first, then the new passphrase\'s at `passphrase` and `repeat`', () => {
    const checked = checkedFields('typed', { passphrase: 'Too short', repeat: 'Not the same' }, [{ path: 'current', message: 'Enter your current passphrase' }]);
    expect(checked).toEqual({
      ok: false,
      errors: [
        { path: 'current', message: 'Enter your current passphrase' },
        { path: 'passphrase', message: 'Too short' },
        { path: 'repeat', message: 'Not the same' },
      ],
    });
  });
});
