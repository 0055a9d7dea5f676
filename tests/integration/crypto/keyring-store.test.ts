import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, expect, it } from 'vitest';
import { KeyringError } from '../../../renderer/data/crypto/errors';
import { KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import type { KeyEnvelope } from '../../../renderer/data/crypto/keys';

/** Only the shape matters here; envelopes made by createKeyring are tested in tests/unit/crypto/keys.test.ts. */
function envelope(keyId: string, salt = 'AAAAAAAAAAAAAAAAAAAAAA=='): KeyEnvelope {
  const wrapped = { algorithm: 'AES-256-GCM' as const, iv: 'AAAAAAAAAAAAAAAA', ciphertext: 'AAAA' };
  return {
    format: 'team-around-key-envelope',
    version: 1,
    keyId,
    createdAt: '2026-11-01T10:00:00.000Z',
    passphrase: { kdf: { name: 'PBKDF2-HMAC-SHA256', iterations: 600_000, salt }, wrapped },
    recovery: { kdf: { name: 'HKDF-SHA256', salt }, wrapped },
  };
}

let n = 0;
const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

it('keeps the envelope and a count that only goes up, per key', async () => {
  const name = `keyring-${++n}`;
  names.push(name);
  const store = new KeyringStore(name);
  expect(await store.load()).toBeUndefined();
  await store.saveEnvelope(envelope('00112233445566aa'));
  await store.saveEncryptions('00112233445566aa', 40);
  await store.saveEncryptions('00112233445566aa', 30);
  await store.saveEncryptions('ffffffffffffffff', 99);
  expect(await store.load()).toEqual({ envelope: envelope('00112233445566aa'), encryptions: 40 });
  // A changed passphrase keeps the count; a new key starts again.
  await store.saveEnvelope(envelope('00112233445566aa', 'BBBBBBBBBBBBBBBBBBBBBB=='));
  expect((await store.load())?.encryptions).toBe(40);
  await store.saveEnvelope(envelope('99112233445566aa'));
  expect((await store.load())?.encryptions).toBe(0);
  store.close();
});

it('refuses a damaged envelope rather than trying it', async () => {
  const name = `keyring-${++n}`;
  names.push(name);
  const store = new KeyringStore(name);
  await store.saveEnvelope({ ...envelope('00112233445566aa'), keyId: 'not hex' });
  await expect(store.load()).rejects.toThrow(KeyringError);
  store.close();
});
