/** A database made at schema version 7 from the v7 fixture, for the tests of the version 8 upgrade's marks. */
import Dexie from 'dexie';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SCHEMA_VERSIONS } from '../../../renderer/data/schema';

export const version7Fixture = JSON.parse(readFileSync(join(import.meta.dirname, '../../fixtures/schema/v7.json'), 'utf8')) as {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
};

/** Creates database `name` at version 7, holding the fixture's rows. */
export async function createAtVersion7(name: string): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= 7)) {
    const version = old.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  await old.open();
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(version7Fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}
