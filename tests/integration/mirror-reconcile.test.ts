/**
 * After a reset of the IndexedDB store (simulated by deleting the databases on fake-indexeddb):
 * the keyring comes back from the mirror's copy, the passphrase still opens it, and the mirrored
 * drafts and meeting records are put back, never over a row the database already has.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKey, type DataKey } from '../../renderer/data/crypto/data-key';
import { KeySession } from '../../renderer/data/crypto/key-session';
import { KeyringStore } from '../../renderer/data/crypto/keyring-store';
import { createKeyring, unlockWithPassphrase } from '../../renderer/data/crypto/keys';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { MemoryFileStore } from '../../renderer/data/mirror/file-store';
import { settleIndexedDb } from '../../renderer/data/mirror/indexeddb-start';
import { keepKeyringCopy, restoreKeyringFromMirror } from '../../renderer/data/mirror/keyring-copy';
import { mirrorMiddleware } from '../../renderer/data/mirror/mirror-middleware';
import { RecentWorkMirror } from '../../renderer/data/mirror/recent-work-mirror';
import { GENERATION_SETTING, reconcileWithMirror } from '../../renderer/data/mirror/reconcile';
import { createDraftRepository } from '../../renderer/data/repositories/drafts';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/schema';
import { meetingRecord } from './mirror-fixtures';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const isNotes = (v: unknown): v is { notes: string } => typeof v === 'object' && v !== null && typeof (v as { notes?: unknown }).notes === 'string';

let n = 0;
let name: string;
let files: MemoryFileStore;
let key: DataKey;
const open: TeamAroundDatabase[] = [];

/** A launch of the app: a fresh mirror over the same files, and the database unlocked with `dataKey`. */
async function launch(dataKey: DataKey = key): Promise<{ db: TeamAroundDatabase; mirror: RecentWorkMirror; session: KeySession }> {
  const session = new KeySession();
  session.unlock(dataKey);
  const mirror = new RecentWorkMirror(async () => files);
  const db = new TeamAroundDatabase(name, { encryption: session });
  db.use(mirrorMiddleware(mirror));
  await db.open();
  open.push(db);
  return { db, mirror, session };
}

/** What Chromium does now and then after a kill: the whole IndexedDB store is gone. */
async function resetStore(db: TeamAroundDatabase): Promise<void> {
  db.close();
  await Dexie.delete(name);
}

beforeEach(() => {
  name = `mirror-reconcile-${++n}`;
  files = new MemoryFileStore();
  key = generateDataKey();
});

afterEach(async () => {
  for (const db of open.splice(0)) db.close();
  await Dexie.delete(name);
});

describe('reconciling the database with the mirror after unlocking', () => {
  it('starts a generation on first use, and is in step on every unlock after', async () => {
    const { db, mirror, session } = await launch();
    expect(await reconcileWithMirror(db, mirror, session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'started' });
    const generation = ((await db.settings.get(GENERATION_SETTING))?.value as { generation: string }).generation;
    expect(generation).toMatch(/^[0-9a-f]{32}$/);
    expect((await mirror.manifest()).generation).toBe(generation);
    db.close();
    const again = await launch();
    expect(await reconcileWithMirror(again.db, again.mirror, again.session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'in-step' });
  });

  it('puts back every draft and meeting record into a database that was reset, exactly as saved', async () => {
    const first = await launch();
    await reconcileWithMirror(first.db, first.mirror, first.session, CURRENT_SCHEMA_VERSION);
    const drafts = createDraftRepository(first.db);
    await drafts.save('family-form:new', { notes: 'Grandad will pick up on Tuesdays' });
    await drafts.save('meeting-minutes:abc', { notes: 'First draft' });
    await drafts.save('meeting-minutes:abc', { notes: 'Second draft, the one that counts' });
    const record = meetingRecord('meeting-1', 'family-1', 'Mum says mornings are hardest');
    await first.db.meetingRecords.put(record);
    const savedDrafts = await first.db.drafts.toArray();
    await resetStore(first.db);

    const second = await launch();
    expect(await second.db.drafts.count()).toBe(0);
    expect(await reconcileWithMirror(second.db, second.mirror, second.session, CURRENT_SCHEMA_VERSION)).toEqual({
      kind: 'rebuilt',
      restored: 3,
      alreadyPresent: 0,
      unreadable: 0,
    });
    expect(await second.db.drafts.toArray()).toEqual(savedDrafts);
    expect((await createDraftRepository(second.db).load('meeting-minutes:abc', isNotes))?.value).toEqual({ notes: 'Second draft, the one that counts' });
    expect(await second.db.meetingRecords.get('meeting-1')).toEqual(record);
    // The database now belongs to the same generation again: the next unlock does nothing.
    expect(await reconcileWithMirror(second.db, second.mirror, second.session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'in-step' });
  });

  it('puts back rows mirrored before any generation was recorded (the kill came first)', async () => {
    const first = await launch();
    await createDraftRepository(first.db).save('family-form:new', { notes: 'typed before the first check' });
    await resetStore(first.db);

    const second = await launch();
    expect(await reconcileWithMirror(second.db, second.mirror, second.session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'rebuilt', restored: 1, alreadyPresent: 0, unreadable: 0 });
    expect((await second.db.drafts.get('family-form:new'))?.value).toEqual({ notes: 'typed before the first check' });
    const generation = ((await second.db.settings.get(GENERATION_SETTING))?.value as { generation: string }).generation;
    expect((await second.mirror.manifest()).generation).toBe(generation);
  });

  it('never puts an older copy over a row the rebuilt database already has', async () => {
    const first = await launch();
    await reconcileWithMirror(first.db, first.mirror, first.session, CURRENT_SCHEMA_VERSION);
    await createDraftRepository(first.db).save('family-form:new', { notes: 'older' });
    await resetStore(first.db);

    const second = await launch();
    await second.db.drafts.put({ key: 'family-form:new', value: { notes: 'newer, typed since' }, savedAt: '2026-11-23T12:00:00.000Z' });
    expect(await reconcileWithMirror(second.db, second.mirror, second.session, CURRENT_SCHEMA_VERSION)).toMatchObject({ kind: 'rebuilt', restored: 0, alreadyPresent: 1 });
    expect((await second.db.drafts.get('family-form:new'))?.value).toEqual({ notes: 'newer, typed since' });
  });

  it('cannot put back copies sealed with another key, and says how many', async () => {
    const first = await launch();
    await reconcileWithMirror(first.db, first.mirror, first.session, CURRENT_SCHEMA_VERSION);
    await createDraftRepository(first.db).save('family-form:new', { notes: 'text' });
    await resetStore(first.db);

    const other = await launch(generateDataKey());
    expect(await reconcileWithMirror(other.db, other.mirror, other.session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'rebuilt', restored: 0, alreadyPresent: 0, unreadable: 1 });
    expect(await other.db.drafts.count()).toBe(0);
  });

  it('follows a database that carries another generation (a backup restored from elsewhere)', async () => {
    const { db, mirror, session } = await launch();
    await reconcileWithMirror(db, mirror, session, CURRENT_SCHEMA_VERSION);
    await db.settings.put({ key: GENERATION_SETTING, value: { generation: 'from-another-computer' } });
    expect(await reconcileWithMirror(db, mirror, session, CURRENT_SCHEMA_VERSION)).toEqual({ kind: 'adopted' });
    expect((await mirror.manifest()).generation).toBe('from-another-computer');
  });
});

describe('the keyring copy', () => {
  const keyringNames: string[] = [];
  afterEach(async () => {
    for (const keyringName of keyringNames.splice(0)) await Dexie.delete(keyringName);
  });

  it('brings the keyring back after the store was reset, and the passphrase still opens it', async () => {
    const keyringName = `mirror-keyring-${n}`;
    keyringNames.push(keyringName);
    const keyring = new KeyringStore(keyringName);
    const created = await createKeyring(PASSPHRASE);
    await keyring.saveEnvelope(created.envelope);
    await keyring.saveEncryptions(created.envelope.keyId, 1234);
    const mirror = new RecentWorkMirror(async () => files);
    await keepKeyringCopy(mirror, (await keyring.load())!);
    keyring.close();
    await Dexie.delete(keyringName);

    const fresh = new KeyringStore(keyringName);
    expect(await fresh.load()).toBeUndefined();
    const restored = await restoreKeyringFromMirror(new RecentWorkMirror(async () => files), fresh);
    expect(restored).toEqual({ envelope: created.envelope, encryptions: 1234 });
    expect(await fresh.load()).toEqual({ envelope: created.envelope, encryptions: 1234 });
    const unlocked = await unlockWithPassphrase((await fresh.load())!.envelope, PASSPHRASE);
    expect(unlocked.id).toBe(created.dataKey.id);
    expect(unlocked.bytes).toEqual(created.dataKey.bytes);
    fresh.close();
  });

  it('keeps no copy it cannot trust: a damaged envelope means a real first run', async () => {
    const keyringName = `mirror-keyring-damaged-${n}`;
    keyringNames.push(keyringName);
    const mirror = new RecentWorkMirror(async () => files);
    await mirror.saveManifest({ keyring: { envelope: { format: 'team-around-key-envelope', version: 1 }, encryptions: 0 } });
    const keyring = new KeyringStore(keyringName);
    expect(await restoreKeyringFromMirror(mirror, keyring)).toBeUndefined();
    expect(await keyring.load()).toBeUndefined();
    keyring.close();
  });
});

describe('the first touch of IndexedDB after a start', () => {
  function factory(failures: number): IDBFactory {
    let calls = 0;
    return {
      databases: async () => {
        calls += 1;
        if (calls <= failures) throw new DOMException('Internal error opening backing store for indexedDB.open.', 'UnknownError');
        return [{ name: 'team-around', version: 50 }];
      },
    } as unknown as IDBFactory;
  }

  it('asks again when the engine fails while it rebuilds a damaged store', async () => {
    expect(await settleIndexedDb(factory(1))).toEqual(['team-around']);
  });

  it('gives up with the engine’s error when it never answers', async () => {
    await expect(settleIndexedDb(factory(10))).rejects.toThrow('Internal error opening backing store');
  });
});
