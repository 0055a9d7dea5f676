/**
 * Rows whose index equals any of the keys: one getAll per key, sent together, in the keys' order
 * (as IndexedDB orders strings). Dexie's `anyOf` walks a cursor instead, one request per row: with
 * a thousand families' plans, meetings and consent that took seconds on home (0064).
 */
import Dexie, { type IndexableType, type Table } from 'dexie';

export function rowsByKeys<T, K extends IndexableType>(table: Table<T, K>, index: string, keys: Iterable<string>): Promise<T[]> {
  // Plain `<` orders strings by UTF-16 code units, as IndexedDB does.
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // One read transaction for all of them (inside a writer's, Dexie runs it as part of that one): a
  // transaction per key cost more than its read. Dexie's own promise: a native one can lose the transaction.
  return table.db.transaction('r', table, () => Dexie.Promise.all(sorted.map((key) => table.where(index).equals(key).toArray())).then((parts) => parts.flat()));
}
