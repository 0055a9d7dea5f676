/** rowsByKeys gives what Dexie's anyOf gives (same rows, same order), by one getAll per key. */
import 'fake-indexeddb/auto';
import Dexie, { type Table } from 'dexie';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { rowsByKeys } from '../../renderer/data/repositories/rows-by-keys';

interface Row {
  id: string;
  familyId: string;
}

let opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened) await db.delete();
  opened = [];
});

async function tableOf(rows: readonly Row[]): Promise<Table<Row, string>> {
  const db = new Dexie(`rows-by-keys-${opened.length}-${Math.random()}`);
  db.version(1).stores({ rows: 'id, familyId' });
  opened.push(db);
  const table = db.table<Row, string>('rows');
  await table.bulkPut([...rows]);
  return table;
}

const key = fc.constantFrom('a', 'B', 'b', 'é', 'z', 'Ω', '😀', 'family-1', 'family-10', 'family-2');

describe('rowsByKeys', () => {
  it('reads the rows of every key asked for, in the order anyOf reads them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(fc.record({ id: fc.uuid(), familyId: key }), { selector: (r) => r.id, maxLength: 30 }), fc.array(key, { maxLength: 6 }), async (rows, keys) => {
        const table = await tableOf(rows);
        const expected = keys.length === 0 ? [] : await table.where('familyId').anyOf(keys).toArray();
        expect(await rowsByKeys(table, 'familyId', keys)).toEqual(expected);
      }),
      { numRuns: 40 },
    );
  });

  it('reads nothing for no keys, and a key named twice once', async () => {
    const table = await tableOf([
      { id: '1', familyId: 'a' },
      { id: '2', familyId: 'b' },
    ]);
    expect(await rowsByKeys(table, 'familyId', [])).toEqual([]);
    expect((await rowsByKeys(table, 'familyId', ['a', 'a'])).map((r) => r.id)).toEqual(['1']);
  });
});
