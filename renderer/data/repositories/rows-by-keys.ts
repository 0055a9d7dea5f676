/**
 * Rows whose index equals any of the keys: one getAll per key, sent together, in the keys' order
 * (as IndexedDB orders strings). Dexie's `anyOf` walks a cursor instead, one request per row: with
 * a thousand families' plans, meetings and consent that took seconds on home (0064).
 */
import Dexie, { type IndexableType, type Table } from 'dexie';

export function rowsByKeys<T, K extends IndexableType>(table: Table<T, K>, index: string, keys: Iterable<string>): Promise<T[]> {
  // Plain `<` orders strings by UTF-16 code units, as IndexedDB does.
  const sorted = [...new Set(keys)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  // Dexie's own promise: safe inside a writer's transaction (a native one nested there can lose it).
  return Dexie.Promise.all(sorted.map((key) => table.where(index).equals(key).toArray())).then((parts) => parts.flat());
}
