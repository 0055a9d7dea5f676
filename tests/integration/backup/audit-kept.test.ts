/**
 * Restoring an older backup keeps this computer's audit entries made since, records the restore,
 * and the whole trail still checks as complete; the same when the backup came from elsewhere.
 */
import { describe, expect, it } from 'vitest';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { NOW, useProfiles, type Profile } from './support';

const { keyring, profile } = useProfiles('each');

async function record(p: Profile, n: number, what: string): Promise<void> {
  const audit = createAuditRepository(p.db, () => 'Jo Chair', () => NOW);
  for (let i = 0; i < n; i++) await audit.record({ action: 'view', recordType: 'family', recordId: `${what}-${i}`, familyId: 'family000001' });
}

async function restore(into: Profile, bytes: Uint8Array) {
  const inspected = await into.service.inspectBackup(bytes, { recoveryKey: keyring().recoveryKey });
  if (!inspected.ok) throw new Error(inspected.message);
  return into.service.restoreBackup(inspected.backup);
}

describe('the audit trail survives a restore', () => {
  it('keeps every entry made on this computer since the backup, adds the restore, and checks as complete', async () => {
    const p = await profile('same', keyring());
    await record(p, 3, 'before');
    const made = await p.service.makeBackup();
    await p.service.recordBackupSaved(made);
    await record(p, 4, 'after');
    const before = await p.db.audit.orderBy('seq').toArray();

    // The backup's own 'saved' entry and the four views came after the backup was made.
    expect(await restore(p, made.bytes)).toEqual({ carriedOver: 5 });
    const after = await p.db.audit.orderBy('seq').toArray();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toHaveLength(before.length + 1);
    expect(after.at(-1)).toMatchObject({ action: 'restore', recordType: 'backup', recordId: `backup-${made.createdAt}` });
    const audit = createAuditRepository(p.db, () => 'Jo Chair', () => NOW);
    expect(await audit.check()).toEqual({ verdict: { ok: true }, entries: before.length + 1 });
  });

  it('carries this computer’s entries over after a backup made elsewhere', async () => {
    const elsewhere = await profile('elsewhere', keyring());
    await record(elsewhere, 2, 'theirs');
    const made = await elsewhere.service.makeBackup();
    const here = await profile('here', keyring());
    await record(here, 5, 'ours');
    const ours = (await here.db.audit.orderBy('seq').toArray()).map((e) => e.recordId);

    expect(await restore(here, made.bytes)).toEqual({ carriedOver: 5 });
    const after = await here.db.audit.orderBy('seq').toArray();
    expect(after.map((e) => e.recordId)).toEqual(['theirs-0', 'theirs-1', ...ours, `backup-${made.createdAt}`]);
    const audit = createAuditRepository(here.db, () => 'Jo Chair', () => NOW);
    expect((await audit.check()).verdict).toEqual({ ok: true });
  });
});
