import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION, SCHEMA_VERSIONS } from '../../../renderer/data/schema';

/**
 * For every released schema version N there is tests/fixtures/schema/vN.json (data as that version
 * stored it) and vN-upgraded-to-current.json (what the current version must hold after upgrading).
 * Adding a schema version means adding its fixture and regenerating the golden files by hand.
 */
const FIXTURES = join(import.meta.dirname, '../../fixtures/schema');

interface Fixture {
  version: number;
  tables: Record<string, Array<Record<string, unknown>>>;
}

const fixtureVersions = readdirSync(FIXTURES)
  .map((f) => /^v(\d+)\.json$/.exec(f)?.[1])
  .filter((v): v is string => v !== undefined)
  .map(Number);

function read(name: string): Fixture {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as Fixture;
}

/** A database exactly as the app at `version` created it, filled with the fixture's data. */
async function createAtVersion(name: string, fixture: Fixture): Promise<void> {
  const old = new Dexie(name);
  for (const v of SCHEMA_VERSIONS.filter((s) => s.version <= fixture.version)) {
    const version = old.version(v.version).stores(v.stores);
    if (v.upgrade) version.upgrade(v.upgrade);
  }
  await old.open();
  expect(old.verno).toBe(fixture.version);
  await old.transaction('rw', old.tables, async () => {
    for (const [table, rows] of Object.entries(fixture.tables)) await old.table(table).bulkAdd(rows);
  });
  old.close();
}

async function dump(db: TeamAroundDatabase): Promise<Fixture['tables']> {
  const tables: Fixture['tables'] = {};
  for (const table of db.tables) tables[table.name] = (await table.toArray()) as Array<Record<string, unknown>>;
  return tables;
}

describe('schema migrations', () => {
  it('has a fixture for every released version except the current one', () => {
    const released = SCHEMA_VERSIONS.map((v) => v.version).filter((v) => v < CURRENT_SCHEMA_VERSION);
    expect(fixtureVersions.sort()).toEqual(expect.arrayContaining(released));
  });

  it.each(fixtureVersions)('upgrades a version %i database to the current version without losing a field', async (version) => {
    const fixture = read(`v${version}.json`);
    const golden = read(`v${version}-upgraded-to-current.json`);
    const name = `migration-v${version}`;
    await createAtVersion(name, fixture);

    const db = new TeamAroundDatabase(name);
    await db.open();
    expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
    expect(golden.version).toBe(CURRENT_SCHEMA_VERSION);
    expect(await dump(db)).toEqual(golden.tables);
    db.close();
    await db.delete();
  });
});
