/**
 * Making and restoring backups of the whole database. A backup is read in one transaction and
 * written with the data key (so it opens with the passphrase or recovery key in use when it was
 * made). Restoring checks everything first (key, MAC, manifest, every record), and only a backup
 * that passed those checks can be restored: all tables are replaced in one transaction, through
 * the encryption middleware, so the records are encrypted again with this computer's key.
 */
import { readBackup, readBackupKeyEnvelope, writeBackup } from '../crypto/backup-crypto';
import { wipeDataKey, type DataKey } from '../crypto/data-key';
import type { KeySession } from '../crypto/key-session';
import { finishedEnvelope } from '../crypto/key-rotation';
import { unlockWithPassphrase, unlockWithRecoveryKey, type KeyEnvelope } from '../crypto/keys';
import type { StoredKeyring } from '../crypto/keyring-store';
import { parseRecoveryKey } from '../crypto/recovery-key';
import type { TeamAroundDatabase } from '../db';
import type { AuditRepository } from '../repositories/audit';
import { rebuildHomeStatusWithin } from '../repositories/home-status';
import { saveBackupStatus } from '../repositories/settings';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { todayInLondon } from '../../../shared/rules/dates';
import { fileNameFor } from '../../../shared/file-kinds';
import { fileRefusal, keyRefusal, refusal, type BackupRefusal } from './backup-problems';
import { countsSentence, describeCounts, isDerivedTable, OLDEST_RESTORABLE_SCHEMA, rebuildDerivedWithin, validateBackupRecord, type TableCount } from './backup-tables';
import { FAILURES_SEEN_KEY } from '../lock/unlock-attempts';
import { mergeAuditAfterRestore } from '../../../shared/rules/audit-merge';
import type { AuditEntry } from '../../../shared/rules/audit-chain';

export interface BackupDeps {
  db: TeamAroundDatabase;
  session: KeySession;
  keyring: { load(): Promise<StoredKeyring | undefined> };
  /** Bound to `db`; its entries are written inside the backup and restore transactions. */
  audit: AuditRepository;
  now?: () => Date;
}

export interface MadeBackup {
  bytes: Uint8Array;
  /** e.g. team-around-backup-2026-11-23.tabackup */
  fileName: string;
  createdAt: string;
  counts: TableCount[];
}

/** A backup that passed every check. Only objects made by `verifyBackup` can be restored. */
export interface VerifiedBackup {
  readonly createdAt: string;
  readonly schemaVersion: number;
  readonly counts: readonly TableCount[];
  /** "12 families, 3 plans and …" */
  readonly summary: string;
}

export type BackupSecret = { passphrase: string } | { recoveryKey: string };
export type Inspection = { ok: true; backup: VerifiedBackup } | BackupRefusal;
export type BackupKeyResult = { ok: true; key: DataKey } | BackupRefusal;

export class BackupNotPossibleError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupNotPossibleError';
  }
}

const verified = new WeakMap<VerifiedBackup, Record<string, unknown[]>>();

/** The tables a backup holds: all but the derived ones, which a restore rebuilds (backup-tables.ts). */
function backedUpTables(db: TeamAroundDatabase) {
  return db.tables.filter((t) => !isDerivedTable(t.name));
}

async function readAllTables(db: TeamAroundDatabase): Promise<Record<string, unknown[]>> {
  const tables = backedUpTables(db);
  return db.transaction('r', tables, async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of tables) out[table.name] = await table.toArray();
    return out;
  });
}

export function createBackupService(deps: BackupDeps) {
  const { db, session, keyring, audit } = deps;
  const now = deps.now ?? (() => new Date());
  const tableNames = () => backedUpTables(db).map((t) => t.name);

  async function makeBackup(): Promise<MadeBackup> {
    const dataKey = session.currentKey();
    const stored = await keyring.load();
    // During a key rotation the records are sealed with the new key: the backup carries its slots.
    const envelope = stored?.envelope.rotation?.keyId === dataKey.id ? finishedEnvelope(stored.envelope) : stored?.envelope;
    if (!stored || envelope?.keyId !== dataKey.id) throw new BackupNotPossibleError('The key information on this computer could not be read, so no backup was made. Lock Team Around, unlock it again, and try once more.');
    const tables = await readAllTables(db);
    if (Object.entries(tables).some(([name, rows]) => !rows.every((row) => validateBackupRecord(name, row)))) {
      throw new BackupNotPossibleError('Some records on this computer did not pass their checks, so a backup made now could not be restored. No backup was made.');
    }
    const at = now();
    const bytes = writeBackup({ tables, dataKey, keyEnvelope: envelope, schemaVersion: CURRENT_SCHEMA_VERSION, now: at });
    return { bytes, fileName: fileNameFor(`team-around-backup-${todayInLondon(at)}`, 'backup'), createdAt: at.toISOString(), counts: describeCounts(tables) };
  }

  /** Once the file is saved where the user chose: the audit trail's export entry and the time of the last backup, together. */
  async function recordBackupSaved(made: MadeBackup): Promise<void> {
    await db.transaction('rw', db.audit, db.settings, async () => {
      await audit.appendWithin({ action: 'export', recordType: 'backup', recordId: `backup-${made.createdAt}` });
      await saveBackupStatus(db, { lastBackupAt: made.createdAt });
    });
  }

  /** Only the file's layout and key information, without a key: says at once when a file is not a backup or is cut short. */
  function checkBackupFile(bytes: Uint8Array): { ok: true } | BackupRefusal {
    try {
      readBackupKeyEnvelope(bytes);
      return { ok: true };
    } catch (error) {
      return fileRefusal(error);
    }
  }

  /** Unwraps the backup's own data key with the passphrase or recovery key in use when it was made (one key derivation). */
  async function unlockBackupKey(bytes: Uint8Array, secret: BackupSecret): Promise<BackupKeyResult> {
    let envelope: KeyEnvelope;
    try {
      envelope = readBackupKeyEnvelope(bytes);
    } catch (error) {
      return fileRefusal(error);
    }
    if ('recoveryKey' in secret) {
      const parsed = parseRecoveryKey(secret.recoveryKey);
      if (!parsed.ok) return refusal('wrong-recovery-key', parsed.message);
      parsed.bytes.fill(0);
    }
    try {
      const key = 'passphrase' in secret ? await unlockWithPassphrase(envelope, secret.passphrase) : await unlockWithRecoveryKey(envelope, secret.recoveryKey);
      return { ok: true, key };
    } catch (error) {
      return keyRefusal(error, 'passphrase' in secret ? 'passphrase' : 'recoveryKey');
    }
  }

  /** Checks everything (MAC, manifest, hashes, counts, schema version, every record) and writes nothing. */
  function verifyBackup(bytes: Uint8Array, key: DataKey): Inspection {
    try {
      const read = readBackup(bytes, key, { schemaVersion: CURRENT_SCHEMA_VERSION, oldestSchemaVersion: OLDEST_RESTORABLE_SCHEMA, tables: tableNames(), validateRecord: validateBackupRecord });
      const counts = describeCounts(read.tables);
      const backup: VerifiedBackup = Object.freeze({ createdAt: read.createdAt, schemaVersion: read.schemaVersion, counts, summary: countsSentence(counts) });
      verified.set(backup, read.tables);
      return { ok: true, backup };
    } catch (error) {
      return fileRefusal(error);
    }
  }

  async function inspectBackup(bytes: Uint8Array, secret: BackupSecret): Promise<Inspection> {
    const unlocked = await unlockBackupKey(bytes, secret);
    if (!unlocked.ok) return unlocked;
    try {
      return verifyBackup(bytes, unlocked.key);
    } finally {
      wipeDataKey(unlocked.key);
    }
  }

  /**
   * Replaces every table with the backup's records, all in one transaction. The audit trail is the
   * exception: this computer's entries that the backup does not hold are kept after the backup's own,
   * then the restore is recorded, and the end of the trail is sealed again (shared/rules/audit-merge.ts).
   * The failed-unlock total seen here stays this computer's (it belongs with this computer's keyring).
   */
  async function restoreBackup(backup: VerifiedBackup): Promise<{ carriedOver: number }> {
    const tables = verified.get(backup);
    if (!tables) throw new Error('Only a backup that has been checked can be restored.');
    session.assertUnlocked();
    return db.transaction('rw', db.tables, async () => {
      const local = await db.audit.orderBy('seq').toArray();
      const failuresSeen = await db.settings.get(FAILURES_SEEN_KEY);
      for (const table of db.tables) await table.clear();
      for (const [name, rows] of Object.entries(tables)) if (name !== 'audit') await db.table(name).bulkAdd(rows);
      await rebuildDerivedWithin(db, tables);
      // The home status rows depend on today as well as the restored rows (0064).
      await rebuildHomeStatusWithin(db, todayInLondon(now()));
      const restored = [...((tables.audit ?? []) as AuditEntry[])].sort((a, b) => a.seq - b.seq);
      const merged = mergeAuditAfterRestore(restored, local, audit.eventFor({ action: 'restore', recordType: 'backup', recordId: `backup-${backup.createdAt}` }));
      await db.audit.bulkAdd(merged.entries);
      await audit.writeTipWithin(merged.tip);
      if (failuresSeen) await db.settings.put(failuresSeen);
      else await db.settings.delete(FAILURES_SEEN_KEY);
      return { carriedOver: merged.carriedOver };
    });
  }

  return { makeBackup, recordBackupSaved, checkBackupFile, unlockBackupKey, verifyBackup, inspectBackup, restoreBackup };
}

export type BackupService = ReturnType<typeof createBackupService>;
