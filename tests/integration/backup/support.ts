/** The real app database, encrypted through the middleware, with a keyring and a backup service per profile. */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { generateDataKey, type DataKey } from '../../../renderer/data/crypto/data-key';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import { createBackupService, type BackupService } from '../../../renderer/data/backup/backup-service';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';

export const PASSPHRASE = 'correct horse battery staple orchard';
export const NOW = new Date('2026-11-23T10:15:00.000Z');

export interface Profile {
  db: TeamAroundDatabase;
  session: KeySession;
  service: BackupService;
  close(): Promise<void>;
}

let n = 0;

/** A profile whose keyring holds `keyring` (if given), unlocked with its data key, or else with a fresh key of its own. */
export async function openProfile(label: string, keyring?: NewKeyring): Promise<Profile> {
  const name = `${label}-${++n}-${Math.random().toString(36).slice(2)}`;
  const session = new KeySession();
  const key: DataKey = keyring?.dataKey ?? generateDataKey();
  session.unlock(key);
  const store = new KeyringStore(`${name}-keyring`);
  if (keyring) await store.saveEnvelope(keyring.envelope);
  const db = new TeamAroundDatabase(name, { encryption: session });
  await db.open();
  const audit = createAuditRepository(db, () => 'Jo Chair', () => NOW);
  const service = createBackupService({ db, session, keyring: store, audit, now: () => NOW });
  return {
    db,
    session,
    service,
    async close() {
      db.close();
      store.close();
      session.lock();
      await Dexie.delete(name);
      await Dexie.delete(`${name}-keyring`);
    },
  };
}

/** Every table, read through the middleware (decrypted), in primary-key order. */
export async function dump(db: TeamAroundDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) out[table.name] = await table.toArray();
  return out;
}

/** Writes generated contents straight into the tables, as the repositories would have stored them. */
export async function fill(db: TeamAroundDatabase, contents: Record<string, readonly unknown[]>): Promise<void> {
  await db.transaction('rw', db.tables, async () => {
    for (const [table, rows] of Object.entries(contents)) await db.table(table).bulkAdd([...rows]);
  });
}

/** What IndexedDB itself holds, without the middleware: used to show records were encrypted again. */
export async function rawRows(db: TeamAroundDatabase, table: string): Promise<unknown[]> {
  const raw = new Dexie(db.name);
  await raw.open();
  try {
    return await raw.table(table).toArray();
  } finally {
    raw.close();
  }
}

/**
 * For a test file: one keyring (its one PBKDF2 derivation, made before the tests) and the profiles
 * the tests open, closed after each test or after the file.
 */
export function useProfiles(closeAfter: 'each' | 'all') {
  let made: NewKeyring | undefined;
  const opened: Profile[] = [];
  beforeAll(async () => {
    made = await createKeyring(PASSPHRASE, { now: NOW });
  });
  (closeAfter === 'each' ? afterEach : afterAll)(async () => {
    for (const p of opened.splice(0)) await p.close();
  });
  return {
    keyring(): NewKeyring {
      if (!made) throw new Error('The keyring is made before the tests run.');
      return made;
    },
    async profile(label: string, keyring?: NewKeyring): Promise<Profile> {
      const p = await openProfile(label, keyring);
      opened.push(p);
      return p;
    },
  };
}
