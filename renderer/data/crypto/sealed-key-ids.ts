/**
 * Which key sealed each stored row, read from the rows as IndexedDB holds them (a connection of its
 * own, without the encryption middleware): the key id sits in clear in every sealed field's header
 * (see record-sealing.ts). A rotation checks with it that no row still needs the old key.
 */
import Dexie from 'dexie';
import { bytesToHex } from '../../../shared/bytes';
import { KEY_ID_BYTES } from './data-key';
import { SEALED_FIELD } from './record-sealing';

const KEY_ID_AT = 3;

/** The id of the key that sealed a stored row, or undefined for a row that is not sealed. */
export function sealedKeyId(row: unknown): string | undefined {
  if (typeof row !== 'object' || row === null) return undefined;
  const sealed = (row as Record<string, unknown>)[SEALED_FIELD];
  if (Object.prototype.toString.call(sealed) !== '[object Uint8Array]') return undefined;
  const bytes = sealed as Uint8Array;
  if (bytes.length < KEY_ID_AT + KEY_ID_BYTES) return undefined;
  return bytesToHex(bytes.subarray(KEY_ID_AT, KEY_ID_AT + KEY_ID_BYTES));
}

export interface RawDatabaseOptions {
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Rows per key id over every table of the database named `name` (unsealed rows under "none"). */
export async function countRowsByKey(name: string, options: RawDatabaseOptions = {}): Promise<Map<string, number>> {
  const raw = new Dexie(name, options);
  try {
    await raw.open();
    const counts = new Map<string, number>();
    await raw.transaction('r', raw.tables, async () => {
      for (const table of raw.tables) {
        await table.each((row: unknown) => {
          const id = sealedKeyId(row) ?? 'none';
          counts.set(id, (counts.get(id) ?? 0) + 1);
        });
      }
    });
    return counts;
  } finally {
    raw.close();
  }
}
