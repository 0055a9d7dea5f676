import { checkPassphraseStrength } from '../../../shared/rules/passphrase-strength';

export interface PassphraseErrors {
  passphrase?: string;
  repeat?: string;
}

/** The messages for a new passphrase typed twice; empty when it can be used. */
export function newPassphraseErrors(passphrase: string, repeat: string): PassphraseErrors {
  const strength = checkPassphraseStrength(passphrase);
  if (!strength.ok) return { passphrase: strength.message };
  if (repeat !== passphrase) return { repeat: 'The two passphrases are not the same. Type it again.' };
  return {};
}
