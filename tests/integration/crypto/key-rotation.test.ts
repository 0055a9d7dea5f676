/**
 * Rotating the data key (docs/decisions/0044) on fake-indexeddb: every row of every table ends up
 * sealed with the new key (read raw), records read the same throughout, and an interruption at any
 * step of a small store (before each batch, and at each write of the finish) resumes on the next
 * unlock to the same end. The old key then opens nothing: not the envelope, not quick unlock.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type DataKey } from '../../../renderer/data/crypto/data-key';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { beginRotation, finishedEnvelope, sessionKeys, type BegunRotation } from '../../../renderer/data/crypto/key-rotation';
import { changePassphrase, createKeyring, unlockWithPassphrase, unlockWithRecoveryKey, type KeyEnvelope, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import { sealRecord } from '../../../renderer/data/crypto/record-sealing';
import { countRowsByKey, sealedKeyId } from '../../../renderer/data/crypto/sealed-key-ids';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { beginKeyRotation, continueKeyRotation, type RotationDeps } from '../../../renderer/data/lock/key-rotation';
import { MemoryFileStore } from '../../../renderer/data/mirror/file-store';
import { mirrorMiddleware } from '../../../renderer/data/mirror/mirror-middleware';
import { RecentWorkMirror } from '../../../renderer/data/mirror/recent-work-mirror';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { createBackupService } from '../../../renderer/data/backup/backup-service';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';
import type { Meeting } from '../../../shared/domain/meeting';
import { summariseMeeting } from '../../../shared/domain/meeting-summary';
import { familyListPages } from '../../../shared/domain/family-list-page';
import type { FamilySummary } from '../../../shared/domain/family-summary';
import { databaseContents, type DatabaseContents } from '../backup/arbitraries';
import { dump, fill } from '../backup/support';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const NOW = new Date('2026-11-23T10:15:00.000Z');
const BATCH = 2;

let keyring: NewKeyring;
let begun: BegunRotation;
let contents: DatabaseContents;
let n = 0;
const cleanups: Array<() => Promise<void>> = [];

beforeAll(async () => {
  keyring = await createKeyring(PASSPHRASE, { now: NOW });
  begun = await beginRotation(keyring.envelope, keyring.dataKey, PASSPHRASE, { now: NOW });
  // A small store with rows in every table: each table's from the first sample that has some.
  const samples: DatabaseContents[] = fc.sample(databaseContents, { numRuns: 30, seed: 7 });
  contents = {};
  for (const table of Object.keys(samples[0] ?? {})) contents[table] = (samples.find((c) => (c[table]?.length ?? 0) > 0)?.[table] ?? []).slice(0, 3);
  // Each meeting's summary beside it, as the meetings repository keeps it: rotation keeps them in step (0057).
  contents.meetingSummaries = (contents.meetings ?? []).map((m) => summariseMeeting(m as Meeting));
  // And the families list's pages, made from the summaries (0060).
  contents.familyListPages = familyListPages((contents.familySummaries ?? []) as FamilySummary[]);
  // And a home status row per family with a plan (dates only, 0064): rotation re-seals them too.
  contents.homeStatus = [...new Set((contents.plans ?? []).map((p) => (p as { familyId: string }).familyId))].map((id) => ({ id, dueFrom: '2026-11-23' }));
}, 30_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

interface Profile {
  name: string;
  store: KeyringStore;
  files: MemoryFileStore;
  /** An app start and unlock: a new session, mirror and connection over the same databases. */
  launch(session: KeySession): Promise<{ db: TeamAroundDatabase; mirror: RecentWorkMirror }>;
}

async function profile(): Promise<Profile> {
  const name = `rotation-${++n}`;
  const store = new KeyringStore(`${name}-keyring`);
  const files = new MemoryFileStore();
  const opened: TeamAroundDatabase[] = [];
  cleanups.push(async () => {
    for (const db of opened) db.close();
    store.close();
    await Dexie.delete(name);
    await Dexie.delete(`${name}-keyring`);
  });
  return {
    name,
    store,
    files,
    async launch(session) {
      const mirror = new RecentWorkMirror(async () => files);
      const db = new TeamAroundDatabase(name, { encryption: session });
      db.use(mirrorMiddleware(mirror));
      await db.open();
      opened.push(db);
      return { db, mirror };
    },
  };
}

function unlocked(key: DataKey, retired: DataKey[] = []): KeySession {
  const session = new KeySession();
  session.unlock(key, { retired });
  return session;
}

/** A store with the sample's rows (every table), sealed with the old key, and a few audit entries. */
async function filledProfile(): Promise<Profile> {
  const p = await profile();
  await p.store.saveEnvelope(keyring.envelope);
  const { db } = await p.launch(unlocked(keyring.dataKey));
  await fill(db, contents);
  const audit = createAuditRepository(db, () => 'Jo Chair', () => NOW);
  await audit.record({ action: 'unlock', recordType: 'app', recordId: 'lock' });
  db.close();
  return p;
}

function deps(p: Profile, db: TeamAroundDatabase, session: KeySession, mirror: RecentWorkMirror, extra: Partial<RotationDeps> = {}): RotationDeps {
  return {
    db,
    session,
    keyring: p.store,
    audit: createAuditRepository(db, () => 'Jo Chair', () => NOW),
    mirror,
    countRowsByKey: () => countRowsByKey(p.name),
    batchSize: BATCH,
    ...extra,
  };
}

/**
 * What an unlock with the passphrase does: the key the envelope names, then both keys while a
 * rotation is in progress. The envelope's key is taken as known rather than derived again (the
 * passphrase's slots are checked apart), to keep the many runs quick.
 */
async function unlockSession(p: Profile): Promise<KeySession> {
  const envelope = await envelopeOf(p);
  const key = [keyring.dataKey, begun.newKey].find((k) => k.id === envelope.keyId);
  if (!key) throw new Error('no key for this envelope');
  const keys = await sessionKeys(envelope, key);
  return unlocked(keys.current, keys.retired);
}

async function envelopeOf(p: Profile): Promise<KeyEnvelope> {
  const stored = await p.store.load();
  if (!stored) throw new Error('no keyring');
  return stored.envelope;
}

describe('rotating the data key', () => {
  it('re-encrypts every row of every table with the new key, drops the old key and records it once', async () => {
    const p = await filledProfile();
    const session = unlocked(keyring.dataKey);
    const { db, mirror } = await p.launch(session);
    const before = await dump(db);
    const forgotten: string[] = [];

    const started = await beginKeyRotation(deps(p, db, session, mirror), PASSPHRASE, { now: NOW });
    expect(started.ok && started.recoveryKey).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){8}$/);
    const newKeyId = session.currentKey().id;
    expect((await envelopeOf(p)).rotation?.keyId).toBe(newKeyId);
    const progress: number[] = [];
    const outcome = await continueKeyRotation(deps(p, db, session, mirror, { onProgress: (p) => progress.push(p.done), forgetQuickUnlock: async () => void forgotten.push('forgotten') }));

    expect(outcome).toBe('finished');
    const raw = await countRowsByKey(p.name);
    expect([...raw.keys()]).toEqual([newKeyId]);
    for (const table of db.tables) expect(await table.count(), table.name).toBeGreaterThan(0);
    expect(progress.at(-1)).toBeGreaterThanOrEqual(Object.values(contents).flat().length);
    const after = await dump(db);
    expect({ ...after, audit: after.audit?.slice(0, before.audit?.length), settings: 'checked below' }).toEqual({ ...before, settings: 'checked below' });
    const changes = (after.audit ?? []).slice(before.audit?.length).map((e) => (e as { recordId: string }).recordId);
    expect(changes).toEqual(['data-key']);
    expect(await createAuditRepository(db, () => 'Jo Chair').verify()).toMatchObject({ ok: true });

    const envelope = await envelopeOf(p);
    expect(envelope.rotation).toBeUndefined();
    expect(envelope.keyId).toBe(newKeyId);
    expect((await unlockWithPassphrase(envelope, PASSPHRASE)).id).toBe(newKeyId);
    expect((await unlockWithRecoveryKey(envelope, started.ok ? (started.recoveryKey ?? '') : '')).id).toBe(newKeyId);
    await expect(unlockWithRecoveryKey(envelope, keyring.recoveryKey)).rejects.toMatchObject({ problem: 'wrong-recovery-key' });
    // The old key (as quick unlock kept it) opens nothing now, and quick unlock was forgotten.
    await expect(sessionKeys(envelope, keyring.dataKey)).rejects.toMatchObject({ problem: 'wrong-key' });
    expect(() => session.keyById(keyring.dataKey.id)).not.toThrow();
    expect(session.keyById(keyring.dataKey.id)).toBeUndefined();
    expect(forgotten).toEqual(['forgotten']);
    // A backup made now opens with the passphrase, under the new key.
    const backups = createBackupService({ db, session, keyring: p.store, audit: createAuditRepository(db, () => 'Jo Chair', () => NOW), now: () => NOW });
    const backup = await backups.makeBackup();
    const openedBackup = await backups.unlockBackupKey(backup.bytes, { passphrase: PASSPHRASE });
    expect(openedBackup.ok && openedBackup.key.id).toBe(newKeyId);
    // The mirror's copies and its copy of the envelope follow.
    const copies = await mirror.rows();
    expect(copies.length).toBeGreaterThan(0);
    expect(new Set(copies.map((c) => sealedKeyId(c.row)))).toEqual(new Set([newKeyId]));
    expect((await mirror.manifest()).keyring?.envelope).toEqual(envelope);
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const p = await filledProfile();
    const session = unlocked(keyring.dataKey);
    const { db, mirror } = await p.launch(session);
    const result = await beginKeyRotation(deps(p, db, session, mirror), 'not the passphrase at all', { now: NOW });
    expect(result).toEqual({ ok: false, message: 'That is not your passphrase. Check Caps Lock and try again.' });
    expect((await envelopeOf(p)).rotation).toBeUndefined();
    expect(session.currentKey().id).toBe(keyring.dataKey.id);
  });

  it('keeps the recovery key when it is given', async () => {
    const kept = await beginRotation(keyring.envelope, keyring.dataKey, PASSPHRASE, { recoveryKey: keyring.recoveryKey, now: NOW });
    expect(kept.recoveryKey).toBeUndefined();
    expect((await unlockWithRecoveryKey(finishedEnvelope(kept.envelope), keyring.recoveryKey)).id).toBe(kept.newKey.id);
  });

  it('opens both keys during a rotation from any way in: passphrase, old or new recovery key, old key (quick unlock)', async () => {
    const envelope = begun.envelope;
    const ways = [
      await unlockWithPassphrase(envelope, PASSPHRASE),
      await unlockWithRecoveryKey(envelope, keyring.recoveryKey),
      await unlockWithRecoveryKey(envelope, begun.recoveryKey ?? ''),
      keyring.dataKey,
    ];
    for (const key of ways) {
      const keys = await sessionKeys(envelope, key);
      expect(keys.current).toEqual(begun.newKey);
      expect(keys.retired).toEqual([keyring.dataKey]);
    }
  });

  it('changes the new key’s passphrase slot too when the passphrase changes during a rotation', async () => {
    const NEW = 'lantern pebble harbour violin';
    await expect(changePassphrase(begun.envelope, keyring.dataKey, NEW)).rejects.toMatchObject({ problem: 'wrong-key' });
    const changed = await changePassphrase(begun.envelope, keyring.dataKey, NEW, {}, begun.newKey);
    expect((await unlockWithPassphrase(changed, NEW)).id).toBe(keyring.dataKey.id);
    expect((await unlockWithPassphrase(finishedEnvelope(changed), NEW)).id).toBe(begun.newKey.id);
    await expect(unlockWithPassphrase(finishedEnvelope(changed), PASSPHRASE)).rejects.toMatchObject({ problem: 'wrong-passphrase' });
  });

  it('makes backups during a rotation that open with the passphrase, under the new key', async () => {
    const p = await filledProfile();
    await p.store.saveEnvelope(begun.envelope);
    const session = await unlockSession(p);
    const { db } = await p.launch(session);
    const service = createBackupService({ db, session, keyring: p.store, audit: createAuditRepository(db, () => 'Jo Chair', () => NOW), now: () => NOW });
    const made = await service.makeBackup();
    const opened = await service.unlockBackupKey(made.bytes, { passphrase: PASSPHRASE });
    expect(opened.ok && opened.key.id).toBe(begun.newKey.id);
  });

  it('re-seals a mirror copy whose row is no longer in the database', async () => {
    const p = await filledProfile();
    const session = unlocked(keyring.dataKey);
    const { db, mirror } = await p.launch(session);
    const layout = { table: 'drafts', clearPaths: ['key'], primaryKeyOf: (row: object) => (row as { key: string }).key };
    const orphan = sealRecord(layout, { key: 'orphan', value: { notes: 'kept' }, savedAt: NOW.toISOString() }, keyring.dataKey, CURRENT_SCHEMA_VERSION);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'orphan', row: orphan }]);
    await beginKeyRotation(deps(p, db, session, mirror), PASSPHRASE, { now: NOW });
    await continueKeyRotation(deps(p, db, session, mirror));
    const copy = (await mirror.rows()).find((c) => c.key === 'orphan');
    expect(sealedKeyId(copy?.row)).toBe(session.currentKey().id);
  });
});

describe('an interrupted rotation', () => {
  /** Calls to `shouldStop` in an uninterrupted pass of the sample store: one before each batch. */
  async function batchesInAPass(): Promise<number> {
    const p = await filledProfile();
    await p.store.saveEnvelope(begun.envelope);
    const session = await unlockSession(p);
    const { db, mirror } = await p.launch(session);
    let calls = 0;
    await continueKeyRotation(deps(p, db, session, mirror, { shouldStop: () => (calls++, false) }));
    return calls;
  }

  it('resumes from every step of a small store to the same end, every record readable throughout', async () => {
    const steps = await batchesInAPass();
    expect(steps).toBeGreaterThan(19);
    // Each stop point k: the pass stops before its k-th batch (k = 0: the journal is written, nothing else).
    // Then the finish is cut at each of its writes: the audit entry, the envelope, the mirror's copy.
    const cuts: Array<{ stopAt?: number; failAt?: 'envelope' | 'mirror' }> = [
      ...Array.from({ length: steps }, (_, k) => ({ stopAt: k })),
      { failAt: 'envelope' },
      { failAt: 'mirror' },
    ];
    let mixed = 0;
    for (const cut of cuts) {
      const p = await filledProfile();
      const plain = await p.launch(unlocked(keyring.dataKey));
      const before = await dump(plain.db);
      plain.db.close();
      await p.store.saveEnvelope(begun.envelope);
      const first = await unlockSession(p);
      const { db, mirror } = await p.launch(first);
      let calls = 0;
      const saveEnvelope = p.store.saveEnvelope.bind(p.store);
      const store = {
        load: () => p.store.load(),
        saveEnvelope: async (envelope: KeyEnvelope) => {
          if (cut.failAt === 'envelope' && !envelope.rotation) throw new Error('killed before the envelope was written');
          await saveEnvelope(envelope);
          if (cut.failAt === 'mirror' && !envelope.rotation) throw new Error('killed before the mirror copy was written');
        },
      };
      const outcome = await continueKeyRotation({ ...deps(p, db, first, mirror, { shouldStop: () => cut.stopAt !== undefined && calls++ >= cut.stopAt }), keyring: store }).catch(() => 'killed');
      expect(outcome).not.toBe('finished');
      db.close();

      // Reopened part way: every record reads as before, whichever key sealed it.
      const keysFound = await countRowsByKey(p.name);
      if (keysFound.size > 1) mixed += 1;
      const second = await unlockSession(p);
      const reopened = await p.launch(second);
      const during = await dump(reopened.db);
      expect({ ...during, settings: null, audit: during.audit?.slice(0, before.audit?.length) }).toEqual({ ...before, settings: null });
      const done = await continueKeyRotation(deps(p, reopened.db, second, reopened.mirror));
      expect(done).toBe('finished');

      const after = await dump(reopened.db);
      expect({ ...after, settings: null, audit: after.audit?.slice(0, before.audit?.length) }).toEqual({ ...before, settings: null });
      const recorded = (after.audit ?? []).filter((e) => (e as { recordId: string }).recordId === 'data-key');
      expect(recorded).toHaveLength(1);
      expect([...(await countRowsByKey(p.name)).keys()]).toEqual([begun.newKey.id]);
      const envelope = await envelopeOf(p);
      expect(envelope).toEqual(finishedEnvelope(begun.envelope));
      await cleanups.shift()?.();
    }
    expect(mixed).toBeGreaterThan(steps / 2);
    expect((await unlockWithPassphrase(finishedEnvelope(begun.envelope), PASSPHRASE)).id).toBe(begun.newKey.id);
  }, 120_000);
});
