/**
 * The encrypted bench profile, made the way the app makes one: createKeyring for the bench
 * passphrase, the envelope saved with KeyringStore (so the real app finds it and shows its
 * unlock screen), and the caseload sealed as the encryption middleware seals it (written fast,
 * see caseload/fast-sealing.ts); prepare() reads it back through the middleware. A plain TeamAroundDatabase (no middleware) holds the floors' copy.
 */
import Dexie from 'dexie';
import { SEALED_FIELD } from '../../../renderer/data/crypto/record-sealing';
import { KEYRING_DATABASE_NAME, KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { createKeyring, unlockWithPassphrase } from '../../../renderer/data/crypto/keys';
import { DATABASE_NAME, TeamAroundDatabase } from '../../../renderer/data/db';
import type { CaseloadSize } from '../caseload';
import { FastSealer } from '../caseload/fast-sealing';
import { writeSealedCaseload } from '../caseload/sealed-write';
import { PLAIN_DATABASE_NAME } from '../profile';
import type { GenerateResult } from './api';
import { request } from './raw-idb';

export interface OpenProfile {
  db: TeamAroundDatabase;
  session: KeySession;
}

export async function deleteProfile(): Promise<void> {
  await Promise.all([Dexie.delete(DATABASE_NAME), Dexie.delete(KEYRING_DATABASE_NAME), Dexie.delete(PLAIN_DATABASE_NAME)]);
}

export function openPlain(): TeamAroundDatabase {
  return new TeamAroundDatabase(PLAIN_DATABASE_NAME);
}

export async function generateProfile(seed: number, size: CaseloadSize, passphrase: string): Promise<GenerateResult> {
  const t0 = performance.now();
  const { envelope, dataKey } = await createKeyring(passphrase);
  const store = new KeyringStore();
  await store.saveEnvelope(envelope);
  const keyringMs = performance.now() - t0;

  const session = new KeySession();
  session.unlock(dataKey);
  dataKey.bytes.fill(0);
  // Sealed outside the transactions with Web Crypto, as the middleware would seal them; prepare() reads them back through it.
  const sealer = new FastSealer(DATABASE_NAME, session);
  const plain = openPlain();
  try {
    const written = await writeSealedCaseload(sealer, seed, size, { plainCopy: plain });
    // The app keeps this count to know when the key is due for rotation.
    await store.saveEncryptions(envelope.keyId, session.encryptions);
    return { ...written, keyringMs, pbkdf2Iterations: envelope.passphrase.kdf.iterations, encryptions: session.encryptions };
  } finally {
    sealer.close();
    plain.close();
    store.close();
    session.lock();
  }
}

/** Unlocks the saved envelope with `passphrase`, as the app's unlock does, and opens the encrypted database. */
export async function openProfile(passphrase: string): Promise<OpenProfile & { unlockMs: number }> {
  const store = new KeyringStore();
  try {
    const stored = await store.load();
    if (!stored) throw new Error('The bench profile has no keyring: generate the caseload first.');
    const start = performance.now();
    const dataKey = await unlockWithPassphrase(stored.envelope, passphrase);
    const unlockMs = performance.now() - start;
    const session = new KeySession();
    session.unlock(dataKey, { encryptionsSoFar: stored.encryptions });
    dataKey.bytes.fill(0);
    const db = new TeamAroundDatabase(DATABASE_NAME, { encryption: session });
    await db.open();
    return { db, session, unlockMs };
  } finally {
    store.close();
  }
}

function isSealedOnly(row: unknown, secretField: string): boolean {
  if (typeof row !== 'object' || row === null) return false;
  const fields = row as Record<string, unknown>;
  return fields[SEALED_FIELD] instanceof Uint8Array && !(secretField in fields);
}

/** Reads the first family and action of the app's database with no middleware: only sealed data must be there. */
export async function storedRowsAreSealed(raw: IDBDatabase): Promise<boolean> {
  const tx = raw.transaction(['families', 'actions'], 'readonly');
  const [family, action] = await Promise.all([request(tx.objectStore('families').getAll(null, 1)), request(tx.objectStore('actions').getAll(null, 1))]);
  return family.length === 1 && action.length === 1 && isSealedOnly(family[0], 'familyName') && isSealedOnly(action[0], 'what');
}

/** Key order ignored: an opened record puts its clear fields first. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const fields = value as Record<string, unknown>;
  return Object.fromEntries(Object.keys(fields).sort().map((key) => [key, canonical(fields[key])]));
}

const READ_BACK_TABLES = ['families', 'familySummaries', 'meetings', 'actions'] as const;

/**
 * The first `limit` rows of each caseload table, read through the app's middleware (so decrypted),
 * equal the plain copy's: the sealed rows open with the app's unlocked key and hold the records.
 */
export async function readsBackAsPlain(app: TeamAroundDatabase, plain: TeamAroundDatabase, limit = 200): Promise<boolean> {
  for (const table of READ_BACK_TABLES) {
    const [ours, theirs] = await Promise.all([app.table(table).limit(limit).toArray(), plain.table(table).limit(limit).toArray()]);
    if (ours.length === 0 || JSON.stringify(canonical(ours)) !== JSON.stringify(canonical(theirs))) return false;
  }
  return true;
}
