/**
 * Restoring over a profile that already has data replaces it only when the checked backup is
 * handed to restoreBackup (the screen does that after "Replace everything on this computer");
 * a restore that fails part-way changes nothing; a saved backup is recorded in the audit trail
 * and settings without content.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBackup } from '../../../renderer/data/crypto/backup-crypto';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { readBackupSettings, readBackupStatus, saveBackupSettings } from '../../../renderer/data/repositories/settings';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';
import type { AuditEntry } from '../../../shared/rules/audit-chain';
import { databaseContents } from './arbitraries';
import { dump, fill, NOW, openProfile, PASSPHRASE, type Profile } from './support';

let keyring: NewKeyring;
const profiles: Profile[] = [];
const open = async (label: string, withKeyring?: NewKeyring) => {
  const p = await openProfile(label, withKeyring);
  profiles.push(p);
  return p;
};
const sample = (seed: number) => {
  const [contents] = fc.sample(databaseContents, { numRuns: 1, seed });
  if (!contents) throw new Error('no sample');
  return contents;
};

beforeAll(async () => {
  keyring = await createKeyring(PASSPHRASE, { now: NOW });
});
afterAll(async () => {
  for (const p of profiles.splice(0)) await p.close();
});

describe('restoring over existing data', () => {
  it('checking a backup writes nothing; restoring the checked backup replaces every table', async () => {
    const source = await open('source', keyring);
    await fill(source.db, sample(11));
    const backupContents = await dump(source.db);
    const made = await source.service.makeBackup();

    const target = await open('target');
    await fill(target.db, sample(12));
    const existing = await dump(target.db);
    const inspected = await target.service.inspectBackup(made.bytes, { recoveryKey: keyring.recoveryKey });
    if (!inspected.ok) throw new Error(inspected.message);
    expect(await dump(target.db)).toStrictEqual(existing);

    await target.service.restoreBackup(inspected.backup);
    const after = await dump(target.db);
    // Every table holds the backup's records and nothing of what was there before (audit and settings gain the restore entry and its tip).
    for (const table of Object.keys(existing)) {
      if (table !== 'audit' && table !== 'settings') expect(after[table]).toStrictEqual(backupContents[table]);
    }
    const audit = after.audit as AuditEntry[];
    expect(audit.at(-1)).toMatchObject({ action: 'restore', recordType: 'backup' });
    expect(await createAuditRepository(target.db, () => 'Jo Chair').verify()).toEqual({ ok: true });
  });

  it('a restore that fails part-way leaves the profile exactly as it was', async () => {
    const target = await open('target');
    await fill(target.db, sample(13));
    const existing = await dump(target.db);
    // Two valid records with the same id pass every check, but the second cannot be added.
    const [family] = sample(14).families.length > 0 ? sample(14).families : sample(15).families;
    if (!family) throw new Error('no family');
    const bytes = writeBackup({ tables: { practitioners: [], families: [family, family] }, dataKey: keyring.dataKey, keyEnvelope: keyring.envelope, schemaVersion: CURRENT_SCHEMA_VERSION, now: NOW });
    const inspected = await target.service.inspectBackup(bytes, { recoveryKey: keyring.recoveryKey });
    if (!inspected.ok) throw new Error(inspected.message);
    await expect(target.service.restoreBackup(inspected.backup)).rejects.toThrow();
    expect(await dump(target.db)).toStrictEqual(existing);
  });
});

describe('making a backup', () => {
  it('names the file by today’s date in London and records nothing until the file is saved', async () => {
    const source = await open('source', keyring);
    await fill(source.db, sample(16));
    const before = await dump(source.db);
    const made = await source.service.makeBackup();
    expect(made.fileName).toBe('team-around-backup-2026-11-23.tabackup');
    expect(await dump(source.db)).toStrictEqual(before);
    expect(await readBackupStatus(source.db)).toEqual({ lastBackupAt: null });

    await source.service.recordBackupSaved(made);
    expect(await readBackupStatus(source.db)).toEqual({ lastBackupAt: NOW.toISOString() });
    const entry = (await source.db.audit.orderBy('seq').last()) as AuditEntry;
    expect(entry).toMatchObject({ action: 'export', recordType: 'backup', recordId: `backup-${NOW.toISOString()}`, actor: 'Jo Chair' });
    // Who, when and what kind only: no names, no counts, no content.
    expect(Object.keys(entry).sort()).toEqual(['action', 'actor', 'at', 'hash', 'prevHash', 'recordId', 'recordType', 'seq']);
  });

  it('refuses to make a backup when the keyring does not match the unlocked key', async () => {
    const stranger = await open('no-keyring');
    await expect(stranger.service.makeBackup()).rejects.toThrow('no backup was made');
  });

  it('keeps the reminder setting, with 7 days until one is chosen', async () => {
    const p = await open('settings');
    expect(await readBackupSettings(p.db)).toEqual({ remindAfterDays: 7 });
    await saveBackupSettings(p.db, { remindAfterDays: 14 });
    expect(await readBackupSettings(p.db)).toEqual({ remindAfterDays: 14 });
    await expect(saveBackupSettings(p.db, { remindAfterDays: 0 })).rejects.toThrow();
  });
});
