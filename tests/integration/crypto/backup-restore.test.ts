/** Backup from an encrypted database, restore into an empty profile: exact, every run. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { readBackup, writeBackup } from '../../../renderer/data/crypto/backup-crypto';
import { generateDataKey } from '../../../renderer/data/crypto/data-key';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import type { KeyEnvelope } from '../../../renderer/data/crypto/keys';
import { BackupError } from '../../../shared/backup/backup-format';
import { storedValue } from '../../unit/crypto/arbitraries';
import { TEST_SCHEMA_VERSION, TestDatabase, type ActionRow, type FamilyRow } from './test-database';

const TABLES = ['families', 'drafts', 'meetings', 'actions'] as const;

async function dump(db: TestDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const name of TABLES) out[name] = await db.table(name).toArray();
  return out;
}

const family: fc.Arbitrary<FamilyRow> = fc.record(
  {
    id: fc.uuid(),
    updatedAt: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
    name: fc.string({ unit: 'binary' }),
    children: fc.array(fc.record({ name: fc.string({ unit: 'grapheme' }), born: fc.date() }, { noNullPrototype: true }), { maxLength: 3 }),
    notes: fc.string({ unit: 'grapheme', maxLength: 200 }),
    isPractice: fc.boolean(),
    extra: storedValue,
  },
  { noNullPrototype: true },
);
const actionRow: fc.Arbitrary<ActionRow> = fc.record(
  { id: fc.uuid(), familyId: fc.uuid(), meetingId: fc.uuid(), isOpen: fc.constantFrom(0 as const, 1 as const), dueDate: fc.option(fc.constantFrom('2026-11-01', '2026-12-24')), what: fc.string({ unit: 'grapheme' }), ownerName: fc.string() },
  { noNullPrototype: true },
);

let n = 0;

it('restores into an empty profile exactly what the encrypted database held (property)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.uniqueArray(family, { selector: (f) => f.id, maxLength: 6 }), fc.uniqueArray(actionRow, { selector: (a) => a.id, maxLength: 6 }), async (families, actions) => {
      const key = generateDataKey();
      // Only the key id matters here; real envelopes (and their PBKDF2 cost) are covered in tests/unit/crypto.
      const envelope = { keyId: key.id } as KeyEnvelope;
      const session = new KeySession();
      session.unlock(key);
      const source = new TestDatabase(`backup-source-${++n}`, session);
      await source.families.bulkAdd(families);
      await source.actions.bulkAdd(actions);
      const before = await dump(source);
      const bytes = writeBackup({ tables: before, dataKey: key, keyEnvelope: envelope, schemaVersion: TEST_SCHEMA_VERSION });

      const target = new TestDatabase(`backup-target-${n}`, session);
      const restored = readBackup(bytes, key, { schemaVersion: TEST_SCHEMA_VERSION, tables: TABLES });
      await target.transaction('rw', [...TABLES], async () => {
        for (const [name, rows] of Object.entries(restored.tables)) await target.table(name).bulkAdd(rows);
      });
      expect(await dump(target)).toStrictEqual(before);

      const damaged = bytes.slice();
      damaged[damaged.length - 40]! ^= 1;
      expect(() => readBackup(damaged, key, { schemaVersion: TEST_SCHEMA_VERSION, tables: TABLES })).toThrow(BackupError);
      source.close();
      target.close();
      await Dexie.delete(source.name);
      await Dexie.delete(target.name);
    }),
    { numRuns: 25 },
  );
});
