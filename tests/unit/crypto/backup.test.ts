import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { BACKUP_MESSAGES, BackupError, DIGEST_BYTES, appendDigest, type BackupProblem, type BackupTables } from '../../../shared/backup/backup-format';
import { readBackup, readBackupKeyEnvelope, writeBackup, type BackupExpectations } from '../../../renderer/data/crypto/backup-crypto';
import { generateDataKey, type DataKey } from '../../../renderer/data/crypto/data-key';
import { createKeyring, unlockWithPassphrase, type KeyEnvelope } from '../../../renderer/data/crypto/keys';
import { storedRecord } from './arbitraries';

const PASSPHRASE = 'marmalade otter lighthouse 1987';
const TABLES = ['families', 'drafts', 'meetings', 'actions'];
const EXPECT: BackupExpectations = { schemaVersion: 2, tables: TABLES };

let dataKey: DataKey;
let envelope: KeyEnvelope;
beforeAll(async () => {
  ({ dataKey, envelope } = await createKeyring(PASSPHRASE));
});

const sample: BackupTables = {
  families: [{ id: 'f1', name: 'Zebedee Quillfeather', born: new Date('2019-03-04T00:00:00Z'), note: undefined }],
  actions: [
    { id: 'a1', isOpen: 1, dueDate: '2026-11-20', what: 'Ring school' },
    { id: 'a2', isOpen: 0, dueDate: null, what: 'Done' },
  ],
  meetings: [],
};

function backup(tables: BackupTables = sample): Uint8Array {
  return writeBackup({ tables, dataKey, keyEnvelope: envelope, schemaVersion: 2, now: new Date('2026-11-01T10:00:00Z') });
}

/** Reads, expecting a refusal; returns the problem, and fails if any data came back. */
function refused(bytes: Uint8Array, key: DataKey = dataKey, expect_: BackupExpectations = EXPECT): BackupProblem {
  let result: unknown;
  try {
    result = readBackup(bytes, key, expect_);
  } catch (error) {
    expect(error).toBeInstanceOf(BackupError);
    const problem = (error as BackupError).problem;
    expect((error as Error).message).toBe(BACKUP_MESSAGES[problem]);
    return problem;
  }
  throw new Error(`A damaged backup was read: ${JSON.stringify(Object.keys(result as object))}`);
}

describe('backup round trip', () => {
  it('restores exactly what was backed up', () => {
    const restored = readBackup(backup(), dataKey, EXPECT);
    expect(restored).toEqual({ createdAt: '2026-11-01T10:00:00.000Z', schemaVersion: 2, keyId: dataKey.id, tables: sample });
    expect(Object.hasOwn(restored.tables.families![0] as object, 'note')).toBe(true);
  });

  it('is exact over generated data (property)', () => {
    const tables = fc.dictionary(fc.constantFrom(...TABLES), fc.array(storedRecord, { maxLength: 5 }), { noNullPrototype: true });
    fc.assert(
      fc.property(tables, (t) => {
        expect(readBackup(backup(t), dataKey, EXPECT).tables).toStrictEqual(t);
      }),
      { numRuns: 150 },
    );
  });

  it('never holds the data in clear, and two backups of the same data differ', () => {
    const bytes = backup();
    const text = Buffer.from(bytes).toString('latin1');
    for (const word of ['Zebedee', 'Quillfeather', 'Ring school']) expect(text).not.toContain(word);
    expect(Buffer.from(backup()).equals(Buffer.from(bytes))).toBe(false);
  });

  it('carries the key envelope, so a new computer can unlock it with the passphrase', async () => {
    const bytes = backup();
    const key = await unlockWithPassphrase(readBackupKeyEnvelope(bytes), PASSPHRASE);
    expect(readBackup(bytes, key, EXPECT).tables).toEqual(sample);
  });
});

describe('damaged, wrong and unrelated files', () => {
  it('refuses every single-byte change, with a message and no data', () => {
    const bytes = backup({ families: [{ id: 'f1', name: 'Zebedee' }], actions: [{ id: 'a1' }] });
    const seen = new Set<BackupProblem>();
    for (let i = 0; i < bytes.length; i++) {
      for (const flip of [0x01, 0x80, 0xff]) {
        const copy = bytes.slice();
        copy[i]! ^= flip;
        seen.add(refused(copy));
        // The same damage is found with no key at all, before anyone is asked for a passphrase.
        expect(() => readBackupKeyEnvelope(copy)).toThrow(BackupError);
      }
    }
    // Damaged, or cut short where a damaged length runs past the end: never a wrong key, never another kind of file.
    expect([...seen].sort()).toEqual(['altered', 'truncated']);
    expect(BACKUP_MESSAGES.altered).toMatch(/damaged/);
    expect(BACKUP_MESSAGES.truncated).toMatch(/damaged/);
  });

  it('still reads a backup in the first format, which had no digest', () => {
    const legacy = writeBackup({ tables: sample, dataKey, keyEnvelope: envelope, schemaVersion: 2, now: new Date('2026-11-01T10:00:00Z'), formatVersion: 1 });
    expect(legacy[17]).toBe(1);
    expect(legacy.length).toBe(backup().length - DIGEST_BYTES);
    expect(readBackup(legacy, dataKey, EXPECT).tables).toEqual(sample);
    const copy = legacy.slice();
    copy[40]! ^= 0x01;
    expect(refused(copy)).toBe('altered');
  });

  it('refuses every truncation, and extra bytes', () => {
    const bytes = backup();
    expect(refused(bytes.subarray(0, 0))).toBe('empty');
    for (let length = 1; length < bytes.length; length++) expect(refused(bytes.subarray(0, length))).toBe('truncated');
    expect(refused(new Uint8Array([...bytes, 0]))).toBe('altered');
    expect(BACKUP_MESSAGES.truncated).toMatch(/incomplete/);
  });

  it('refuses another key, a key with the right id but wrong bytes, and unrelated files', () => {
    const bytes = backup();
    expect(refused(bytes, generateDataKey())).toBe('wrong-key');
    expect(refused(bytes, { id: dataKey.id, bytes: generateDataKey().bytes })).toBe('wrong-key');
    const unrelated = [
      new TextEncoder().encode('%PDF-1.7\n'),
      new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]),
      new TextEncoder().encode(JSON.stringify(envelope)),
      crypto.getRandomValues(new Uint8Array(300)),
    ];
    for (const file of unrelated) expect(refused(file)).toBe('unrelated');
    expect(BACKUP_MESSAGES.unrelated).toMatch(/not a Team Around backup/);
  });

  it('refuses a newer format or schema, unknown tables and invalid records', () => {
    const body = backup().slice(0, -DIGEST_BYTES);
    body[17] = 3;
    expect(refused(appendDigest(body))).toBe('newer-version');
    expect(refused(backup(), dataKey, { ...EXPECT, schemaVersion: 1 })).toBe('newer-version');
    expect(refused(backup(), dataKey, { ...EXPECT, oldestSchemaVersion: 3, schemaVersion: 3 })).toBe('unsupported-schema');
    expect(readBackup(backup(), dataKey, { ...EXPECT, schemaVersion: 3, oldestSchemaVersion: 1 }).schemaVersion).toBe(2);
    expect(refused(backup({ ...sample, strangers: [] }))).toBe('unsupported-schema');
    const validateRecord = (table: string, record: unknown) => table !== 'actions' || (record as { id: string }).id !== 'a2';
    expect(refused(backup(), dataKey, { ...EXPECT, validateRecord })).toBe('invalid-records');
  });
});
