/**
 * The background half of a data key rotation (docs/decisions/0044): every row of every encrypted
 * table is read (opened with whichever key sealed it) and written back (sealed with the current,
 * new key), a batch per transaction. Each batch writes where it got to into a settings row in the
 * same transaction, sealed like any record, so an interrupted pass resumes from its last whole batch.
 * Rows saved meanwhile are sealed with the new key already; going over them again does no harm.
 */
import Dexie, { type IndexableType } from 'dexie';

/** The settings row saying how far the re-encryption of records has got. */
export const ROTATION_POSITION_KEY = 'key-rotation-position';
export const DEFAULT_BATCH_SIZE = 200;

export interface RotationProgress {
  done: number;
  total: number;
}

interface Position {
  keyId: string;
  table: string;
  /** The primary key of the last row rewritten in `table`; none when the table is yet to start. */
  after?: IndexableType;
  done: number;
}

export interface ReencryptOptions {
  /** The new key's id: a position left by another rotation is ignored. */
  keyId: string;
  batchSize?: number;
  onProgress?: (progress: RotationProgress) => void;
  /** Asked between batches; true stops the pass (it resumes from the stored position). */
  shouldStop?: () => boolean;
}

function readPosition(value: unknown, keyId: string, tables: readonly string[]): Position | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const p = value as Partial<Position>;
  if (p.keyId !== keyId || typeof p.table !== 'string' || !tables.includes(p.table) || !Number.isSafeInteger(p.done)) return undefined;
  return { keyId, table: p.table, done: p.done ?? 0, ...(p.after === undefined ? {} : { after: p.after }) };
}

function primaryKeyOf(db: Dexie, table: string, row: unknown): IndexableType {
  const keyPath = db.table(table).schema.primKey.keyPath;
  return Dexie.getByKeyPath(row as object, typeof keyPath === 'string' ? keyPath : '') as IndexableType;
}

/** Resolves with the final figures when every row has been rewritten, or early (not complete) when stopped. */
export async function reencryptRecords(db: Dexie, options: ReencryptOptions): Promise<RotationProgress & { complete: boolean }> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const tables = db.tables.map((t) => t.name).sort();
  const settings = db.table('settings');
  // A table empty now is skipped: anything written to it from now on is sealed with the new key.
  const counts = new Map<string, number>();
  for (const name of tables) counts.set(name, await db.table(name).count());
  const total = [...counts.values()].reduce((sum, n) => sum + n, 0);
  const start = readPosition((await settings.get(ROTATION_POSITION_KEY))?.value, options.keyId, tables);
  let done = start?.done ?? 0;
  const report = () => options.onProgress?.({ done: Math.min(done, total), total: Math.max(total, done) });
  report();
  for (const name of tables.slice(start ? tables.indexOf(start.table) : 0)) {
    if (counts.get(name) === 0) continue;
    let after = start?.table === name ? start.after : undefined;
    for (;;) {
      if (options.shouldStop?.()) return { done, total, complete: false };
      const written = await db.transaction('rw', [name, 'settings'], async () => {
        const table = db.table(name);
        const batch = await (after === undefined ? table.orderBy(':id') : table.where(':id').above(after)).limit(batchSize).toArray();
        if (batch.length > 0) {
          await table.bulkPut(batch);
          after = primaryKeyOf(db, name, batch[batch.length - 1]);
        }
        const position: Position = { keyId: options.keyId, table: name, done: done + batch.length, ...(after === undefined ? {} : { after }) };
        await settings.put({ key: ROTATION_POSITION_KEY, value: position });
        return batch.length;
      });
      done += written;
      report();
      if (written < batchSize) break;
    }
  }
  return { done, total: Math.max(total, done), complete: true };
}
