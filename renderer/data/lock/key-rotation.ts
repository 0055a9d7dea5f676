/**
 * Rotating the data key while unlocked (docs/decisions/0044). `beginKeyRotation` checks the
 * passphrase, writes the journal into the key envelope and switches the session to the new key;
 * `continueKeyRotation` re-encrypts every record, re-seals the mirror's copies, and then finishes:
 * the audit entry, then the envelope without the old key or the journal in one write. It is called
 * again after every unlock until it finishes, so an interrupted rotation always resumes.
 */
import Dexie from 'dexie';
import { wipeDataKey } from '../crypto/data-key';
import { KeyringError } from '../crypto/errors';
import type { KeySession } from '../crypto/key-session';
import { beginRotation, finishedEnvelope } from '../crypto/key-rotation';
import { unlockWithPassphrase, type KeyEnvelope } from '../crypto/keys';
import type { StoredKeyring } from '../crypto/keyring-store';
import { openRecord, sealRecord, type SealingLayout } from '../crypto/record-sealing';
import { ROTATION_POSITION_KEY, reencryptRecords, type RotationProgress } from '../crypto/reencrypt-records';
import { sealedKeyId } from '../crypto/sealed-key-ids';
import type { TeamAroundDatabase } from '../db';
import { keepKeyringCopy } from '../mirror/keyring-copy';
import type { MirrorOp, RecentWorkMirror } from '../mirror/recent-work-mirror';
import type { AuditRepository } from '../repositories/audit';
import { CURRENT_SCHEMA_VERSION } from '../schema';

/** The settings row naming the last rotation whose audit entry was written, so a resumed finish writes it once. */
export const ROTATION_RECORDED_KEY = 'key-rotation-recorded';

export interface RotationDeps {
  db: TeamAroundDatabase;
  session: KeySession;
  keyring: { load(): Promise<StoredKeyring | undefined>; saveEnvelope(envelope: KeyEnvelope): Promise<void> };
  audit: AuditRepository;
  /** The second copy of recent work: its rows and its copy of the envelope follow the new key. */
  mirror?: RecentWorkMirror;
  /** Rows per key id as stored: checked before the old key is dropped. */
  countRowsByKey?: () => Promise<Map<string, number>>;
  /** The operating system's copy of the old key (quick unlock) is forgotten at the end. */
  forgetQuickUnlock?: () => Promise<void>;
  batchSize?: number;
  onProgress?: (progress: RotationProgress) => void;
  shouldStop?: () => boolean;
}

export type BeginResult = { ok: true; recoveryKey?: string } | { ok: false; message: string };

/** While unlocked, with the passphrase in use (checked here). Keeps `recoveryKey` if given, else makes a new one to show. */
export async function beginKeyRotation(deps: RotationDeps, passphrase: string, options: { recoveryKey?: string; now?: Date } = {}): Promise<BeginResult> {
  deps.session.assertUnlocked();
  const stored = await deps.keyring.load();
  if (!stored) return { ok: false, message: 'The key information on this computer could not be read, so the key was not changed.' };
  if (stored.envelope.rotation) return { ok: false, message: 'The key is already being changed. Wait for the re-encryption to finish.' };
  let current;
  try {
    current = await unlockWithPassphrase(stored.envelope, passphrase);
  } catch {
    return { ok: false, message: 'That is not your passphrase. Check Caps Lock and try again.' };
  }
  try {
    const begun = await beginRotation(stored.envelope, current, passphrase, options);
    // The journal is on disk (and beside the mirror) before anything is sealed with the new key.
    await deps.keyring.saveEnvelope(begun.envelope);
    if (deps.mirror) await keepKeyringCopy(deps.mirror, { envelope: begun.envelope, encryptions: stored.encryptions });
    deps.session.rotateTo(begun.newKey);
    wipeDataKey(begun.newKey);
    return { ok: true, ...(begun.recoveryKey === undefined ? {} : { recoveryKey: begun.recoveryKey }) };
  } catch (error) {
    if (error instanceof KeyringError) return { ok: false, message: error.message };
    throw error;
  } finally {
    wipeDataKey(current);
  }
}

function layoutOf(db: Dexie, table: string): SealingLayout {
  const { primKey, indexes } = db.table(table).schema;
  const clearPaths = [primKey, ...indexes].flatMap((index) => (index.keyPath === undefined ? [] : [index.keyPath].flat()));
  const keyPath = typeof primKey.keyPath === 'string' ? primKey.keyPath : '';
  return { table, clearPaths: [...new Set(clearPaths)], primaryKeyOf: (row) => Dexie.getByKeyPath(row, keyPath) };
}

/** Copies in the mirror still sealed with the old key (rows no longer in the database) are sealed again, or dropped if unreadable. */
async function resealMirror(deps: RotationDeps, mirror: RecentWorkMirror, oldKeyId: string): Promise<void> {
  const names = new Set(deps.db.tables.map((t) => t.name));
  const ops: MirrorOp[] = [];
  for (const copy of await mirror.rows()) {
    if (sealedKeyId(copy.row) !== oldKeyId) continue;
    if (!names.has(copy.table)) {
      ops.push({ type: 'delete', table: copy.table, key: copy.key });
      continue;
    }
    const layout = layoutOf(deps.db, copy.table);
    try {
      const row = openRecord(layout, copy.row, { keyById: (id) => deps.session.keyById(id), schemaVersion: CURRENT_SCHEMA_VERSION, acceptUnsealedRows: false }) as object;
      deps.session.countEncryption();
      ops.push({ type: 'put', table: copy.table, key: copy.key, row: sealRecord(layout, row, deps.session.currentKey(), CURRENT_SCHEMA_VERSION) });
    } catch {
      ops.push({ type: 'delete', table: copy.table, key: copy.key });
    }
  }
  if (ops.length > 0) await mirror.apply(ops);
}

async function oldRowsLeft(deps: RotationDeps, oldKeyId: string): Promise<number> {
  return (await deps.countRowsByKey?.())?.get(oldKeyId) ?? 0;
}

/**
 * Re-encrypts what is left and finishes. 'stopped' when `shouldStop` said so (locked): the next
 * unlock calls it again. 'finished' also when there was nothing to do.
 */
export async function continueKeyRotation(deps: RotationDeps): Promise<'finished' | 'stopped'> {
  const stored = await deps.keyring.load();
  const rotation = stored?.envelope.rotation;
  if (!stored || !rotation) return 'finished';
  const oldKeyId = stored.envelope.keyId;
  if (deps.session.currentKey().id !== rotation.keyId) throw new KeyringError('wrong-key', 'The key being changed to is not the one in use, so the key change cannot go on.');
  const pass = () => reencryptRecords(deps.db, { keyId: rotation.keyId, ...(deps.batchSize ? { batchSize: deps.batchSize } : {}), ...(deps.onProgress ? { onProgress: deps.onProgress } : {}), ...(deps.shouldStop ? { shouldStop: deps.shouldStop } : {}) });
  if (!(await pass()).complete) return 'stopped';
  if ((await oldRowsLeft(deps, oldKeyId)) > 0) {
    // Never drop a key a row still needs: go over everything once more from the start.
    await deps.db.settings.delete(ROTATION_POSITION_KEY);
    if (!(await pass()).complete) return 'stopped';
    if ((await oldRowsLeft(deps, oldKeyId)) > 0) throw new Error('Some records could not be encrypted with the new key, so the old key has been kept.');
  }
  if (deps.mirror) await resealMirror(deps, deps.mirror, oldKeyId);
  const { db, audit } = deps;
  await db.transaction('rw', db.audit, db.settings, async () => {
    const recorded = (await db.settings.get(ROTATION_RECORDED_KEY))?.value as { keyId?: unknown } | undefined;
    if (recorded?.keyId !== rotation.keyId) await audit.appendWithin({ action: 'update', recordType: 'settings', recordId: 'data-key' });
    await db.settings.put({ key: ROTATION_RECORDED_KEY, value: { keyId: rotation.keyId } });
    await db.settings.delete(ROTATION_POSITION_KEY);
  });
  // The audit count is sealed with the new key before the old one goes (docs/decisions/0045).
  await audit.resealCount();
  // One write of the keyring row: the old key's slots and the journal go together.
  const envelope = finishedEnvelope(stored.envelope);
  await deps.keyring.saveEnvelope(envelope);
  if (deps.mirror) await keepKeyringCopy(deps.mirror, { envelope, encryptions: 0 });
  deps.session.forgetRetired();
  await deps.forgetQuickUnlock?.();
  return 'finished';
}
