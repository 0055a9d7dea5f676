import { beforeAll, describe, expect, it } from 'vitest';
import { bytesToBase64 } from '../../../shared/bytes';
import { KeyringError } from '../../../renderer/data/crypto/errors';
import { MIN_PBKDF2_ITERATIONS } from '../../../renderer/data/crypto/key-wrapping';
import { generateRecoveryKey } from '../../../renderer/data/crypto/recovery-key';
import { changePassphrase, createKeyring, unlockWithPassphrase, unlockWithRecoveryKey, type KeyEnvelope, type NewKeyring } from '../../../renderer/data/crypto/keys';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const NEW_PASSPHRASE = 'quiet heron under the viaduct';

async function refusal(promise: Promise<unknown>): Promise<KeyringError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(KeyringError);
  return error as KeyringError;
}

/** PBKDF2 at 600,000 iterations takes a noticeable fraction of a second: this file derives six keys in all. */
let keyring: NewKeyring;
let stored: unknown;

beforeAll(async () => {
  keyring = await createKeyring(PASSPHRASE, { now: new Date('2026-11-01T10:00:00Z') });
  stored = JSON.parse(JSON.stringify(keyring.envelope));
});

describe('keyring', () => {
  it('stores a JSON-safe envelope recording the KDF and its parameters, and no secret', () => {
    const e = keyring.envelope;
    expect(stored).toEqual(e);
    expect(e.keyId).toBe(keyring.dataKey.id);
    expect(e.passphrase.kdf).toEqual({ name: 'PBKDF2-HMAC-SHA256', iterations: MIN_PBKDF2_ITERATIONS, salt: expect.any(String) });
    expect(e.recovery.kdf).toEqual({ name: 'HKDF-SHA256', salt: expect.any(String) });
    expect(atob(e.passphrase.kdf.salt)).toHaveLength(16);
    expect(keyring.dataKey.bytes).toHaveLength(32);
    const json = JSON.stringify(e);
    expect(json).not.toContain(bytesToBase64(keyring.dataKey.bytes));
    expect(json).not.toContain(PASSPHRASE);
    expect(json).not.toContain(keyring.recoveryKey);
    expect(json).not.toContain(keyring.recoveryKey.replaceAll('-', ''));
  });

  it('unlocks with the passphrase', async () => {
    expect(await unlockWithPassphrase(stored, PASSPHRASE)).toEqual(keyring.dataKey);
  });

  it('refuses a wrong passphrase with a plain message', async () => {
    const error = await refusal(unlockWithPassphrase(stored, 'marmalade otter lighthouse 1988'));
    expect(error.problem).toBe('wrong-passphrase');
    expect(error.message).toMatch(/passphrase is not right/);
  });

  it('unlocks with the recovery key, typed carelessly', async () => {
    const careless = keyring.recoveryKey.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o');
    expect(await unlockWithRecoveryKey(stored, careless)).toEqual(keyring.dataKey);
  });

  it('refuses a mistyped or a different recovery key', async () => {
    const chars = [...keyring.recoveryKey.replaceAll('-', '')];
    const typo = chars.with(5, chars[5] === 'A' ? 'B' : 'A').join('');
    expect((await refusal(unlockWithRecoveryKey(stored, typo))).message).toMatch(/mistake in it/);
    const other = generateRecoveryKey().text;
    const error = await refusal(unlockWithRecoveryKey(stored, other));
    expect(error.problem).toBe('wrong-recovery-key');
    expect(error.message).toMatch(/does not open this Team Around database/);
  });

  it('refuses weak KDF parameters before deriving anything', async () => {
    const weak: KeyEnvelope[] = [
      { ...keyring.envelope, passphrase: { ...keyring.envelope.passphrase, kdf: { ...keyring.envelope.passphrase.kdf, iterations: MIN_PBKDF2_ITERATIONS - 1 } } },
      { ...keyring.envelope, passphrase: { ...keyring.envelope.passphrase, kdf: { ...keyring.envelope.passphrase.kdf, iterations: 1000 } } },
      { ...keyring.envelope, passphrase: { ...keyring.envelope.passphrase, kdf: { ...keyring.envelope.passphrase.kdf, salt: bytesToBase64(new Uint8Array(15)) } } },
    ];
    for (const envelope of weak) {
      const started = performance.now();
      const error = await refusal(unlockWithPassphrase(envelope, PASSPHRASE));
      expect(error.problem).toBe('weak-parameters');
      expect(error.message).toMatch(/fewer than/);
      expect(performance.now() - started).toBeLessThan(100);
    }
    const weakRecovery = { ...keyring.envelope, recovery: { ...keyring.envelope.recovery, kdf: { ...keyring.envelope.recovery.kdf, salt: bytesToBase64(new Uint8Array(8)) } } };
    expect((await refusal(unlockWithRecoveryKey(weakRecovery, keyring.recoveryKey))).problem).toBe('weak-parameters');
    const absurd = { ...keyring.envelope, passphrase: { ...keyring.envelope.passphrase, kdf: { ...keyring.envelope.passphrase.kdf, iterations: 1e12 } } };
    expect((await refusal(unlockWithPassphrase(absurd, PASSPHRASE))).problem).toBe('weak-parameters');
  });

  it('refuses a damaged envelope and a weak new passphrase', async () => {
    for (const damaged of [null, {}, { ...keyring.envelope, keyId: 'nope' }, { ...keyring.envelope, passphrase: { kdf: { name: 'MD5' } } }]) {
      expect((await refusal(unlockWithPassphrase(damaged, PASSPHRASE))).problem).toBe('damaged');
    }
    const weak = await refusal(createKeyring('Password12345!'));
    expect(weak.problem).toBe('weak-passphrase');
    expect(weak.message).toMatch(/too common/);
    expect((await refusal(changePassphrase(stored, keyring.dataKey, 'short'))).problem).toBe('weak-passphrase');
  });

  it('changes the passphrase: the new one unlocks, the old one does not, the recovery key still does', async () => {
    const changed = await changePassphrase(stored, keyring.dataKey, NEW_PASSPHRASE);
    expect(changed.keyId).toBe(keyring.envelope.keyId);
    expect(changed.passphrase.kdf.salt).not.toBe(keyring.envelope.passphrase.kdf.salt);
    expect(changed.recovery).toEqual(keyring.envelope.recovery);
    expect(await unlockWithPassphrase(changed, NEW_PASSPHRASE)).toEqual(keyring.dataKey);
    expect((await refusal(unlockWithPassphrase(changed, PASSPHRASE))).problem).toBe('wrong-passphrase');
    expect(await unlockWithRecoveryKey(changed, keyring.recoveryKey)).toEqual(keyring.dataKey);
    const stranger = { id: keyring.dataKey.id.replace(/./, (c) => (c === 'a' ? 'b' : 'a')), bytes: keyring.dataKey.bytes };
    expect((await refusal(changePassphrase(stored, stranger, NEW_PASSPHRASE))).problem).toBe('wrong-key');
  });

  it('wrapped keys cannot be moved between slots', async () => {
    const moved = { ...keyring.envelope, recovery: { ...keyring.envelope.recovery, wrapped: keyring.envelope.passphrase.wrapped } };
    expect((await refusal(unlockWithRecoveryKey(moved, keyring.recoveryKey))).problem).toBe('wrong-recovery-key');
  });
});
