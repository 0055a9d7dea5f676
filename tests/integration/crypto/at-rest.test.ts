/** What an attacker with the IndexedDB files sees and can do: no names, and no undetected edits or swaps. */
import 'fake-indexeddb/auto';
import { serialize } from 'node:v8';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { RecordDecryptionError, UnsupportedTableError } from '../../../renderer/data/crypto/errors';
import { encryptionMiddleware } from '../../../renderer/data/crypto/encryption-middleware';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { SEALED_FIELD } from '../../../renderer/data/crypto/record-sealing';
import { sealExistingRows } from '../../../renderer/data/crypto/seal-existing-rows';
import { TestDatabase, action, family } from './test-database';

const CANARIES = ['Zebedee Quillfeather', 'Persephone Drinkwater-Ojukwu', 'lives above the chip shop', 'Ælfrida Ŵyn'];

let n = 0;
let name: string;
let session: KeySession;
let db: TestDatabase;
let raw: TestDatabase;

beforeEach(async () => {
  name = `at-rest-test-${++n}`;
  session = new KeySession();
  session.unlock(generateDataKey());
  db = new TestDatabase(name, session);
  raw = new TestDatabase(name);
  await db.open();
  await raw.open();
});

afterEach(async () => {
  db.close();
  raw.close();
  await Dexie.delete(name);
});

type RawRow = Record<string, unknown>;

function occurrences(haystack: Uint8Array, needle: Uint8Array): number {
  let count = 0;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    count++;
  }
  return count;
}

async function rawRows(): Promise<RawRow[]> {
  const tables = ['families', 'drafts', 'meetings', 'actions'] as const;
  const rows = await Promise.all(tables.map((t) => raw.table(t).toArray()));
  return rows.flat() as RawRow[];
}

describe('canary: no plaintext in what IndexedDB stores', () => {
  it('finds no seeded name or phrase in UTF-8 or UTF-16LE, in a structured clone or JSON of every raw row', async () => {
    await db.families.bulkAdd(CANARIES.map((c, i) => family(`f${i}`, c, { notes: `${c} ${c}` })));
    await db.meetings.add({ id: 'm1', familyId: 'f0', startsAt: '2026-11-01T10:00', venue: CANARIES[2]! });
    await db.actions.add({ ...action('a1', '2026-11-20', 1), what: `Ring ${CANARIES[0]}`, ownerName: CANARIES[1]! });
    await db.drafts.put({ key: 'family-form:new', value: { name: CANARIES[3] }, savedAt: '2026-11-01T10:00:00.000Z' });
    // Sanity: the same canaries are found when the data is read the ordinary way.
    const visible = serialize(await db.families.toArray());
    expect(occurrences(visible, Buffer.from(CANARIES[0]!, 'utf16le')) + occurrences(visible, Buffer.from(CANARIES[0]!, 'latin1'))).toBeGreaterThan(0);

    const rows = await rawRows();
    expect(rows).toHaveLength(CANARIES.length + 3);
    const clone = serialize(rows);
    const json = Buffer.from(JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v)), 'utf8');
    for (const canary of CANARIES) {
      for (const encoding of ['utf8', 'utf16le', 'latin1'] as const) {
        const needle = Buffer.from(canary, encoding);
        expect(occurrences(clone, needle), `${canary} (${encoding}) in the structured clone`).toBe(0);
        expect(occurrences(json, needle), `${canary} (${encoding}) in JSON`).toBe(0);
      }
      // Parts of names are as revealing as whole ones.
      for (const word of canary.split(' ').filter((w) => w.length > 4)) {
        expect(occurrences(clone, Buffer.from(word, 'utf16le')) + occurrences(clone, Buffer.from(word, 'utf8'))).toBe(0);
      }
    }
  });
});

describe('tampering with the stored rows', () => {
  beforeEach(async () => {
    await db.families.bulkAdd([family('f1', 'Zebedee Quillfeather'), family('f2', 'Persephone Drinkwater')]);
    await db.meetings.add({ id: 'f1', familyId: 'f1', startsAt: '2026-11-01T10:00', venue: 'School' });
    await db.actions.bulkAdd([action('a1', '2026-11-20', 1), action('a2', '2026-11-21', 1)]);
  });

  it('a sealed field swapped between two records does not decrypt', async () => {
    const [one, two] = (await raw.families.bulkGet(['f1', 'f2'])) as unknown as RawRow[];
    await raw.families.put({ ...one, [SEALED_FIELD]: two?.[SEALED_FIELD] } as never);
    await expect(db.families.get('f1')).rejects.toThrow(RecordDecryptionError);
    await expect(db.families.get('f1')).rejects.toThrow(/changed outside Team Around, or moved from another record or table/);
    expect((await db.families.get('f2'))?.name).toBe('Persephone Drinkwater');
  });

  it('a sealed field moved to the same id in another table does not decrypt', async () => {
    const rawFamily = (await raw.families.get('f1')) as unknown as RawRow;
    const rawMeeting = (await raw.meetings.get('f1')) as unknown as RawRow;
    await raw.meetings.put({ ...rawMeeting, [SEALED_FIELD]: rawFamily[SEALED_FIELD] } as never);
    await expect(db.meetings.get('f1')).rejects.toThrow(/moved from another record or table/);
  });

  it('an indexed field edited on disk is detected, so statuses and dates cannot be forged', async () => {
    const rawAction = (await raw.actions.get('a1')) as unknown as RawRow;
    await raw.actions.put({ ...rawAction, isOpen: 0 } as never);
    await expect(db.actions.get('a1')).rejects.toThrow(RecordDecryptionError);
    // Queries fail loudly too, rather than skipping the bad row.
    await expect(db.actions.where('[isOpen+dueDate]').between([0, Dexie.minKey], [0, Dexie.maxKey]).toArray()).rejects.toThrow(RecordDecryptionError);
  });

  it('a field added in clear, a flipped byte or a cut sealed field is detected', async () => {
    const rawFamily = (await raw.families.get('f1')) as unknown as RawRow;
    const sealed = rawFamily[SEALED_FIELD] as Uint8Array;
    await raw.families.put({ ...rawFamily, name: 'Injected' } as never);
    await expect(db.families.get('f1')).rejects.toThrow(RecordDecryptionError);
    for (const variant of [Uint8Array.from(sealed, (b, i) => (i === sealed.length - 3 ? b ^ 1 : b)), sealed.subarray(0, 20), sealed.subarray(0, sealed.length - 1)]) {
      await raw.families.put({ ...rawFamily, [SEALED_FIELD]: variant } as never);
      await expect(db.families.get('f1')).rejects.toThrow(RecordDecryptionError);
    }
  });

  it('a record written under a newer schema version is not read by an older app', async () => {
    db.close();
    const older = new TestDatabase(name, session, { schemaVersion: 1 });
    await expect(older.families.get('f1')).rejects.toThrow(/written by a newer version of Team Around/);
    older.close();
  });

  it('a row written in clear behind the app’s back is not trusted', async () => {
    await raw.families.put(family('f9', 'Planted'));
    await expect(db.families.get('f9')).rejects.toThrow(/is not encrypted, so it was not trusted/);
    await expect(db.families.toArray()).rejects.toThrow(RecordDecryptionError);
  });
});

describe('switching encryption on for an existing database', () => {
  it('reads old clear rows when asked to, and sealExistingRows seals them all', async () => {
    await raw.families.bulkPut([family('f1', 'Zebedee Quillfeather'), family('f2', 'Persephone Drinkwater')]);
    await raw.actions.bulkPut([action('a1', '2026-11-20', 1)]);
    db.close();
    const migrating = new TestDatabase(name, session, { acceptUnsealedRows: true });
    expect(await sealExistingRows(migrating, ['families', 'actions'])).toBe(3);
    migrating.close();
    const rows = await rawRows();
    expect(rows.every((r) => r[SEALED_FIELD] instanceof Uint8Array && !('name' in r))).toBe(true);
    const strict = new TestDatabase(name, session);
    expect((await strict.families.get('f1'))?.name).toBe('Zebedee Quillfeather');
    strict.close();
  });
});

describe('tables the middleware cannot protect', () => {
  it('refuses auto-incremented and outbound primary keys when the database opens', async () => {
    for (const stores of [{ log: '++id' }, { log: '' }]) {
      const bad = new Dexie(`bad-${++n}`);
      bad.use(encryptionMiddleware({ session, schemaVersion: 1 }));
      bad.version(1).stores(stores);
      const error = await bad.open().then(
        () => undefined,
        (e: unknown) => e,
      );
      const inner = (error as { inner?: unknown }).inner ?? error;
      expect(inner).toBeInstanceOf(UnsupportedTableError);
      expect((inner as Error).message).toMatch(/cannot be encrypted at rest/);
      bad.close();
      await Dexie.delete(bad.name);
    }
  });
});
