/**
 * The second copy of recent work (docs/decisions/0018) on fake-indexeddb, with its files in memory:
 * the mirror's slots and newest-wins rule, and the middleware that writes a copy of each committed
 * draft or meeting record before the save is reported.
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKey } from '../../renderer/data/crypto/data-key';
import { KeySession } from '../../renderer/data/crypto/key-session';
import { SEALED_FIELD } from '../../renderer/data/crypto/record-sealing';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { MemoryFileStore, type MirrorFileStore } from '../../renderer/data/mirror/file-store';
import { decodeMirrorFile, encodeMirrorFile, rowBaseName } from '../../renderer/data/mirror/mirror-file';
import { mirrorMiddleware } from '../../renderer/data/mirror/mirror-middleware';
import { RecentWorkMirror, type MirrorLimits } from '../../renderer/data/mirror/recent-work-mirror';
import { createDraftRepository } from '../../renderer/data/repositories/drafts';
import { meetingRecord } from './mirror-fixtures';

const CANARY = 'Obadiah Crumplehorn missed the dentist again';

function mirrorOver(store: MirrorFileStore, limits: Partial<MirrorLimits> = {}, now: () => number = Date.now): RecentWorkMirror {
  return new RecentWorkMirror(async () => store, { limits, now });
}

function sealedRow(key: string, text: string): Record<string, unknown> {
  // Stands in for a sealed row: the mirror only checks the shape, the middleware checks the seal.
  return { key, [SEALED_FIELD]: new TextEncoder().encode(text) };
}

function textOf(row: Record<string, unknown> | undefined): string {
  return new TextDecoder().decode(row?.[SEALED_FIELD] as Uint8Array);
}

function contains(haystack: Uint8Array, text: string): boolean {
  return Buffer.from(haystack).includes(Buffer.from(text, 'utf8')) || Buffer.from(haystack).includes(Buffer.from(text, 'utf16le'));
}

describe('the mirror file format', () => {
  it('reads back what it wrote, and refuses a file that was cut short or changed', () => {
    const bytes = encodeMirrorFile({ kind: 'row', seq: 42, body: { table: 'drafts', key: 'k', row: null } });
    expect(decodeMirrorFile(bytes)).toEqual({ kind: 'row', seq: 42, body: { table: 'drafts', key: 'k', row: null } });
    expect(decodeMirrorFile(bytes.subarray(0, bytes.length - 1))).toBeUndefined();
    const changed = new Uint8Array(bytes);
    changed[30] = (changed[30] ?? 0) ^ 1;
    expect(decodeMirrorFile(changed)).toBeUndefined();
    // Old bytes left after the end (a shorter write over a longer file, killed before truncating) are ignored.
    expect(decodeMirrorFile(Uint8Array.from([...bytes, 1, 2, 3]))?.seq).toBe(42);
  });

  it('names a row by a hash of its table and key, never by what the key says', () => {
    const name = rowBaseName('drafts', 'family-form:Crumplehorn');
    expect(name).toMatch(/^r-[0-9a-f]{32}$/);
    expect(rowBaseName('meetingRecords', 'family-form:Crumplehorn')).not.toBe(name);
  });
});

describe('the recent work mirror', () => {
  it('keeps the newest copy of each row in two slots, and the newest wins after reopening', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'first') }]);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'second') }]);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'third') }]);
    expect([...store.files.keys()].sort()).toEqual([`${rowBaseName('drafts', 'a')}-a`, `${rowBaseName('drafts', 'a')}-b`]);
    const reopened = mirrorOver(store);
    const rows = await reopened.rows();
    expect(rows.map((r) => [r.table, r.key, textOf(r.row)])).toEqual([['drafts', 'a', 'third']]);
    expect(reopened.health).toEqual({ state: 'working' });
  });

  it('falls back to the older slot when the newest was torn by a kill', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'older') }]);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'newer') }]);
    const newest = `${rowBaseName('drafts', 'a')}-b`;
    store.files.set(newest, store.files.get(newest)!.subarray(0, 20));
    const rows = await mirrorOver(store).rows();
    expect(rows.map((r) => textOf(r.row))).toEqual(['older']);
  });

  it('keeps the previous copy when a write fails, says so, and recovers on the next good write', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'kept') }]);
    store.failWrites = true;
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'lost') }]);
    expect(mirror.health).toEqual({ state: 'failing', reason: 'The disk is full.' });
    expect((await mirror.rows()).map((r) => textOf(r.row))).toEqual(['kept']);
    store.failWrites = false;
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'again') }]);
    expect(mirror.health).toEqual({ state: 'working' });
    expect((await mirrorOver(store).rows()).map((r) => textOf(r.row))).toEqual(['again']);
  });

  it('never brings back a deleted row, even if the kill came before its files were removed', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'gone', row: sealedRow('gone', 'text') }]);
    const before = new Map(store.files);
    await mirror.apply([{ type: 'delete', table: 'drafts', key: 'gone' }]);
    expect(store.files.size).toBe(0);
    expect(await mirror.rows()).toEqual([]);

    // The tombstone was written to the free slot, then the kill: the old copy is still on disk.
    const tomb = new MemoryFileStore();
    for (const [name, bytes] of before) tomb.files.set(name, bytes);
    const seq = decodeMirrorFile(before.values().next().value!)!.seq;
    tomb.files.set(`${rowBaseName('drafts', 'gone')}-b`, encodeMirrorFile({ kind: 'row', seq: seq + 1, body: { table: 'drafts', key: 'gone', row: null } }));
    const reopened = mirrorOver(tomb);
    expect(await reopened.rows()).toEqual([]);
    expect(tomb.files.size).toBe(0);
  });

  it('removes the rows a range delete covered, and only those', async () => {
    const mirror = mirrorOver(new MemoryFileStore());
    await mirror.apply(['x:1', 'x:2', 'y:1'].map((key) => ({ type: 'put' as const, table: 'drafts', key, row: sealedRow(key, key) })));
    await mirror.apply([{ type: 'put', table: 'meetingRecords', key: 'x:1', row: sealedRow('x:1', 'record') }]);
    await mirror.apply([{ type: 'delete-where', table: 'drafts', matches: (key) => String(key).startsWith('x:') }]);
    expect((await mirror.rows()).map((r) => `${r.table} ${String(r.key)}`).sort()).toEqual(['drafts y:1', 'meetingRecords x:1']);
  });

  it('prunes the oldest rows beyond its limits, never the one just written', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store, { maxRows: 3 });
    for (const key of ['1', '2', '3', '4', '5']) await mirror.apply([{ type: 'put', table: 'drafts', key, row: sealedRow(key, key) }]);
    expect((await mirror.rows()).map((r) => r.key)).toEqual(['3', '4', '5']);
    expect(store.files.size).toBe(3);

    const small = mirrorOver(new MemoryFileStore(), { maxBytes: 1 });
    await small.apply([{ type: 'put', table: 'drafts', key: 'big', row: sealedRow('big', 'x'.repeat(5000)) }]);
    await small.apply([{ type: 'put', table: 'drafts', key: 'bigger', row: sealedRow('bigger', 'y'.repeat(9000)) }]);
    expect((await small.rows()).map((r) => r.key)).toEqual(['bigger']);
  });

  it('counts on even when the clock goes back', async () => {
    let clock = 2_000_000;
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store, {}, () => clock);
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'before') }]);
    clock = 1_000_000;
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'after') }]);
    const rows = await mirrorOver(store, {}, () => clock).rows();
    expect(rows.map((r) => [textOf(r.row), r.seq])).toEqual([['after', 2_000_000_001]]);
  });

  it('keeps a manifest that survives reopening, and clears everything for a new keyring', async () => {
    const store = new MemoryFileStore();
    const mirror = mirrorOver(store);
    expect(await mirror.manifest()).toEqual({ generation: null, keyring: null });
    await mirror.saveManifest({ generation: 'g1' });
    await mirror.saveManifest({ keyring: { envelope: { keyId: 'k' }, encryptions: 3 } });
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'text') }]);
    expect(await mirrorOver(store).manifest()).toEqual({ generation: 'g1', keyring: { envelope: { keyId: 'k' }, encryptions: 3 } });
    await mirror.clear();
    expect(store.files.size).toBe(0);
    expect(await mirrorOver(store).manifest()).toEqual({ generation: null, keyring: null });
  });

  it('does nothing, and says why, when its file store cannot be opened', async () => {
    const mirror = new RecentWorkMirror(() => Promise.reject(new Error('This browser has no private file system.')));
    await mirror.apply([{ type: 'put', table: 'drafts', key: 'a', row: sealedRow('a', 'text') }]);
    expect(await mirror.rows()).toEqual([]);
    expect(await mirror.saveManifest({ generation: 'g' })).toBe(false);
    expect(mirror.health).toEqual({ state: 'unavailable', reason: 'This browser has no private file system.' });
  });
});

/** A store whose writes take a while, to show that a save waits for its copy. */
class SlowStore extends MemoryFileStore {
  delayMs = 30;
  writesStarted = 0;
  hang = false;

  override async write(name: string, bytes: Uint8Array): Promise<void> {
    this.writesStarted += 1;
    if (this.hang) return new Promise(() => undefined);
    await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    await super.write(name, bytes);
  }
}

describe('the mirror middleware', () => {
  let n = 0;
  let name: string;
  let session: KeySession;
  let store: SlowStore;
  let mirror: RecentWorkMirror;
  let db: TeamAroundDatabase;

  function open(options: { encrypted?: boolean; maxWaitMs?: number } = {}): TeamAroundDatabase {
    const next = new TeamAroundDatabase(name, options.encrypted === false ? {} : { encryption: session });
    next.use(mirrorMiddleware(mirror, options.maxWaitMs === undefined ? {} : { maxWaitMs: options.maxWaitMs }));
    return next;
  }

  beforeEach(async () => {
    name = `mirror-test-${++n}`;
    session = new KeySession();
    session.unlock(generateDataKey());
    store = new SlowStore();
    mirror = mirrorOver(store);
    db = open();
    await db.open();
  });

  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  it('reports a draft saved only once its sealed copy is in the mirror, with no plain text in it', async () => {
    const drafts = createDraftRepository(db);
    await drafts.save('family-form:new', { notes: CANARY });
    // No waiting for the mirror here: the save itself waited.
    const files = [...store.files.values()];
    expect(files).toHaveLength(1);
    const copy = decodeMirrorFile(files[0]!);
    expect(copy?.body).toMatchObject({ table: 'drafts', key: 'family-form:new', row: { key: 'family-form:new' } });
    expect(files.some((bytes) => contains(bytes, CANARY) || contains(bytes, 'Crumplehorn'))).toBe(false);
    const rows = await mirror.rows();
    expect(Object.keys(rows[0]!.row).sort()).toEqual(['_sealed', 'key']);
  });

  it('copies meeting records too, in a transaction with other tables, and nothing from other tables', async () => {
    const record = meetingRecord('meeting-1', 'family-1', CANARY);
    await db.transaction('rw', db.meetingRecords, db.families, db.settings, async () => {
      await db.meetingRecords.put(record);
      await db.settings.put({ key: 'area', value: { name: CANARY } });
    });
    const rows = await mirror.rows();
    expect(rows.map((r) => [r.table, r.key])).toEqual([['meetingRecords', 'meeting-1']]);
    expect(rows[0]!.row).toMatchObject({ id: 'meeting-1', familyId: 'family-1' });
    expect([...store.files.values()].some((bytes) => contains(bytes, CANARY))).toBe(false);
  });

  it('copies nothing from a transaction that was rolled back', async () => {
    await expect(
      db.transaction('rw', db.drafts, async () => {
        await db.drafts.put({ key: 'k', value: CANARY, savedAt: '2026-11-23T10:00:00.000Z' });
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    await mirror.idle();
    expect(store.writesStarted).toBe(0);
    expect(await db.drafts.count()).toBe(0);
  });

  it('follows deletes: one key, a range, and a cleared table', async () => {
    const drafts = createDraftRepository(db);
    for (const key of ['plan:1', 'plan:2', 'family-form:1', 'family-form:2']) await drafts.save(key, { notes: key });
    await drafts.clear('family-form:1');
    expect((await mirror.rows()).map((r) => r.key).sort()).toEqual(['family-form:2', 'plan:1', 'plan:2']);
    await db.drafts.where('key').startsWith('plan:').delete();
    expect((await mirror.rows()).map((r) => r.key)).toEqual(['family-form:2']);
    await db.drafts.clear();
    expect(await mirror.rows()).toEqual([]);
    expect(store.files.size).toBe(0);
  });

  it('never copies a row that is not sealed', async () => {
    db.close();
    db = open({ encrypted: false });
    await db.open();
    await createDraftRepository(db).save('family-form:new', { notes: CANARY });
    await mirror.idle();
    expect(store.files.size).toBe(0);
  });

  it('still reports the save when the mirror is stuck, after the longest wait', async () => {
    db.close();
    db = open({ maxWaitMs: 100 });
    await db.open();
    store.hang = true;
    const started = Date.now();
    await createDraftRepository(db).save('family-form:new', { notes: 'text' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(await db.drafts.count()).toBe(1);
  });
});
