import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchOpener } from '../../../renderer/data/crypto/batch-opening';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { DatabaseLockedError, RecordDecryptionError } from '../../../renderer/data/crypto/errors';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { OpenedCache } from '../../../renderer/data/crypto/opened-cache';
import { SEALED_FIELD, decryptParts, joinOpened, sealRecord, sealedPartsOf, type SealingLayout } from '../../../renderer/data/crypto/record-sealing';
import { TEST_SCHEMA_VERSION, TestDatabase, action } from './test-database';

let n = 0;
let name: string;
let session: KeySession;
let db: TestDatabase;

beforeEach(async () => {
  name = `batch-opening-test-${++n}`;
  session = new KeySession();
  session.unlock(generateDataKey());
  db = new TestDatabase(name, session);
  await db.open();
});

afterEach(async () => {
  vi.restoreAllMocks();
  db.close();
  await Dexie.delete(name);
});

const actions = ['a', 'b', 'c', 'd', 'e'].map((id, i) => action(id, `2026-11-0${i + 1}`, 1));
const layout: SealingLayout = { table: 'actions', clearPaths: ['id', 'familyId', 'meetingId', 'isOpen', 'dueDate'], primaryKeyOf: (row) => (row as { id: string }).id };
const options = (s: KeySession) => ({ keyById: (id: string) => s.keyById(id), schemaVersion: TEST_SCHEMA_VERSION, acceptUnsealedRows: false });

describe('reads of several rows in a transaction of their own', () => {
  it('are decrypted together with Web Crypto, to the same records', async () => {
    await db.actions.bulkPut(actions);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    expect(await db.actions.orderBy('id').limit(10).toArray()).toEqual(actions);
    await db.actions.put({ ...actions[0]!, what: 'Changed' });
    await db.actions.put({ ...actions[4]!, what: 'Changed too' });
    expect(await db.actions.bulkGet(['e', 'missing', 'a'])).toEqual([{ ...actions[4], what: 'Changed too' }, undefined, { ...actions[0], what: 'Changed' }]);
    expect(decrypt).toHaveBeenCalledTimes(actions.length + 2);
  });

  it('inside db.transaction() stay synchronous, so a write can follow in the same transaction', async () => {
    await db.actions.bulkPut(actions);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    await db.transaction('rw', db.actions, async () => {
      const rows = await db.actions.where('familyId').equals('family-1').toArray();
      await db.actions.bulkPut(rows.map((r) => ({ ...r, what: `${r.what} again` })));
    });
    await db.transaction('r', db.actions, async () => {
      expect(await db.actions.toArray()).toHaveLength(actions.length);
      expect(await db.actions.bulkGet(['a', 'b'])).toHaveLength(2);
    });
    expect(decrypt).not.toHaveBeenCalled();
    expect((await db.actions.get('c'))?.what).toBe('Action c again');
  });

  it('refuse the whole read when one row was moved to another record', async () => {
    await db.actions.bulkPut(actions);
    db.close();
    const raw = new TestDatabase(name);
    const [a, b] = (await raw.actions.bulkGet(['a', 'b'])) as unknown as Record<string, unknown>[];
    await raw.actions.put({ ...(b as object), [SEALED_FIELD]: a?.[SEALED_FIELD] } as never);
    raw.close();
    db = new TestDatabase(name, session);
    await db.open();
    const error = await db.actions.toArray().then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(RecordDecryptionError);
    expect((error as RecordDecryptionError).problem).toBe('altered');
    expect((await db.actions.get('a'))?.what).toBe('Action a');
  });
  it('are refused when the app locks and unlocks again while Web Crypto works', async () => {
    const key = session.currentKey();
    const copy = { id: key.id, bytes: new Uint8Array(key.bytes) };
    await db.actions.bulkPut(actions);
    const subtle = globalThis.crypto.subtle;
    const original = subtle.decrypt.bind(subtle);
    let started: () => void = () => undefined;
    const decrypting = new Promise<void>((resolve) => {
      started = resolve;
    });
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    vi.spyOn(subtle, 'decrypt').mockImplementation(async (...args: Parameters<SubtleCrypto['decrypt']>) => {
      started();
      await held;
      return original(...args);
    });
    const reading = db.actions.toArray();
    await decrypting;
    session.lock();
    session.unlock(copy);
    release();
    await expect(reading).rejects.toBeInstanceOf(DatabaseLockedError);
    vi.restoreAllMocks();
    expect(await db.actions.toArray()).toEqual(actions);
  });
});

describe('rows read again unchanged', () => {
  it('are not decrypted again, and every read still gets its own objects', async () => {
    await db.actions.bulkPut(actions);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    const first = await db.actions.toArray();
    expect(decrypt).toHaveBeenCalledTimes(actions.length);
    const again = await db.actions.toArray();
    expect(decrypt).toHaveBeenCalledTimes(actions.length);
    expect(again).toEqual(first);
    expect(again[0]).not.toBe(first[0]);
    await db.actions.put({ ...actions[0]!, what: 'Changed' });
    expect((await db.actions.toArray()).map((a) => a.what)).toEqual(['Changed', ...actions.slice(1).map((a) => a.what)]);
  });

  it('are decrypted afresh when a clear field was edited on disk, and refused', async () => {
    await db.actions.bulkPut(actions);
    expect(await db.actions.toArray()).toHaveLength(actions.length);
    const raw = new TestDatabase(name);
    const row = (await raw.actions.get('b')) as unknown as Record<string, unknown>;
    await raw.actions.put({ ...row, dueDate: '2027-01-01' } as never);
    raw.close();
    await expect(db.actions.toArray()).rejects.toThrow(/changed outside Team Around/);
    await expect(db.actions.get('b')).rejects.toThrow(/changed outside Team Around/);
  });

  it('are forgotten on lock: read after the next unlock, they are decrypted again', async () => {
    const key = session.currentKey();
    const copy = { id: key.id, bytes: new Uint8Array(key.bytes) };
    await db.actions.bulkPut(actions);
    await db.actions.toArray();
    session.lock();
    session.unlock(copy);
    const decrypt = vi.spyOn(globalThis.crypto.subtle, 'decrypt');
    expect(await db.actions.toArray()).toEqual(actions);
    expect(decrypt).toHaveBeenCalledTimes(actions.length);
  });
});

describe('OpenedCache', () => {
  const partsOf = (s: KeySession, id: string) => {
    const split = sealedPartsOf(layout, sealRecord(layout, action(id, null, 1), s.currentKey(), TEST_SCHEMA_VERSION), options(s));
    if (!('parts' in split)) throw new Error('expected a sealed row');
    return split.parts;
  };

  it('keeps the most recently used rows within its size, and wipes them all on lock', () => {
    const parts = Array.from({ length: 20 }, (_, i) => partsOf(session, `r${String(i).padStart(2, '0')}`));
    const plains = parts.map(() => new Uint8Array(100).fill(7));
    const largest = Math.max(...parts.map((p) => p.sealed.length + 100));
    const cache = new OpenedCache(session, largest * 16);
    parts.forEach((p, i) => cache.keep('actions', p, plains[i]!));
    expect(cache.size).toBeGreaterThanOrEqual(16);
    expect(cache.size).toBeLessThan(20);
    expect(cache.plainFor('actions', parts[0]!)).toBeUndefined();
    expect(cache.plainFor('actions', parts[19]!)).toBe(plains[19]);
    expect(cache.plainFor('meetings', parts[19]!)).toBeUndefined();
    const generation = cache.generation;
    session.lock();
    expect(cache.size).toBe(0);
    expect(cache.generation).not.toBe(generation);
    expect(plains.slice(4).every((p) => p.every((b) => b === 0))).toBe(true);
  });
});

describe('BatchOpener', () => {
  const allParts = (s: KeySession) =>
    actions.map((a) => {
      const split = sealedPartsOf(layout, sealRecord(layout, a, s.currentKey(), TEST_SCHEMA_VERSION), options(s));
      if (!('parts' in split)) throw new Error('expected a sealed row');
      return split.parts;
    });

  it('decrypts rows as the synchronous path does', async () => {
    const parts = allParts(session);
    const plains = await new BatchOpener(session).decryptAll('actions', parts);
    expect(plains.map((p, i) => joinOpened(layout, parts[i]!.clear, p))).toEqual(actions);
    expect(plains).toEqual(parts.map((p) => decryptParts(layout, p)));
  });

  it('returns nothing when the app locks while the rows are being decrypted', async () => {
    const subtle = globalThis.crypto.subtle;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const slow = {
      importKey: subtle.importKey.bind(subtle),
      decrypt: async (...args: Parameters<SubtleCrypto['decrypt']>) => {
        await held;
        return subtle.decrypt(...args);
      },
    } as unknown as SubtleCrypto;
    const decrypting = new BatchOpener(session, slow).decryptAll('actions', allParts(session));
    session.lock();
    release();
    await expect(decrypting).rejects.toBeInstanceOf(DatabaseLockedError);
  });

  it('forgets its imported keys on lock: another key with the same id does not open the rows', async () => {
    const key = session.currentKey();
    const parts = allParts(session);
    const opener = new BatchOpener(session);
    await opener.decryptAll('actions', parts);
    session.unlock({ id: key.id, bytes: generateDataKey().bytes });
    const again = parts.map((p) => ({ ...p, key: session.currentKey() }));
    await expect(opener.decryptAll('actions', again)).rejects.toThrow(/changed outside Team Around/);
  });
});
