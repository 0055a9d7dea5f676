import { useEffect, useState } from 'react';
import type { FieldError, Validated } from '../../../shared/domain/family';
import { checkPassphraseStrength } from '../../../shared/rules/passphrase-strength';
import { estimatePassphrase } from './passphrase-estimate';

export interface PassphraseErrors {
  passphrase?: string;
  repeat?: string;
}

/**
 * The messages for a new passphrase typed twice; empty when it can be used. `estimated` is the
 * estimator's message for this passphrase when it found it too easy to guess.
 */
export function newPassphraseErrors(passphrase: string, repeat: string, estimated?: string): PassphraseErrors {
  const strength = checkPassphraseStrength(passphrase);
  if (!strength.ok) return { passphrase: strength.message };
  if (estimated) return { passphrase: estimated };
  if (repeat !== passphrase) return { repeat: 'The two passphrases are not the same. Type it again.' };
  return {};
}

/** The same, with the estimator's verdict awaited: what a submit must check. */
export async function checkNewPassphrase(passphrase: string, repeat: string): Promise<PassphraseErrors> {
  const floor = newPassphraseErrors(passphrase, repeat);
  if (floor.passphrase) return floor;
  const estimate = await estimatePassphrase(passphrase);
  return newPassphraseErrors(passphrase, repeat, estimate.ok ? undefined : estimate.message);
}

/** The estimator's message for the passphrase as typed, once checked (the estimator loads once a passphrase passes the basic checks). */
export function useEstimatedProblem(passphrase: string): string | undefined {
  const [result, setResult] = useState<{ for: string; message?: string } | null>(null);
  useEffect(() => {
    if (!checkPassphraseStrength(passphrase).ok) return;
    let live = true;
    void estimatePassphrase(passphrase).then((estimate) => {
      if (live) setResult({ for: passphrase, ...(estimate.ok ? {} : { message: estimate.message }) });
    });
    return () => {
      live = false;
    };
  }, [passphrase]);
  return result?.for === passphrase ? result.message : undefined;
}

/**
 * A form's check from the messages about its fields: what is typed, or what is wrong at each field.
 * The new passphrase's messages are at `passphrase` and `repeat`.
 */
export function checkedFields<V>(value: V, passphraseErrors: PassphraseErrors, others: readonly FieldError[] = []): Validated<V> {
  const errors = [
    ...others,
    ...(passphraseErrors.passphrase ? [{ path: 'passphrase', message: passphraseErrors.passphrase }] : []),
    ...(passphraseErrors.repeat ? [{ path: 'repeat', message: passphraseErrors.repeat }] : []),
  ];
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value };
}
