/**
 * Interrupted migration: a version 1 database (encrypted, as the app stores it) upgraded by the
 * current TeamAroundDatabase, killed part way, then inspected: it must be wholly version 1 or wholly
 * current, and whichever it is must hold every field (compared with the golden fixtures).
 */
import Dexie from 'dexie';
import { encryptionMiddleware } from '../../../renderer/data/crypto/encryption-middleware';
import { DATABASE_NAME } from '../../../renderer/data/db';
import { SCHEMA_VERSIONS } from '../../../renderer/data/schema';
import { canonical } from './canonical';
import { GOLDEN_VERSION, V1_VERSION, upgradedTables, v1Tables, type Tables } from './migration-fixture';
import { openAppDatabase, unlockedSession } from './test-key';

declare global {
  interface Window {
    /** Installed by the test: rows re-encrypted so far by the upgrade (every row it rewrites). */
    reliabilityUpgradeProgress?: (rowsRewritten: number) => Promise<void>;
  }
}

const PROGRESS_EVERY = 100;

export interface TableCheck {
  rows: number;
  /** Rows (or missing rows) that differ from the expected copy. */
  mismatched: number;
}

export interface MigrationInspection {
  /** The schema version found before anything opens it with a schema (IndexedDB's version / 10, as Dexie numbers them). */
  foundVersion: number;
  foundStores: string[];
  /** When found at version 1: the stored data against the version 1 fixture. */
  asFound: Record<string, TableCheck>;
  /** After opening with the current schema (upgrading if it was version 1): against the golden copy. */
  upgraded: Record<string, TableCheck>;
  upgradedVersion: number;
}

function v1Database(): Dexie {
  const db = new Dexie(DATABASE_NAME, { chromeTransactionDurability: 'strict' });
  db.use(encryptionMiddleware({ session: unlockedSession(), schemaVersion: V1_VERSION }));
  const first = SCHEMA_VERSIONS[0];
  if (!first) throw new Error('No schema versions');
  db.version(first.version).stores(first.stores);
  return db;
}

export async function createV1Database(copies: number): Promise<number> {
  const db = v1Database();
  await db.open();
  try {
    const tables = v1Tables(copies);
    await db.transaction('rw', db.tables, async () => {
      for (const [name, rows] of Object.entries(tables)) await db.table(name).bulkAdd(rows);
    });
    return tables.families?.length ?? 0;
  } finally {
    db.close();
  }
}

export interface UpgradeRun {
  ms: number;
  rowsRewritten: number;
}

/** Opens with the current schema, running the upgrade; resolves when done (the test usually kills it first). */
export async function startUpgrade(): Promise<UpgradeRun> {
  const session = unlockedSession();
  let rewritten = 0;
  session.onUsage(() => {
    rewritten += 1;
    if (rewritten % PROGRESS_EVERY === 0) void window.reliabilityUpgradeProgress?.(rewritten);
  });
  const db = openAppDatabase(true, undefined, session);
  const start = performance.now();
  await db.open();
  const ms = performance.now() - start;
  db.close();
  return { ms, rowsRewritten: rewritten };
}

function rawVersion(): Promise<{ version: number; stores: string[] }> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DATABASE_NAME);
    request.onsuccess = () => {
      const db = request.result;
      // Dexie stores schema version N as IndexedDB version 10 × N.
      const found = { version: db.version / 10, stores: Array.from(db.objectStoreNames).sort() };
      db.close();
      resolve(found);
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB did not open'));
  });
}

async function compare(db: Dexie, expected: Tables): Promise<Record<string, TableCheck>> {
  const checks: Record<string, TableCheck> = {};
  for (const table of db.tables) {
    const stored = (await table.toArray()) as Array<Record<string, unknown>>;
    const keyOf = (row: Record<string, unknown>) => canonical(Dexie.getByKeyPath(row, String(table.schema.primKey.keyPath)));
    const byKey = new Map(stored.map((row) => [keyOf(row), canonical(row)]));
    const wanted = expected[table.name] ?? [];
    let mismatched = Math.abs(stored.length - wanted.length);
    for (const row of wanted) if (byKey.get(keyOf(row)) !== canonical(row)) mismatched += 1;
    checks[table.name] = { rows: stored.length, mismatched };
  }
  for (const name of Object.keys(expected)) checks[name] ??= { rows: 0, mismatched: expected[name]?.length ?? 0 };
  return checks;
}

export async function inspectMigration(copies: number): Promise<MigrationInspection> {
  const found = await rawVersion();
  let asFound: Record<string, TableCheck> = {};
  if (found.version === V1_VERSION) {
    const old = v1Database();
    await old.open();
    asFound = await compare(old, v1Tables(copies));
    old.close();
  }
  const db = openAppDatabase(true);
  await db.open();
  try {
    if (db.verno !== GOLDEN_VERSION) throw new Error(`The golden fixture is for version ${GOLDEN_VERSION}, the app is at ${db.verno}`);
    return { foundVersion: found.version, foundStores: found.stores, asFound, upgraded: await compare(db, upgradedTables(copies)), upgradedVersion: db.verno };
  } finally {
    db.close();
  }
}
