import 'fake-indexeddb/auto';
import Dexie, { liveQuery } from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { DatabaseLockedError, RecordDecryptionError } from '../../../renderer/data/crypto/errors';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { SEALED_FIELD } from '../../../renderer/data/crypto/record-sealing';
import { TestDatabase, action, family } from './test-database';

let n = 0;
let name: string;
let session: KeySession;
let db: TestDatabase;

beforeEach(async () => {
  name = `encryption-test-${++n}`;
  session = new KeySession();
  session.unlock(generateDataKey());
  db = new TestDatabase(name, session);
  await db.open();
});

afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

const actions = [
  action('a', '2026-12-01', 1),
  action('b', '2026-11-20', 1),
  action('c', '2026-11-10', 0),
  action('d', '2026-11-15', 1),
  action('e', null, 1),
  action('f', '2026-11-23', 1),
  action('g', '2026-11-01', 1),
];

describe('round trip through the middleware', () => {
  it('add, get and put keep every field, dates and nested objects included', async () => {
    const f = family('f1', 'Zebedee Quillfeather', { extra: { when: new Date(0), missing: undefined, list: [1, -0, NaN] } });
    await db.families.add(f);
    expect(await db.families.get('f1')).toEqual(f);
    const changed = { ...f, notes: 'Moved house' };
    await db.families.put(changed);
    expect(await db.families.get('f1')).toEqual(changed);
    const stored = await db.families.get('f1');
    expect(stored?.children[0]?.born).toBeInstanceOf(Date);
    expect(Object.is((stored?.extra as { list: number[] }).list[1], -0)).toBe(true);
  });

  it('bulkPut, bulkGet (getMany), toArray and count', async () => {
    await db.actions.bulkPut(actions);
    expect(await db.actions.count()).toBe(actions.length);
    expect(await db.actions.bulkGet(['g', 'missing', 'a'])).toEqual([actions[6], undefined, actions[0]]);
    expect(await db.actions.toArray()).toEqual([...actions].sort((x, y) => x.id.localeCompare(y.id)));
  });

  it('ranges over the compound index with a limit, as the dashboard does', async () => {
    await db.actions.bulkPut(actions);
    const due = await db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, '2026-11-23'], true, false).limit(2).toArray();
    expect(due.map((a) => a.what)).toEqual(['Action g', 'Action d']);
    const all = await db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, '2026-12-31']).toArray();
    expect(all.map((a) => a.id)).toEqual(['g', 'd', 'b', 'f', 'a']);
    expect(await db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, '2026-11-23']).count()).toBe(3);
    // The virtual index on the compound index's first part, above this middleware, still works.
    expect(await db.actions.where('isOpen').equals(0).toArray()).toEqual([actions[2]]);
  });

  it('reads with cursors: each, filter, first, last, reverse, offset, sortBy and keys only', async () => {
    await db.actions.bulkPut(actions);
    const seen: string[] = [];
    await db.actions.where('familyId').equals('family-1').each((a) => seen.push(a.what));
    expect(seen).toHaveLength(actions.length);
    expect((await db.actions.filter((a) => a.what.endsWith('b')).toArray()).map((a) => a.id)).toEqual(['b']);
    expect((await db.actions.orderBy('id').first())?.what).toBe('Action a');
    expect((await db.actions.orderBy('id').last())?.what).toBe('Action g');
    expect((await db.actions.orderBy('id').reverse().offset(1).limit(2).toArray()).map((a) => a.id)).toEqual(['f', 'e']);
    expect((await db.actions.where('familyId').equals('family-1').sortBy('what')).map((a) => a.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(await db.actions.where('familyId').equals('family-1').primaryKeys()).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(await db.actions.where('id').anyOf(['b', 'c']).toArray()).toEqual([actions[1], actions[2]]);
  });

  it('Table.update, Collection.modify, upsert and bulkUpdate read then write sealed records', async () => {
    await db.actions.bulkPut(actions);
    await db.actions.update('a', { what: 'Rewritten', isOpen: 0 });
    expect(await db.actions.get('a')).toEqual({ ...actions[0], what: 'Rewritten', isOpen: 0 });
    await db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, '2026-11-16']).modify((a) => {
      a.ownerName = 'Dad';
    });
    expect((await db.actions.filter((a) => a.ownerName === 'Dad').toArray()).map((a) => a.id)).toEqual(['d', 'g']);
    await db.actions.toCollection().modify({ meetingId: 'meeting-2' });
    expect(new Set((await db.actions.toArray()).map((a) => a.meetingId))).toEqual(new Set(['meeting-2']));
    await db.actions.upsert('z', { ...action('z', '2027-01-01', 1), what: 'Upserted' });
    expect((await db.actions.get('z'))?.what).toBe('Upserted');
    await db.actions.bulkUpdate([{ key: 'b', changes: { what: 'Bulk' } }]);
    expect((await db.actions.get('b'))?.what).toBe('Bulk');
  });

  it('delete, bulkDelete, Collection.delete and clear', async () => {
    await db.actions.bulkPut(actions);
    await db.actions.delete('a');
    await db.actions.bulkDelete(['b', 'c']);
    await db.actions.where('[isOpen+dueDate]').between([1, '2026-11-01'], [1, '2026-11-16']).delete();
    expect((await db.actions.toArray()).map((a) => a.id).sort()).toEqual(['e', 'f']);
    await db.actions.clear();
    expect(await db.actions.count()).toBe(0);
  });

  it('works inside one transaction that reads, writes and reads again', async () => {
    await db.transaction('rw', db.families, db.actions, async () => {
      await db.families.add(family('f1', 'Zebedee Quillfeather'));
      await db.actions.bulkAdd(actions);
      const f = await db.families.get('f1');
      await db.families.put({ ...f!, notes: 'Second thoughts' });
      await db.actions.where('id').equals('a').modify({ what: 'Inside' });
    });
    expect((await db.families.get('f1'))?.notes).toBe('Second thoughts');
    expect((await db.actions.get('a'))?.what).toBe('Inside');
  });

  it('keeps awkward text exactly: RTL, combining marks, emoji, lone surrogates, 1 MB', async () => {
    const names = ['محمد حداد', 'Llŷr', 'O’Brien', 'e\u0301\u0301', '👩🏽‍👧', '\uD800 lone', 'x'.repeat(1_000_000)];
    await db.families.bulkAdd(names.map((nm, i) => family(`f${i}`, nm)));
    expect((await db.families.orderBy('id').toArray()).map((f) => f.name)).toEqual(names);
  });

  it('counts every encryption with the current key', async () => {
    const reported: number[] = [];
    session.onUsage((u) => reported.push(u.encryptions));
    const before = session.encryptions;
    await db.actions.bulkPut(actions);
    await db.actions.update('a', { what: 'Again' });
    expect(session.encryptions).toBe(before + actions.length + 1);
    expect(reported.at(-1)).toBe(session.encryptions);
    expect(session.rotationDue).toBe(false);
  });
});

describe('live queries', () => {
  it('see decrypted records and re-run after a write', async () => {
    const seen: string[][] = [];
    const subscription = liveQuery(() => db.families.orderBy('id').toArray()).subscribe((rows) => seen.push(rows.map((f) => f.name)));
    await expect.poll(() => seen.length).toBe(1);
    await db.families.add(family('f1', 'Zebedee Quillfeather'));
    await expect.poll(() => seen.at(-1)).toEqual(['Zebedee Quillfeather']);
    await db.families.update('f1', { name: 'Persephone Drinkwater' });
    await expect.poll(() => seen.at(-1)).toEqual(['Persephone Drinkwater']);
    subscription.unsubscribe();
  });
});

describe('locked', () => {
  it('refuses reads and writes, with a clear message, but plain tables still work', async () => {
    await db.families.add(family('f1', 'Zebedee Quillfeather'));
    session.lock();
    const attempts: Array<() => Promise<unknown>> = [
      () => db.families.get('f1'),
      () => db.families.toArray(),
      () => db.families.count(),
      () => db.families.put(family('f2', 'Someone')),
      () => db.families.delete('f1'),
      () => db.families.toCollection().primaryKeys(),
      () => db.families.each(() => undefined),
    ];
    for (const attempt of attempts) {
      const error = await attempt().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(DatabaseLockedError);
      expect((error as Error).message).toMatch(/locked.*Unlock it/);
    }
    await db.keyring.put({ id: 'main', envelope: { not: 'secret' } });
    expect(await db.keyring.get('main')).toEqual({ id: 'main', envelope: { not: 'secret' } });
  });

  it('reads again once unlocked with the same key, and not with another', async () => {
    const key = generateDataKey();
    session.unlock(key);
    await db.families.add(family('f1', 'Zebedee Quillfeather'));
    session.lock();
    session.unlock(generateDataKey());
    await expect(db.families.get('f1')).rejects.toThrow(RecordDecryptionError);
    await expect(db.families.get('f1')).rejects.toThrow(/key this copy of Team Around does not have/);
    session.unlock({ id: key.id, bytes: generateDataKey().bytes });
    await expect(db.families.get('f1')).rejects.toThrow(/changed outside Team Around/);
    session.unlock(generateDataKey(), { retired: [key] });
    expect((await db.families.get('f1'))?.name).toBe('Zebedee Quillfeather');
  });
});

describe('what IndexedDB holds', () => {
  it('only indexed fields and one sealed field', async () => {
    await db.families.add(family('f1', 'Zebedee Quillfeather'));
    await db.actions.bulkAdd(actions);
    db.close();
    const raw = new TestDatabase(name);
    const rawFamily = await raw.families.get('f1');
    expect(Object.keys(rawFamily ?? {}).sort()).toEqual([SEALED_FIELD, 'id', 'updatedAt']);
    expect(Object.keys((await raw.actions.get('a')) ?? {}).sort()).toEqual([SEALED_FIELD, 'dueDate', 'familyId', 'id', 'isOpen', 'meetingId']);
    expect((rawFamily as unknown as Record<string, unknown>)[SEALED_FIELD]).toBeInstanceOf(Uint8Array);
    raw.close();
  });
});
