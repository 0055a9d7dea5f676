/**
 * The keyring: one random data key, stored only wrapped, once under the user's passphrase
 * (PBKDF2-HMAC-SHA256, at least 600,000 iterations) and once under the recovery key. The envelope
 * is plain JSON and holds nothing secret; unlocking refuses parameters weaker than the minimum.
 * Argon2id is not used because the page's CSP forbids WebAssembly (see docs/decisions/0007).
 */
import { z } from 'zod';
import { checkPassphraseStrength } from '../../../shared/rules/passphrase-strength';
import { DATA_KEY_BYTES, generateDataKey, isKeyId, type DataKey } from './data-key';
import { KeyringError } from './errors';
import {
  HKDF_NAME,
  PBKDF2_NAME,
  kdfProblem,
  newHkdfParams,
  newPbkdf2Params,
  passphraseKek,
  recoveryKek,
  unwrapDataKey,
  wrapDataKey,
  type HkdfParams,
  type Pbkdf2Params,
  type Slot,
  type WrappedKey,
} from './key-wrapping';
import { generateRecoveryKey, parseRecoveryKey } from './recovery-key';

export const KEY_ENVELOPE_FORMAT = 'team-around-key-envelope';

const wrappedSchema = z.object({ algorithm: z.literal('AES-256-GCM'), iv: z.string(), ciphertext: z.string() });

const slotsSchema = {
  passphrase: z.object({
    kdf: z.object({ name: z.literal(PBKDF2_NAME), iterations: z.number(), salt: z.string() }),
    wrapped: wrappedSchema,
  }),
  recovery: z.object({
    kdf: z.object({ name: z.literal(HKDF_NAME), salt: z.string() }),
    wrapped: wrappedSchema,
  }),
};

const rotationSchema = z.object({
  keyId: z.string().refine(isKeyId),
  startedAt: z.string(),
  ...slotsSchema,
  newUnderOld: wrappedSchema,
  oldUnderNew: wrappedSchema,
});

const envelopeSchema = z.object({
  format: z.literal(KEY_ENVELOPE_FORMAT),
  version: z.literal(1),
  keyId: z.string().refine(isKeyId),
  createdAt: z.string(),
  ...slotsSchema,
  rotation: rotationSchema.optional(),
});

/**
 * The journal of a data key rotation in progress (docs/decisions/0044): the new key, wrapped like
 * the envelope's own (passphrase and recovery slots, ready to replace them), and the two keys
 * wrapped with each other, so whichever of them an unlock yields opens the other until the end.
 */
export interface RotationJournal {
  keyId: string;
  startedAt: string;
  passphrase: { kdf: Pbkdf2Params; wrapped: WrappedKey };
  recovery: { kdf: HkdfParams; wrapped: WrappedKey };
  newUnderOld: WrappedKey;
  oldUnderNew: WrappedKey;
}

/** Safe to store anywhere (it is JSON and holds no secret), but keep it with the database. */
export interface KeyEnvelope {
  format: typeof KEY_ENVELOPE_FORMAT;
  version: 1;
  keyId: string;
  createdAt: string;
  passphrase: { kdf: Pbkdf2Params; wrapped: WrappedKey };
  recovery: { kdf: HkdfParams; wrapped: WrappedKey };
  /** Only while the data key is being rotated. */
  rotation?: RotationJournal;
}

export interface NewKeyring {
  envelope: KeyEnvelope;
  /** Show once, for the user to print or write down; never store it. */
  recoveryKey: string;
  dataKey: DataKey;
}

export interface KeyringOptions {
  now?: Date;
  /** Raise the PBKDF2 work factor; values below 600,000 are raised to it. */
  iterations?: number;
}

export function parseKeyEnvelope(value: unknown): KeyEnvelope {
  const result = envelopeSchema.safeParse(value);
  if (!result.success) throw new KeyringError('damaged', 'The saved key information is damaged or incomplete, so Team Around cannot be unlocked with it.');
  return result.data;
}

function refuseWeakPassphrase(passphrase: string): void {
  const verdict = checkPassphraseStrength(passphrase);
  if (!verdict.ok) throw new KeyringError('weak-passphrase', verdict.message);
}

function refuseWeakParameters(kdf: Pbkdf2Params | HkdfParams): void {
  const problem = kdfProblem(kdf);
  if (problem) {
    throw new KeyringError('weak-parameters', `The saved key information was refused because ${problem}. It may have been tampered with.`);
  }
}

export async function passphraseSlot(dataKey: DataKey, passphrase: string, options: KeyringOptions): Promise<KeyEnvelope['passphrase']> {
  const kdf = newPbkdf2Params(options.iterations);
  const wrapped = await wrapDataKey(await passphraseKek(passphrase, kdf), dataKey.bytes, dataKey.id, 'passphrase', kdf);
  return { kdf, wrapped };
}

export async function createKeyring(passphrase: string, options: KeyringOptions = {}): Promise<NewKeyring> {
  refuseWeakPassphrase(passphrase);
  const dataKey = generateDataKey();
  const recovery = generateRecoveryKey();
  const recoveryKdf = newHkdfParams();
  const envelope: KeyEnvelope = {
    format: KEY_ENVELOPE_FORMAT,
    version: 1,
    keyId: dataKey.id,
    createdAt: (options.now ?? new Date()).toISOString(),
    passphrase: await passphraseSlot(dataKey, passphrase, options),
    recovery: {
      kdf: recoveryKdf,
      wrapped: await wrapDataKey(await recoveryKek(recovery.bytes, recoveryKdf), dataKey.bytes, dataKey.id, 'recovery', recoveryKdf),
    },
  };
  recovery.bytes.fill(0);
  return { envelope, recoveryKey: recovery.text, dataKey };
}

type Slots = Pick<KeyEnvelope, 'keyId' | 'passphrase' | 'recovery'>;

async function unlockSlot(envelope: Slots, slot: Slot, kek: CryptoKey, failure: KeyringError): Promise<DataKey> {
  const { kdf, wrapped } = envelope[slot];
  const bytes = await unwrapDataKey(kek, wrapped, envelope.keyId, slot, kdf);
  if (!bytes || bytes.length !== DATA_KEY_BYTES) throw failure;
  return { id: envelope.keyId, bytes };
}

export async function unlockWithPassphrase(stored: unknown, passphrase: string): Promise<DataKey> {
  const envelope = parseKeyEnvelope(stored);
  refuseWeakParameters(envelope.passphrase.kdf);
  const kek = await passphraseKek(passphrase, envelope.passphrase.kdf);
  return unlockSlot(envelope, 'passphrase', kek, new KeyringError('wrong-passphrase', 'That passphrase is not right. Check that Caps Lock is off and try again.'));
}

export async function unlockWithRecoveryKey(stored: unknown, recoveryKey: string): Promise<DataKey> {
  const envelope = parseKeyEnvelope(stored);
  refuseWeakParameters(envelope.recovery.kdf);
  const parsed = parseRecoveryKey(recoveryKey);
  if (!parsed.ok) throw new KeyringError('wrong-recovery-key', parsed.message);
  const failure = new KeyringError('wrong-recovery-key', 'That recovery key does not open this Team Around database. Check that it is the key printed for this computer.');
  try {
    return await unlockSlot(envelope, 'recovery', await recoveryKek(parsed.bytes, envelope.recovery.kdf), failure);
  } catch (error) {
    // During a rotation, the new recovery key (shown when it began) opens the new data key.
    const rotation = envelope.rotation;
    if (!rotation || kdfProblem(rotation.recovery.kdf)) throw error;
    return await unlockSlot(rotation, 'recovery', await recoveryKek(parsed.bytes, rotation.recovery.kdf), failure);
  } finally {
    parsed.bytes.fill(0);
  }
}

/**
 * A new envelope whose passphrase slot uses `newPassphrase` (fresh salt); the recovery slot is kept.
 * Needs the unlocked data key, so callers first unlock with the current passphrase or the recovery key.
 */
export async function changePassphrase(stored: unknown, dataKey: DataKey, newPassphrase: string, options: KeyringOptions = {}, rotationKey?: DataKey): Promise<KeyEnvelope> {
  const envelope = parseKeyEnvelope(stored);
  const wrongKey = new KeyringError('wrong-key', 'This key does not belong to the saved key information, so the passphrase was not changed.');
  if (dataKey.id !== envelope.keyId) throw wrongKey;
  // During a rotation the new key's passphrase slot changes too, or the old passphrase would return with it.
  if (envelope.rotation && rotationKey?.id !== envelope.rotation.keyId) throw wrongKey;
  refuseWeakPassphrase(newPassphrase);
  const changed: KeyEnvelope = { ...envelope, passphrase: await passphraseSlot(dataKey, newPassphrase, options) };
  if (envelope.rotation && rotationKey) changed.rotation = { ...envelope.rotation, passphrase: await passphraseSlot(rotationKey, newPassphrase, options) };
  return changed;
}
