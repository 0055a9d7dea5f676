/**
 * The floors: the same queries and write written directly against IndexedDB, with no
 * library in between, on the plain (unencrypted) copy of the caseload. This is what the
 * engine itself can do on this machine.
 */
import type { ActionRow, DraftRow } from '../../../renderer/data/db';
import type { DistributionEntry, MinutesRow } from '../../../shared/domain/minutes';
import type { AuditEntry } from '../../../shared/rules/audit-chain';

export function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the existing database at whatever version it is. */
export function openRaw(name: string): Promise<IDBDatabase> {
  return request(indexedDB.open(name));
}

/** Open actions due before `date`, soonest first: one getAll over the [isOpen+dueDate] index. */
export function rawOpenDueBefore(db: IDBDatabase, date: string, limit: number): Promise<ActionRow[]> {
  const index = db.transaction('actions', 'readonly').objectStore('actions').index('[isOpen+dueDate]');
  return request(index.getAll(IDBKeyRange.bound([1, -Infinity], [1, date], false, true), limit)) as Promise<ActionRow[]>;
}

/** One family's actions by due date (undated last), as the repository sorts them. */
export async function rawForFamily(db: IDBDatabase, familyId: string): Promise<ActionRow[]> {
  const index = db.transaction('actions', 'readonly').objectStore('actions').index('familyId');
  const rows = (await request(index.getAll(familyId))) as ActionRow[];
  return rows.sort((a, b) => (a.dueDate ?? '9999-12-31').localeCompare(b.dueDate ?? '9999-12-31') || a.createdAt.localeCompare(b.createdAt));
}

/** One draft write with strict durability, resolved when the transaction has committed. */
export function rawPutDraft(db: IDBDatabase, row: DraftRow): Promise<void> {
  return new Promise((resolve, reject) => {
    const tx = db.transaction('drafts', 'readwrite', { durability: 'strict' });
    tx.objectStore('drafts').put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

/** What a saved copy writes, as the app last wrote it: the minutes row, the trail's last entry and its recorded end. */
export interface CopyRecords {
  minutes: MinutesRow;
  audit: AuditEntry;
  tip: { key: string; value: unknown };
}

/**
 * The records of one more copy, the plain way: the minutes row with the copy added to its
 * distribution list, the next audit entry and the trail's new end, put in one transaction with
 * strict durability, resolved when it has committed. Nothing is read first (the page holds the
 * row it shows), hashed or sealed.
 */
export function rawPutCopyRecords(db: IDBDatabase, records: CopyRecords, at: string): Promise<void> {
  const { minutes, audit, tip } = records;
  const last = minutes.distribution.at(-1);
  if (!last) throw new Error('The copy row’s floor needs a copy already on the distribution list to write another like it.');
  const entry: DistributionEntry = { ...last, id: crypto.randomUUID().replaceAll('-', ''), at };
  const seq = audit.seq + 1;
  return new Promise((resolve, reject) => {
    const tx = db.transaction(['minutes', 'audit', 'settings'], 'readwrite', { durability: 'strict' });
    tx.objectStore('minutes').put({ ...minutes, distribution: [...minutes.distribution, entry], updatedAt: at });
    tx.objectStore('audit').put({ ...audit, seq, at });
    tx.objectStore('settings').put({ ...tip, value: { seq, hash: audit.hash } });
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB write failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB write aborted'));
  });
}

export function count(db: IDBDatabase, store: string): Promise<number> {
  return request(db.transaction(store, 'readonly').objectStore(store).count());
}
