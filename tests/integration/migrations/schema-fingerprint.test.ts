/**
 * Released schema versions are frozen. Each version's fingerprint is a SHA-256 of its store
 * definitions (renderer/data/schema.ts) and the text of its upgrade (renderer/data/migrations/vN.ts
 * with the files it imports there), compared with tests/fixtures/schema/fingerprints.json. Upgrades
 * read rows with frozen copies of the old shapes, never today's domain code.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSIONS, type SchemaVersion } from '../../../renderer/data/schema';

const ROOT = resolve(import.meta.dirname, '../../..');
const MIGRATIONS = join(ROOT, 'renderer/data/migrations');
const RECORDED = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/schema/fingerprints.json'), 'utf8')) as { versions: Record<string, string> };

/** What an upgrade file may import: libraries for shapes and the database, and other frozen files. */
const ALLOWED_IMPORTS = new Set(['dexie', 'zod', 'temporal-polyfill']);

function importsOf(source: string): string[] {
  return [...source.matchAll(/(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)].map((m) => m[1] ?? m[2] ?? '');
}

/** The file's text and that of every frozen file it imports, in a fixed order, line endings made alike. */
function upgradeText(file: string, seen = new Set<string>()): string {
  if (seen.has(file)) return '';
  seen.add(file);
  const source = readFileSync(file, 'utf8').replace(/\r\n?/g, '\n');
  const local = importsOf(source)
    .filter((spec) => spec.startsWith('./'))
    .map((spec) => join(MIGRATIONS, `${spec.slice(2)}.ts`))
    .sort();
  return [`// ${file.slice(ROOT.length + 1)}\n${source}`, ...local.map((f) => upgradeText(f, seen))].join('\n');
}

function fingerprint(version: SchemaVersion): string {
  const stores = Object.keys(version.stores)
    .sort()
    .map((table) => [table, version.stores[table] ?? null]);
  const file = join(MIGRATIONS, `v${version.version}.ts`);
  const upgrade = version.upgrade === undefined ? null : upgradeText(file);
  return createHash('sha256').update(JSON.stringify(['team-around-schema-v1', version.version, stores, upgrade])).digest('hex');
}

const migrationFiles = readdirSync(MIGRATIONS).filter((f) => /^v\d+\.ts$/.test(f));

describe('released schema versions are frozen', () => {
  it.each(SCHEMA_VERSIONS.map((v) => [v.version, v] as const))('version %i still has the stores and upgrade it was released with', (version, schema) => {
    const recorded = RECORDED.versions[String(version)];
    const actual = fingerprint(schema);
    const highest = Math.max(...Object.keys(RECORDED.versions).map(Number));
    if (recorded === undefined) {
      // A version newer than every recorded one is still being written; any other must be recorded.
      expect(version, `Schema version ${version} has no recorded fingerprint. Record it in tests/fixtures/schema/fingerprints.json as "${actual}" when it is released.`).toBeGreaterThan(highest);
      return;
    }
    expect(
      actual,
      `Schema version ${version} has changed since it was released: its stores in renderer/data/schema.ts or its upgrade in renderer/data/migrations/v${version}.ts ` +
        'are not what was released. A released version must never change: put it back as it was, and make the change in a new schema version.',
    ).toBe(recorded);
  });

  it('has an upgrade file for every version with an upgrade, and none without one', () => {
    const withUpgrade = SCHEMA_VERSIONS.filter((v) => v.upgrade !== undefined).map((v) => `v${v.version}.ts`);
    expect(migrationFiles.sort()).toEqual(withUpgrade.sort());
  });

  it.each(SCHEMA_VERSIONS.filter((v) => v.upgrade !== undefined).map((v) => [v.version, v] as const))('version %i runs the upgrade its frozen file exports', async (version, schema) => {
    const module = (await import(`../../../renderer/data/migrations/v${version}.ts`)) as { upgrade?: unknown };
    expect(schema.upgrade).toBe(module.upgrade);
  });

  it.each(migrationFiles)('%s reads old rows with its own frozen shapes, not today’s domain code', (file) => {
    const imports = importsOf(readFileSync(join(MIGRATIONS, file), 'utf8'));
    for (const spec of imports) {
      const frozen = /^\.\/[\w-]+$/.test(spec) && existsSync(join(MIGRATIONS, `${spec.slice(2)}.ts`));
      expect(ALLOWED_IMPORTS.has(spec) || frozen, `${file} imports ${spec}: an upgrade may import only ${[...ALLOWED_IMPORTS].join(', ')} and other files in renderer/data/migrations.`).toBe(true);
    }
  });
});

describe('the fingerprint', () => {
  it('changes when a store definition or an upgrade changes, and not otherwise', () => {
    const v3 = SCHEMA_VERSIONS.find((v) => v.version === 3);
    if (!v3) throw new Error('no version 3');
    expect(fingerprint({ ...v3 })).toBe(fingerprint(v3));
    expect(fingerprint({ ...v3, stores: { ...v3.stores, plans: 'id, familyId, startsOn' } })).not.toBe(fingerprint(v3));
    expect(fingerprint({ ...v3, stores: { ...v3.stores, extra: 'id' } })).not.toBe(fingerprint(v3));
    expect(fingerprint({ ...v3, upgrade: undefined })).not.toBe(fingerprint(v3));
    expect(upgradeText(join(MIGRATIONS, 'v3.ts'))).toContain('familyRecordFromV1');
  });
});
