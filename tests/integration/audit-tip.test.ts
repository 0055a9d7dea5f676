import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import { AUDIT_TIP_KEY } from '../../renderer/data/repositories/audit';
import { separatedFamilyContent } from '../unit/shared/fixtures';

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

beforeEach(async () => {
  db = new TeamAroundDatabase(`audit-tip-test-${++n}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

async function addFamilyWithChanges(changes: number): Promise<string> {
  const content = separatedFamilyContent();
  const family = await repos.families.create(content);
  for (let i = 0; i < changes; i++) await repos.families.update(family.id, content);
  return family.id;
}

describe('the audit trail records its tip with every entry', () => {
  it('keeps the tip equal to the last entry, written in the same transaction', async () => {
    await addFamilyWithChanges(3);
    await repos.audit.record({ action: 'unlock', recordType: 'app', recordId: 'lock' });
    const last = await db.audit.orderBy('seq').last();
    expect(last?.seq).toBe(5);
    expect(await repos.audit.tip()).toEqual({ seq: 5, hash: last?.hash });
    expect((await db.settings.get(AUDIT_TIP_KEY))?.value).toEqual({ seq: 5, hash: last?.hash });
    expect(await repos.audit.check()).toEqual({ verdict: { ok: true }, entries: 5 });
  });

  it('catches entries cut from the end, which the links alone cannot show', async () => {
    await addFamilyWithChanges(4);
    await db.audit.bulkDelete([5, 4]);
    const verdict = await repos.audit.verify();
    expect(verdict).toEqual({ ok: false, brokenAt: 4, reason: 'The log ends before its last recorded entry (5): entries have been removed from the end.' });
    expect((await repos.audit.check()).entries).toBe(3);
  });

  it('catches a log emptied of every entry', async () => {
    await addFamilyWithChanges(1);
    await db.audit.clear();
    expect(await repos.audit.verify()).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('keeps a cut visible after new entries are written: they carry on from the recorded tip', async () => {
    const familyId = await addFamilyWithChanges(4);
    await db.audit.bulkDelete([5, 4]);
    await repos.audit.record({ action: 'view', recordType: 'family', recordId: familyId, familyId });
    expect((await db.audit.orderBy('seq').last())?.seq).toBe(6);
    expect(await repos.audit.verify()).toEqual({ ok: false, brokenAt: 4, reason: 'Entry 4 is missing: the log has been cut before entry 6.' });
  });

  it('writes neither the entry nor the tip when the change they belong to fails', async () => {
    const familyId = await addFamilyWithChanges(0);
    const before = await repos.audit.tip();
    await expect(
      db.transaction('rw', db.families, db.audit, db.settings, async () => {
        await repos.audit.appendWithin({ action: 'update', recordType: 'family', recordId: familyId, familyId });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await repos.audit.tip()).toEqual(before);
    expect(await db.audit.count()).toBe(1);
    expect(await repos.audit.verify()).toEqual({ ok: true });
  });

  it('refuses to append in a transaction that leaves out the settings table', async () => {
    await expect(db.transaction('rw', db.audit, () => repos.audit.appendWithin({ action: 'unlock', recordType: 'app', recordId: 'lock' }))).rejects.toThrow();
    expect(await db.audit.count()).toBe(0);
  });

  it('catches a rewritten tip entry and an edited entry', async () => {
    await addFamilyWithChanges(2);
    const tip = await repos.audit.tip();
    await db.settings.put({ key: AUDIT_TIP_KEY, value: { seq: tip?.seq, hash: '0'.repeat(64) } });
    expect(await repos.audit.verify()).toMatchObject({ ok: false, brokenAt: 3 });
    await db.settings.put({ key: AUDIT_TIP_KEY, value: tip });
    await db.audit.update(2, { actor: 'Someone else' });
    expect(await repos.audit.verify()).toEqual({ ok: false, brokenAt: 2, reason: 'Entry 2 has been changed since it was written.' });
  });

  it('catches the newest entries removed together with the recorded end, and keeps it visible after new entries', async () => {
    for (let cut = 1; cut <= 4; cut++) {
      await db.audit.clear();
      await db.settings.delete(AUDIT_TIP_KEY);
      await addFamilyWithChanges(4);
      const seqs = (await db.audit.orderBy('seq').primaryKeys()).slice(-cut);
      await db.transaction('rw', db.audit, db.settings, async () => {
        await db.audit.bulkDelete(seqs);
        await db.settings.delete(AUDIT_TIP_KEY);
      });
      expect(await repos.audit.verify()).toMatchObject({ ok: false, reason: expect.stringContaining('where the log ends is missing') });
      // Writing on cannot hide it: the trail says what was found, and the check keeps saying so.
      await repos.audit.record({ action: 'unlock', recordType: 'app', recordId: 'lock' });
      const verdict = await repos.audit.verify();
      expect(verdict).toMatchObject({ ok: false, brokenAt: 6 - cut, reason: expect.stringContaining('the record of where the log ended had been removed') });
      expect((await db.audit.get(6 - cut))?.action).toBe('record-altered');
    }
  });
});
