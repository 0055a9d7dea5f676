/**
 * The audit trail's count beside the key envelope (docs/decisions/0045), on fake-indexeddb with the
 * real encrypted database, keyring store, repositories, backup service and key rotation: it goes up
 * with the trail, a trail cut below it (with or without its stored end, or an older end put back) is
 * reported and stays reported, and restores and key rotations keep it true without a false alarm.
 */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { createBackupService, type BackupService } from '../../renderer/data/backup/backup-service';
import { createAuditCount, type AuditCount } from '../../renderer/data/crypto/audit-count';
import { readAuditMark, sealAuditMark, storedMarkSeq } from '../../renderer/data/crypto/audit-mark';
import { KeySession } from '../../renderer/data/crypto/key-session';
import { createKeyring, type NewKeyring } from '../../renderer/data/crypto/keys';
import { KeyringStore } from '../../renderer/data/crypto/keyring-store';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { beginKeyRotation, continueKeyRotation } from '../../renderer/data/lock/key-rotation';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import { AUDIT_TIP_KEY, COUNT_ALTERED, ENTRIES_MISSING, TRAIL_REMOVED } from '../../renderer/data/repositories/audit';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const NOW = new Date('2026-11-23T10:15:00.000Z');

let here: NewKeyring;
let elsewhere: NewKeyring;
beforeAll(async () => {
  [here, elsewhere] = await Promise.all([createKeyring(PASSPHRASE, { now: NOW }), createKeyring(PASSPHRASE, { now: NOW })]);
}, 30_000);

interface Profile {
  name: string;
  store: KeyringStore;
  session: KeySession;
  db: TeamAroundDatabase;
  count: AuditCount;
  repos: Repositories;
  service: BackupService;
  /** The app restarted: a new connection, session, count and repositories over the same databases. */
  reopen(): Promise<Profile>;
}

let n = 0;
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

async function profile(keyring: NewKeyring = here): Promise<Profile> {
  const name = `audit-count-${++n}`;
  const store = new KeyringStore(`${name}-keyring`);
  await store.saveEnvelope(keyring.envelope);
  const opened: TeamAroundDatabase[] = [];
  cleanups.push(async () => {
    for (const db of opened) db.close();
    store.close();
    await Dexie.delete(name);
    await Dexie.delete(`${name}-keyring`);
  });
  const open = async (): Promise<Profile> => {
    const session = new KeySession();
    session.unlock(keyring.dataKey);
    const db = new TeamAroundDatabase(name, { encryption: session });
    await db.open();
    opened.push(db);
    const count = createAuditCount(store, session);
    const repos = createRepositories(db, () => NOW, { auditCount: count });
    const service = createBackupService({ db, session, keyring: store, audit: repos.audit, now: () => NOW });
    return { name, store, session, db, count, repos, service, reopen: open };
  };
  return open();
}

async function views(p: Profile, n: number, what = 'v'): Promise<void> {
  for (let i = 0; i < n; i++) await p.repos.audit.record({ action: 'view', recordType: 'family', recordId: `${what}-${i}`, familyId: 'family000001' });
}

async function addFamily(p: Profile): Promise<void> {
  await p.repos.families.create({
    familyName: 'Okafor',
    carers: [{ id: newId(), name: 'Ada Okafor', relationship: 'Mother', phone: '', email: '' }],
    children: [{ id: newId(), name: 'Tobi Okafor', dateOfBirth: '2017-01-09', school: '' }],
    households: [],
    safetyFlags: [],
  });
}

async function counted(p: Profile): Promise<number | null> {
  await p.count.settled();
  return storedMarkSeq(await p.store.auditMark());
}

async function lastSeq(p: Profile): Promise<number> {
  return (await p.db.audit.orderBy('seq').last())?.seq ?? 0;
}

/** What someone with the disk but not the key can do to the main database: remove rows, put back rows copied earlier. */
async function raw(p: Profile, change: (tx: { audit: Table; settings: Table }) => Promise<unknown>): Promise<void> {
  p.db.close();
  const db = new Dexie(p.name);
  await db.open();
  try {
    await db.transaction('rw', db.table('audit'), db.table('settings'), () => change({ audit: db.table('audit'), settings: db.table('settings') }));
  } finally {
    db.close();
  }
}

/** A settings row as IndexedDB holds it (sealed), copied as someone with the disk could; the profile's connection is closed. */
async function rawSettingsRow(p: Profile, key: string): Promise<unknown> {
  p.db.close();
  const db = new Dexie(p.name);
  await db.open();
  try {
    return await db.table('settings').get(key);
  } finally {
    db.close();
  }
}

async function rawKeyringRow(p: Profile, change: (row: Record<string, unknown>) => Record<string, unknown>): Promise<void> {
  const db = new Dexie(`${p.name}-keyring`);
  await db.open();
  try {
    const row = (await db.table('keyring').get('current')) as Record<string, unknown>;
    await db.table('keyring').put(change(row));
  } finally {
    db.close();
  }
}

describe('the audit count goes up with the trail', () => {
  it('is raised to the newest entry after each write, by entries written with a change or on their own', async () => {
    const p = await profile();
    expect(await counted(p)).toBeNull();
    await addFamily(p);
    expect(await counted(p)).toBe(1);
    await views(p, 3);
    expect(await counted(p)).toBe(4);
    expect(await p.repos.audit.check()).toEqual({ verdict: { ok: true }, entries: 4 });
    expect(readAuditMark(await p.store.auditMark(), (id) => p.session.keyById(id))).toEqual({ kind: 'counted', seq: 4 });
  });

  it('is not raised by a transaction that did not commit', async () => {
    const p = await profile();
    await views(p, 2);
    await expect(
      p.db.transaction('rw', p.db.audit, p.db.settings, async () => {
        await p.repos.audit.appendWithin({ action: 'view', recordType: 'family', recordId: 'lost', familyId: 'family000001' });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await counted(p)).toBe(2);
    expect(await p.repos.audit.check()).toEqual({ verdict: { ok: true }, entries: 2 });
  });

  it('is never lowered by the keyring store', async () => {
    const p = await profile();
    await views(p, 5);
    expect(await counted(p)).toBe(5);
    await p.store.raiseAuditMark(sealAuditMark(2, here.dataKey));
    expect(await counted(p)).toBe(5);
  });
});

describe('a trail shorter than its count is reported', () => {
  it('every entry removed together with the stored end: reported, and still after writing on', async () => {
    const p = await profile();
    await views(p, 4);
    expect(await counted(p)).toBe(4);
    await raw(p, async ({ audit, settings }) => {
      await audit.clear();
      await settings.delete(AUDIT_TIP_KEY);
    });
    const after = await p.reopen();
    expect((await after.repos.audit.check()).verdict).toEqual({
      ok: false,
      brokenAt: 1,
      reason: 'Entries are missing from the end of the record: it is empty, but this computer has made 4 entries.',
    });
    await views(after, 6, 'later');
    const entries = await after.db.audit.orderBy('seq').toArray();
    expect(entries[0]).toMatchObject({ seq: 1, action: 'record-altered', recordType: 'audit', recordId: ENTRIES_MISSING });
    // Noted once, and the trail now passes the count: the note still says what happened.
    expect(entries.filter((e) => e.recordId === ENTRIES_MISSING)).toHaveLength(1);
    expect(entries).toHaveLength(7);
    expect((await after.repos.audit.check()).verdict).toEqual({ ok: false, brokenAt: 1, reason: 'Before entry 1, entries had been removed from the end of the record.' });
  });

  it('the newest entries removed and an older copy of the stored end put back: reported, and still after writing on', async () => {
    const p = await profile();
    await views(p, 3);
    const olderEnd = await rawSettingsRow(p, AUDIT_TIP_KEY);
    const mid = await p.reopen();
    await views(mid, 5, 'newer');
    expect(await counted(mid)).toBe(8);
    await raw(mid, async ({ audit, settings }) => {
      await audit.bulkDelete([4, 5, 6, 7, 8]);
      await settings.put(olderEnd);
    });
    const after = await mid.reopen();
    expect((await after.repos.audit.check()).verdict).toEqual({
      ok: false,
      brokenAt: 4,
      reason: 'Entries are missing from the end of the record: it ends at entry 3, but this computer has made 8 entries.',
    });
    await views(after, 1, 'after');
    expect(await after.db.audit.get(4)).toMatchObject({ action: 'record-altered', recordId: ENTRIES_MISSING });
    expect((await after.repos.audit.check()).verdict).toMatchObject({ ok: false });
  });

  it('a count lowered or removed by hand: reported as changed', async () => {
    const p = await profile();
    await views(p, 6);
    await counted(p);
    await rawKeyringRow(p, (row) => ({ ...row, auditMark: { ...(row.auditMark as object), seq: 3 } }));
    expect((await p.repos.audit.check()).verdict).toMatchObject({
      ok: false,
      reason: 'The count of entries kept with the key information has been changed or removed: entries may be missing from the end of the record.',
    });
    // The store will not write over a count it cannot read as a number, and the check keeps saying so.
    await rawKeyringRow(p, (row) => ({ ...row, auditMark: 'gone' }));
    await views(p, 1, 'after');
    expect(await p.store.auditMark()).toBe('gone');
    expect((await p.repos.audit.check()).verdict).toMatchObject({ ok: false });
  });

  it('the count removed as well as the newest entries, with an older end put back: the end says a count was kept, so reported', async () => {
    const p = await profile();
    await views(p, 1);
    expect(await counted(p)).toBe(1);
    await views(p, 2);
    const olderEnd = await rawSettingsRow(p, AUDIT_TIP_KEY);
    expect(olderEnd).toBeDefined();
    const mid = await p.reopen();
    await views(mid, 3, 'newer');
    expect(await counted(mid)).toBe(6);
    await rawKeyringRow(mid, ({ auditMark: _gone, ...row }) => row);
    await raw(mid, async ({ audit, settings }) => {
      await audit.bulkDelete([4, 5, 6]);
      await settings.put(olderEnd);
    });
    const after = await mid.reopen();
    expect((await after.repos.audit.check()).verdict).toMatchObject({ ok: false, brokenAt: 4, reason: expect.stringContaining('has been changed or removed') });
    await views(after, 1, 'after');
    expect(await after.db.audit.get(4)).toMatchObject({ action: 'record-altered', recordId: COUNT_ALTERED });
    expect((await after.repos.audit.check()).verdict).toMatchObject({ ok: false, brokenAt: 4 });
  });

  it('families on record but no trail at all: reported even without a count, and still after writing on', async () => {
    const p = await profile();
    await addFamily(p);
    await rawKeyringRow(p, ({ auditMark: _gone, ...row }) => row);
    await raw(p, async ({ audit, settings }) => {
      await audit.clear();
      await settings.delete(AUDIT_TIP_KEY);
    });
    const after = await p.reopen();
    expect((await after.repos.audit.check()).verdict).toEqual({
      ok: false,
      brokenAt: 1,
      reason: 'The record is empty, but there are families or meetings on this computer: the record has been removed.',
    });
    await views(after, 1);
    expect(await after.db.audit.get(1)).toMatchObject({ action: 'record-altered', recordId: TRAIL_REMOVED });
    expect((await after.repos.audit.check()).verdict).toMatchObject({ ok: false, brokenAt: 1 });
  });

  it('a new store, with nothing on record and no count yet, checks as complete', async () => {
    const p = await profile();
    expect(await p.repos.audit.check()).toEqual({ verdict: { ok: true }, entries: 0 });
  });
});

describe('restores and key rotation keep the count true', () => {
  it('a backup made here and restored after more entries: the count follows the merged trail, no alarm', async () => {
    const p = await profile();
    await views(p, 3);
    const made = await p.service.makeBackup();
    await p.service.recordBackupSaved(made);
    await views(p, 4, 'after');
    const inspected = p.service.verifyBackup(made.bytes, here.dataKey);
    if (!inspected.ok) throw new Error(inspected.message);
    await p.service.restoreBackup(inspected.backup);
    expect(await counted(p)).toBe(await lastSeq(p));
    expect(await lastSeq(p)).toBe(9);
    expect((await p.repos.audit.check()).verdict).toEqual({ ok: true });
    const later = await p.reopen();
    await views(later, 1, 'later');
    expect((await later.repos.audit.check()).verdict).toEqual({ ok: true });
  });

  it('a backup from another computer, with a longer trail and another key, restored here: no alarm', async () => {
    const there = await profile(elsewhere);
    await views(there, 12, 'theirs');
    const made = await there.service.makeBackup();
    const p = await profile();
    await views(p, 2, 'ours');
    const inspected = p.service.verifyBackup(made.bytes, elsewhere.dataKey);
    if (!inspected.ok) throw new Error(inspected.message);
    await p.service.restoreBackup(inspected.backup);
    expect(await lastSeq(p)).toBe(15);
    expect(await counted(p)).toBe(15);
    expect((await p.repos.audit.check()).verdict).toEqual({ ok: true });
    expect((await (await p.reopen()).repos.audit.check()).verdict).toEqual({ ok: true });
  });

  it('a key rotation seals the count with the new key before the old one goes: it still reads, no alarm', async () => {
    const p = await profile();
    await addFamily(p);
    await views(p, 3);
    const deps = { db: p.db, session: p.session, keyring: p.store, audit: p.repos.audit };
    expect(await beginKeyRotation(deps, PASSPHRASE, { recoveryKey: here.recoveryKey, now: NOW })).toMatchObject({ ok: true });
    expect(await continueKeyRotation(deps)).toBe('finished');
    const stored = await p.store.load();
    expect(stored?.envelope.keyId).not.toBe(here.dataKey.id);
    expect(await p.store.auditMark()).toMatchObject({ seq: await lastSeq(p), keyId: stored?.envelope.keyId });
    expect(p.session.keyById(here.dataKey.id)).toBeUndefined();
    expect((await p.repos.audit.check()).verdict).toEqual({ ok: true });
  });

  it('keeps the count when a passphrase changes or a rotation finishes, and starts without one for a new keyring', async () => {
    const p = await profile();
    await views(p, 2);
    await counted(p);
    const mark = await p.store.auditMark();
    await p.store.saveEnvelope({ ...here.envelope, createdAt: '2026-11-24T09:00:00.000Z' });
    expect(await p.store.auditMark()).toEqual(mark);
    await p.store.saveEnvelope(elsewhere.envelope);
    expect(await p.store.auditMark()).toBeUndefined();
  });
});
