/**
 * The first touch of IndexedDB after a start. When Chromium finds its IndexedDB store damaged
 * after a crash, the first request fails ("Internal error opening backing store") while it deletes
 * and recreates the store; the next one succeeds on the new, empty store. Asking for the list of
 * databases first, and again if that fails, means no database connection is opened on a store that
 * is about to go (Dexie would keep that failure for the connection's lifetime).
 */
const ATTEMPTS = 4;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The names of the origin's databases, once IndexedDB answers. Throws the last error if it never does. */
export async function settleIndexedDb(factory: IDBFactory = indexedDB): Promise<string[]> {
  for (let attempt = 1; ; attempt++) {
    try {
      return (await factory.databases()).flatMap((d) => (d.name ? [d.name] : []));
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await pause(50 * attempt);
    }
  }
}
