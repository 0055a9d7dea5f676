/**
 * A copy of the wrapped key envelope beside the mirror. IndexedDB holds the keyring in a database of
 * its own, and a reset of the IndexedDB store takes it too: without a copy, the mirrored rows could
 * never be opened again. The envelope is safe to keep here (only the passphrase or the recovery key
 * unwraps it: see ../crypto/keys.ts).
 */
import { parseKeyEnvelope } from '../crypto/keys';
import type { StoredKeyring } from '../crypto/keyring-store';
import type { RecentWorkMirror } from './recent-work-mirror';

export interface KeyringWriter {
  saveEnvelope(envelope: StoredKeyring['envelope']): Promise<void>;
  saveEncryptions(keyId: string, encryptions: number): Promise<void>;
}

/** Keeps the mirror's copy the same as the keyring (after unlocking, or after a new envelope was saved). */
export async function keepKeyringCopy(mirror: RecentWorkMirror, stored: StoredKeyring): Promise<void> {
  const current = (await mirror.manifest()).keyring;
  if (current && current.encryptions >= stored.encryptions && JSON.stringify(current.envelope) === JSON.stringify(stored.envelope)) return;
  await mirror.saveManifest({ keyring: { envelope: stored.envelope, encryptions: stored.encryptions } });
}

/**
 * When the keyring is missing but the mirror holds a valid copy, puts it back and returns it, so
 * the passphrase (or the recovery key) opens Team Around as before. Undefined when there is no
 * usable copy: then this really is a first run.
 */
export async function restoreKeyringFromMirror(mirror: RecentWorkMirror, keyring: KeyringWriter): Promise<StoredKeyring | undefined> {
  const copy = (await mirror.manifest()).keyring;
  if (!copy) return undefined;
  let envelope: StoredKeyring['envelope'];
  try {
    envelope = parseKeyEnvelope(copy.envelope);
  } catch {
    return undefined;
  }
  const encryptions = Number.isSafeInteger(copy.encryptions) && copy.encryptions > 0 ? copy.encryptions : 0;
  await keyring.saveEnvelope(envelope);
  if (encryptions > 0) await keyring.saveEncryptions(envelope.keyId, encryptions);
  return { envelope, encryptions };
}
