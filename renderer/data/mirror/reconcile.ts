/**
 * After unlocking: is the database the one the mirror copies? Each database carries a generation id
 * in its settings, and the mirror's manifest names the same id. A database without one is new, or
 * one the browser engine has rebuilt empty after a crash: every mirrored row it lacks is put back
 * (a new database has an empty mirror: a new keyring clears it). A row the database already has is
 * never overwritten, so an older copy can never replace newer work.
 */
import Dexie, { type IndexableType } from 'dexie';
import { newId } from '../../../shared/domain/ids';
import type { KeySession } from '../crypto/key-session';
import { openRecord } from '../crypto/record-sealing';
import type { TeamAroundDatabase } from '../db';
import type { RecentWorkMirror } from './recent-work-mirror';

/** The settings row naming the mirror generation this database belongs to. */
export const GENERATION_SETTING = 'recent-work-generation';

export type ReconcileOutcome =
  /** The database is the one the mirror copies: nothing to do. */
  | { kind: 'in-step' }
  /** The database carries another generation (a backup from elsewhere was restored): the mirror now follows it. */
  | { kind: 'adopted' }
  /** No generation on either side (first run, or the mirror was lost): a new one is started. */
  | { kind: 'started' }
  /** The database had been rebuilt empty: rows were put back from the mirror. */
  | { kind: 'rebuilt'; restored: number; alreadyPresent: number; unreadable: number };

function generationOf(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { generation } = value as { generation?: unknown };
  return typeof generation === 'string' && generation !== '' ? generation : null;
}

export async function reconcileWithMirror(db: TeamAroundDatabase, mirror: RecentWorkMirror, session: KeySession, schemaVersion: number): Promise<ReconcileOutcome> {
  const manifest = await mirror.manifest();
  const stored = generationOf((await db.settings.get(GENERATION_SETTING))?.value);
  if (stored) {
    if (manifest.generation === stored) return { kind: 'in-step' };
    await mirror.saveManifest({ generation: stored });
    return { kind: 'adopted' };
  }
  // No generation in the database: it is new, or it was rebuilt empty. Whatever the mirror holds is
  // put back (only rows the database lacks), and the database joins the mirror's generation.
  const copies = await mirror.rows();
  if (!manifest.generation && copies.length === 0) {
    // The database first, then the manifest: a kill between leaves a database the mirror then adopts.
    const generation = newId();
    await db.settings.put({ key: GENERATION_SETTING, value: { generation } });
    await mirror.saveManifest({ generation });
    return { kind: 'started' };
  }
  const generation = manifest.generation ?? newId();

  const outcome = { kind: 'rebuilt' as const, restored: 0, alreadyPresent: 0, unreadable: 0 };
  const tableNames = new Set(db.tables.map((t) => t.name));
  const restorable: Array<{ table: string; key: unknown; row: Record<string, unknown> }> = [];
  for (const copy of copies) {
    if (!tableNames.has(copy.table)) {
      outcome.unreadable += 1;
      continue;
    }
    const keyPath = db.table(copy.table).schema.primKey.keyPath;
    const layout = { table: copy.table, clearPaths: [], primaryKeyOf: (row: object) => (typeof keyPath === 'string' ? Dexie.getByKeyPath(row, keyPath) : undefined) };
    try {
      const row = openRecord(layout, copy.row, { keyById: (id) => session.keyById(id), schemaVersion, acceptUnsealedRows: false }) as Record<string, unknown>;
      restorable.push({ table: copy.table, key: copy.key, row });
    } catch {
      // Sealed with a key this keyring does not hold, or altered: it cannot be put back.
      outcome.unreadable += 1;
    }
  }
  const tables = [...new Set(restorable.map((r) => r.table)), 'settings'].map((name) => db.table(name));
  // One transaction: all of it is put back with the generation, or none of it and the next unlock tries again.
  await db.transaction('rw', tables, async () => {
    for (const { table, key, row } of restorable) {
      if ((await db.table(table).where(':id').equals(key as IndexableType).count()) > 0) {
        outcome.alreadyPresent += 1;
        continue;
      }
      await db.table(table).add(row);
      outcome.restored += 1;
    }
    await db.settings.put({ key: GENERATION_SETTING, value: { generation } });
  });
  if (!manifest.generation) await mirror.saveManifest({ generation });
  return outcome;
}
