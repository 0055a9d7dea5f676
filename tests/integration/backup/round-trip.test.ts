/**
 * Backup from the real, encrypted app database and restore into an empty profile whose database
 * has a different key: every table comes back exactly, and the audit trail gains one restore entry.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import type { SettingRow } from '../../../renderer/data/db';
import { AUDIT_TIP_KEY } from '../../../renderer/data/repositories/audit';
import { verifyChain, type AuditEntry } from '../../../shared/rules/audit-chain';
import { databaseContents } from './arbitraries';
import { dump, fill, NOW, openProfile, PASSPHRASE, type Profile } from './support';

let keyring: NewKeyring;
beforeAll(async () => {
  // The one PBKDF2 derivation for the whole property: every run unlocks the backup with the recovery key.
  keyring = await createKeyring(PASSPHRASE, { now: NOW });
});

const opened: Profile[] = [];
afterAll(async () => {
  for (const profile of opened.splice(0)) await profile.close();
});

async function profile(label: string, withKeyring?: NewKeyring): Promise<Profile> {
  const p = await openProfile(label, withKeyring);
  opened.push(p);
  return p;
}

const withoutTip = (rows: unknown[] = []) => rows.filter((row) => (row as SettingRow).key !== AUDIT_TIP_KEY);

/** Exactly the backup's records, plus the restore entry at the end of the audit trail and the trail's tip moved on to it. */
function expectRestoredExactly(after: Record<string, unknown[]>, before: Record<string, unknown[]>): void {
  const audit = after.audit as AuditEntry[];
  expect({ ...after, audit: audit.slice(0, -1), settings: withoutTip(after.settings) }).toStrictEqual({ ...before, settings: withoutTip(before.settings) });
  const entry = audit[audit.length - 1];
  expect(after.settings?.find((row) => (row as SettingRow).key === AUDIT_TIP_KEY)).toStrictEqual({ key: AUDIT_TIP_KEY, value: { seq: entry?.seq, hash: entry?.hash } });
  expect(entry).toMatchObject({ seq: (before.audit?.length ?? 0) + 1, action: 'restore', recordType: 'backup', recordId: `backup-${NOW.toISOString()}`, actor: 'Jo Chair' });
  // The restore entry carries on the backup's own chain, so the whole trail still verifies.
  expect(verifyChain(audit)).toEqual({ ok: true });
}

it('restores generated data into an empty profile exactly, encrypted again with that computer’s key (property)', async () => {
  const filled = new Set<string>();
  await fc.assert(
    fc.asyncProperty(databaseContents, async (contents) => {
      for (const [table, rows] of Object.entries(contents)) if (rows.length > 0) filled.add(table);
      const source = await profile('source', keyring);
      await fill(source.db, contents);
      const before = await dump(source.db);
      const made = await source.service.makeBackup();

      const target = await profile('target');
      expect(target.session.currentKey().id).not.toBe(keyring.dataKey.id);
      const inspected = await target.service.inspectBackup(made.bytes, { recoveryKey: keyring.recoveryKey });
      if (!inspected.ok) throw new Error(inspected.message);
      expect(await dump(target.db)).toStrictEqual(Object.fromEntries(Object.keys(before).map((t) => [t, []])));
      await target.service.restoreBackup(inspected.backup);

      // The target's session holds only its own key, so reading every record back proves each was encrypted again with it.
      expectRestoredExactly(await dump(target.db), before);
      await source.close();
      await target.close();
      opened.length = 0;
    }),
    { numRuns: 30 },
  );
  // The generator really exercised every table of the app's database.
  const db = (await profile('tables')).db;
  expect([...filled].sort()).toEqual(db.tables.map((t) => t.name).sort());
}, 90_000); // A property test: on a machine the reliability runs load, its few seconds can stretch well past the default.

it('opens the backup with the passphrase in use when it was made, and says what it holds in plain words', async () => {
  const [contents] = fc.sample(databaseContents, { numRuns: 1, seed: 42 });
  if (!contents) throw new Error('no sample');
  const source = await profile('source', keyring);
  await fill(source.db, contents);
  const before = await dump(source.db);
  const made = await source.service.makeBackup();
  expect(made.fileName).toBe('team-around-backup-2026-11-23.tabackup');

  const target = await profile('target');
  const inspected = await target.service.inspectBackup(made.bytes, { passphrase: PASSPHRASE });
  if (!inspected.ok) throw new Error(inspected.message);
  expect(inspected.backup.createdAt).toBe(NOW.toISOString());
  const families = contents.families.length;
  expect(inspected.backup.summary).toContain(`${families} ${families === 1 ? 'family' : 'families'}, `);
  expect(inspected.backup.counts.find((c) => c.table === 'audit')?.count).toBe(contents.audit.length);
  await target.service.restoreBackup(inspected.backup);
  expectRestoredExactly(await dump(target.db), before);
});
