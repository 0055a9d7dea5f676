import type Dexie from 'dexie';

/**
 * Rewrites every row of `tables` through the encryption middleware, so rows saved before encryption
 * was switched on end up sealed. Open the database with `acceptUnsealedRows: true` for this one
 * pass, then reopen it without. Returns how many rows were rewritten.
 */
export async function sealExistingRows(db: Dexie, tables: readonly string[]): Promise<number> {
  return db.transaction('rw', [...tables], async () => {
    let rewritten = 0;
    for (const name of tables) rewritten += await db.table(name).toCollection().modify(() => undefined);
    return rewritten;
  });
}
