/**
 * Filler in a separate database of the same origin (one LevelDB and one quota hold every IndexedDB
 * database of an origin). Used to push earlier writes out of LevelDB's log into compressed table
 * files (canary scan), and to use up the origin's storage (full disk).
 */
const FILLER_DATABASE = 'reliability-filler';
const RECORD_CHARS = 30_000; // Under Chromium's 64 KiB limit for values kept inside LevelDB.
const RECORDS_PER_TRANSACTION = 20;

export interface FillResult {
  records: number;
  /** True when the origin ran out of quota before `megabytes` were written. */
  full: boolean;
}

function randomText(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

function commit(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onabort = () => reject(tx.error ?? new Error('Filler transaction aborted'));
  });
}

/** Smallest record tried when topping up: below this, a save of any real record cannot fit either. */
const SMALLEST_RECORD_CHARS = 64;

async function putOne(db: IDBDatabase, key: number, chars: number): Promise<boolean> {
  const tx = db.transaction('filler', 'readwrite', { durability: 'strict' });
  tx.objectStore('filler').put(randomText(chars), key);
  try {
    await commit(tx);
    return true;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'QuotaExceededError') return false;
    throw error;
  }
}

/**
 * Fills the origin's storage. When a whole batch no longer fits, the room left (up to a batch) is
 * topped up with ever smaller single records, so that afterwards even a small record does not fit:
 * otherwise a small save could still slip into the room a failed batch left behind.
 */
export async function fillOrigin(megabytes: number): Promise<FillResult> {
  const open = indexedDB.open(FILLER_DATABASE, 1);
  open.onupgradeneeded = () => open.result.createObjectStore('filler');
  const db = await request(open);
  const wanted = Math.ceil((megabytes * 1024 * 1024) / RECORD_CHARS);
  let records = 0;
  try {
    while (records < wanted) {
      const tx = db.transaction('filler', 'readwrite', { durability: 'strict' });
      const batch = Math.min(RECORDS_PER_TRANSACTION, wanted - records);
      for (let i = 0; i < batch; i++) tx.objectStore('filler').put(randomText(RECORD_CHARS), records + i);
      try {
        await commit(tx);
      } catch (error) {
        if (!(error instanceof DOMException && error.name === 'QuotaExceededError')) throw error;
        for (let chars = RECORD_CHARS; chars >= SMALLEST_RECORD_CHARS; chars = Math.floor(chars / 2)) {
          while (await putOne(db, records, chars)) records++;
        }
        return { records, full: true };
      }
      records += batch;
    }
  } finally {
    db.close();
  }
  return { records, full: false };
}

/** Frees the space the filler took. */
export async function clearFiller(): Promise<void> {
  await request(indexedDB.deleteDatabase(FILLER_DATABASE));
}
