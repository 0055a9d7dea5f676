import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BatchOpener } from '../../../renderer/data/crypto/batch-opening';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { DatabaseLockedError, RecordDecryptionError } from '../../../renderer/data/crypto/errors';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { SEALED_FIELD, openRecord, sealRecord, type SealingLayout } from '../../../renderer/data/crypto/record-sealing';
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
    expect(await db.actions.bulkGet(['e', 'missing', 'a'])).toEqual([actions[4], undefined, actions[0]]);
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
});

describe('BatchOpener', () => {
  const sealedRows = (s: KeySession) => actions.map((a) => sealRecord(layout, a, s.currentKey(), TEST_SCHEMA_VERSION));

  it('opens rows as openRecord does, one by one, and keeps undefined in its place', async () => {
    const rows = [...sealedRows(session), undefined];
    const opened = await new BatchOpener(session).openAll(layout, rows, options(session));
    expect(opened).toEqual(rows.map((r) => (r === undefined ? r : openRecord(layout, r, options(session)))));
    expect(opened.slice(0, -1)).toEqual(actions);
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
    const opening = new BatchOpener(session, slow).openAll(layout, sealedRows(session), options(session));
    session.lock();
    release();
    await expect(opening).rejects.toBeInstanceOf(DatabaseLockedError);
  });

  it('forgets its imported keys on lock: another key with the same id does not open the rows', async () => {
    const key = session.currentKey();
    const rows = sealedRows(session);
    const opener = new BatchOpener(session);
    await opener.openAll(layout, rows, options(session));
    session.unlock({ id: key.id, bytes: generateDataKey().bytes });
    await expect(opener.openAll(layout, rows, options(session))).rejects.toThrow(/changed outside Team Around/);
  });
});
