/**
 * Swapped ciphertexts, in real Chromium IndexedDB: sealed fields moved between two records and
 * between tables with raw IndexedDB, then read through the app's repositories. Every read must be
 * refused; putting the fields back must make them readable again (so the swap was the only cause).
 */
import { newId } from '../../../shared/domain/ids';
import { RecordDecryptionError } from '../../../renderer/data/crypto/errors';
import { SEALED_FIELD } from '../../../renderer/data/crypto/record-sealing';
import { DATABASE_NAME } from '../../../renderer/data/db';
import { createRepositories } from '../../../renderer/data/repositories';
import { openAppDatabase } from './test-key';

export interface SwapResult {
  /** Reads made after a swap, and how many were refused as altered. */
  reads: number;
  refusedAsAltered: number;
  otherOutcomes: string[];
  readableAfterRestore: boolean;
}

type Row = Record<string, unknown>;

function rawDatabase(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

function run<T>(request: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
  });
}

async function rawGet(db: IDBDatabase, store: string, key: string): Promise<Row> {
  return (await run(db.transaction(store).objectStore(store).get(key))) as Row;
}

async function rawPut(db: IDBDatabase, store: string, row: Row): Promise<void> {
  const tx = db.transaction(store, 'readwrite');
  tx.objectStore(store).put(row);
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write failed'));
  });
}

async function seedTwoFamilies(): Promise<[string, string]> {
  const db = openAppDatabase(true);
  await db.open();
  try {
    const repos = createRepositories(db);
    const ids: string[] = [];
    for (const name of ['Ottoline Fenwick-Baptiste', 'Cassius Oduya-Lindqvist']) {
      const [carerId, childId] = [newId(), newId()];
      const family = await repos.families.create({
        familyName: `${name} family`,
        carers: [{ id: carerId, name, relationship: 'Carer', phone: '', email: '' }],
        children: [{ id: childId, name: `${name} junior`, dateOfBirth: '2017-01-09', school: '' }],
        households: [],
        safetyFlags: [],
      });
      ids.push(family.id);
    }
    await repos.drafts.save('family-form:new', { notes: 'A draft to swap into' });
    return [ids[0] ?? '', ids[1] ?? ''];
  } finally {
    db.close();
  }
}

/** Reads each record through a fresh connection; returns how each read ended. */
async function readAll(familyIds: readonly string[]): Promise<string[]> {
  const db = openAppDatabase(true);
  await db.open();
  const repos = createRepositories(db);
  const reads: Array<() => Promise<unknown>> = [...familyIds.map((id) => () => repos.families.get(id)), () => repos.drafts.load('family-form:new', (_v): _v is unknown => true)];
  const outcomes: string[] = [];
  for (const read of reads) {
    try {
      outcomes.push((await read()) === undefined ? 'missing' : 'read');
    } catch (error) {
      outcomes.push(error instanceof RecordDecryptionError ? `refused:${error.problem}` : `error:${String(error)}`);
    }
  }
  db.close();
  return outcomes;
}

export async function swapCiphertexts(): Promise<SwapResult> {
  const [a, b] = await seedTwoFamilies();
  const raw = await rawDatabase();
  try {
    const rowA = await rawGet(raw, 'families', a);
    const rowB = await rawGet(raw, 'families', b);
    const draft = await rawGet(raw, 'drafts', 'family-form:new');
    // A's sealed field into B and B's into A; A's into the draft (another table).
    await rawPut(raw, 'families', { ...rowA, [SEALED_FIELD]: rowB[SEALED_FIELD] });
    await rawPut(raw, 'families', { ...rowB, [SEALED_FIELD]: rowA[SEALED_FIELD] });
    await rawPut(raw, 'drafts', { ...draft, [SEALED_FIELD]: rowA[SEALED_FIELD] });
    const swapped = await readAll([a, b]);
    await rawPut(raw, 'families', rowA);
    await rawPut(raw, 'families', rowB);
    await rawPut(raw, 'drafts', draft);
    const restored = await readAll([a, b]);
    return {
      reads: swapped.length,
      refusedAsAltered: swapped.filter((o) => o === 'refused:altered').length,
      otherOutcomes: swapped.filter((o) => o !== 'refused:altered'),
      readableAfterRestore: restored.every((o) => o === 'read'),
    };
  } finally {
    raw.close();
  }
}
