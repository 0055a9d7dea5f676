/**
 * Rotating the data key, as far as the key envelope goes (docs/decisions/0044). Beginning writes a
 * journal into the envelope: a new random key wrapped by the passphrase and by a recovery key (the
 * same one when it was typed, else a new one shown to the user), and the two keys wrapped with each
 * other, so any way in yields both until the records are re-encrypted. Finishing makes the journal's
 * slots the envelope's own: the old key is then wrapped nowhere.
 */
import { utf8ToBytes } from '@noble/ciphers/utils.js';
import { base64ToBytes, bytesToBase64 } from '../../../shared/bytes';
import { DATA_KEY_BYTES, generateDataKey, randomBytes, type DataKey } from './data-key';
import { KeyringError } from './errors';
import { newHkdfParams, recoveryKek, wrapDataKey, type WrappedKey } from './key-wrapping';
import { parseKeyEnvelope, passphraseSlot, type KeyEnvelope, type KeyringOptions, type RotationJournal } from './keys';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

const LINK_IV_BYTES = 12;

function linkContext(wrappingId: string, wrappedId: string): Uint8Array<ArrayBuffer> {
  return new Uint8Array(utf8ToBytes(JSON.stringify(['team-around/rotation-link/v1', wrappingId, wrappedId])));
}

async function aesKey(key: DataKey, usage: 'encrypt' | 'decrypt'): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new Uint8Array(key.bytes), 'AES-GCM', false, [usage]);
}

async function link(wrapping: DataKey, wrapped: DataKey): Promise<WrappedKey> {
  const iv = randomBytes(LINK_IV_BYTES);
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: linkContext(wrapping.id, wrapped.id) }, await aesKey(wrapping, 'encrypt'), new Uint8Array(wrapped.bytes));
  return { algorithm: 'AES-256-GCM', iv: bytesToBase64(iv), ciphertext: bytesToBase64(new Uint8Array(sealed)) };
}

async function unlink(wrapping: DataKey, wrapped: WrappedKey, wrappedId: string): Promise<DataKey> {
  try {
    const plain = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(wrapped.iv), additionalData: linkContext(wrapping.id, wrappedId) },
      await aesKey(wrapping, 'decrypt'),
      base64ToBytes(wrapped.ciphertext),
    );
    const bytes = new Uint8Array(plain);
    if (bytes.length === DATA_KEY_BYTES) return { id: wrappedId, bytes };
  } catch {
    // Falls through to the refusal below.
  }
  throw new KeyringError('damaged', 'The saved information about the change of key is damaged, so Team Around cannot be unlocked with it.');
}

export interface BegunRotation {
  envelope: KeyEnvelope;
  newKey: DataKey;
  /** Shown once when a new recovery key was made; undefined when the one typed was kept. */
  recoveryKey?: string;
}

/**
 * The envelope with a rotation journal, for a new key. `current` is the unlocked key and `passphrase`
 * the passphrase in use (checked by the caller). Pass `recoveryKey` to keep it; otherwise a new one is made.
 */
export async function beginRotation(stored: unknown, current: DataKey, passphrase: string, options: KeyringOptions & { recoveryKey?: string } = {}): Promise<BegunRotation> {
  const envelope = parseKeyEnvelope(stored);
  if (current.id !== envelope.keyId) throw new KeyringError('wrong-key', 'This key does not belong to the saved key information, so the key was not changed.');
  if (envelope.rotation) throw new KeyringError('wrong-key', 'The key is already being changed.');
  const newKey = generateDataKey();
  let recovery: { bytes: Uint8Array; text?: string };
  if (options.recoveryKey === undefined) {
    recovery = generateRecoveryKey();
  } else {
    const parsed = parseRecoveryKey(options.recoveryKey);
    if (!parsed.ok) throw new KeyringError('wrong-recovery-key', parsed.message);
    recovery = { bytes: parsed.bytes };
  }
  const recoveryKdf = newHkdfParams();
  const journal: RotationJournal = {
    keyId: newKey.id,
    startedAt: (options.now ?? new Date()).toISOString(),
    passphrase: await passphraseSlot(newKey, passphrase, options),
    recovery: { kdf: recoveryKdf, wrapped: await wrapDataKey(await recoveryKek(recovery.bytes, recoveryKdf), newKey.bytes, newKey.id, 'recovery', recoveryKdf) },
    newUnderOld: await link(current, newKey),
    oldUnderNew: await link(newKey, current),
  };
  recovery.bytes.fill(0);
  return { envelope: { ...envelope, rotation: journal }, newKey, ...(recovery.text === undefined ? {} : { recoveryKey: recovery.text }) };
}

/** Every key an unlock needs: during a rotation the new key is current and the old one still reads. */
export interface SessionKeys {
  current: DataKey;
  retired: DataKey[];
}

/** From the one key an unlock yielded (old or new), both keys of a rotation in progress; else just that key. */
export async function sessionKeys(stored: unknown, unlocked: DataKey): Promise<SessionKeys> {
  const envelope = parseKeyEnvelope(stored);
  const rotation = envelope.rotation;
  if (!rotation) {
    if (unlocked.id !== envelope.keyId) throw new KeyringError('wrong-key', 'This key does not belong to the saved key information.');
    return { current: unlocked, retired: [] };
  }
  if (unlocked.id === rotation.keyId) return { current: unlocked, retired: [await unlink(unlocked, rotation.oldUnderNew, envelope.keyId)] };
  if (unlocked.id === envelope.keyId) return { current: await unlink(unlocked, rotation.newUnderOld, rotation.keyId), retired: [unlocked] };
  throw new KeyringError('wrong-key', 'This key does not belong to the saved key information.');
}

/** The envelope once every record is sealed with the new key: the journal's slots replace the old ones. */
export function finishedEnvelope(stored: unknown): KeyEnvelope {
  const envelope = parseKeyEnvelope(stored);
  const rotation = envelope.rotation;
  if (!rotation) return envelope;
  const { rotation: _journal, ...rest } = envelope;
  return { ...rest, keyId: rotation.keyId, passphrase: rotation.passphrase, recovery: rotation.recovery };
}
