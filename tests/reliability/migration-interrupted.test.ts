/**
 * Termination during a schema migration (SECURITY.md, "Reliability tests"; Dexie #1175): real
 * Chromium, a version 1 database from tests/fixtures/schema/v1.json (encrypted), upgraded by the
 * current TeamAroundDatabase and SIGKILLed part way. Never half-migrated; no field lost against
 * the golden v1-upgraded-to-current.json. RELIABILITY_MIGRATION_RUNS sets the runs (10).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CURRENT_SCHEMA_VERSION } from '../../renderer/data/schema';
import { count, printFigures, seconds } from './support/figures';
import { runInterruptedMigration } from './support/interrupted-migration';
import { migrationRuns, reliabilitySeed } from './support/settings';
import { startReliabilitySite, type ReliabilitySite } from './support/site';

const RUNS = migrationRuns();
const SEED = reliabilitySeed();
/**
 * 2 families in the fixture, so 400 families and 1,200 rows: an upgrade of about a second here.
 * The kill comes after a random share of the rows has been rewritten (or during the commit), so
 * the size only has to leave room to be part way; more rows only make each run longer (1,000
 * copies made this the longest test of the suite: record 0043).
 */
const COPIES = 200;

let site: ReliabilitySite;
beforeAll(async () => {
  site = await startReliabilitySite();
}, 60_000);
afterAll(async () => {
  await site?.close();
});

describe('termination during a schema migration', () => {
  it(`is never half-migrated and loses no field (${RUNS} runs)`, async () => {
    const figures = await runInterruptedMigration({ runs: RUNS, copies: COPIES, seed: SEED, origin: site.origin });
    const killed = figures.results.filter((r) => r.run > 0);
    const failures = figures.results.filter((r) => r.problems.length > 0);
    const atV1 = killed.filter((r) => r.foundVersion === 1).length;
    printFigures(
      `interrupted migration: ${killed.length} runs, ${failures.length} failures, ${figures.rowsLost} rows lost or changed ` +
        `(${count(figures.families)} families, upgrade v1->v${CURRENT_SCHEMA_VERSION} rewrites ${count(figures.rowsRewritten)} rows in ${seconds(figures.upgradeMs)}; ` +
        `after the kill found wholly at v1 ${atV1}, wholly at v${CURRENT_SCHEMA_VERSION} ${killed.length - atV1}; ` +
        `killed after ${killed.map((r) => (r.finishedBeforeKill ? 'done' : r.rowsRewrittenAtKill)).join(', ')} rewrites; seed ${SEED}; ${seconds(figures.durationMs)})`,
    );
    for (const failure of failures) printFigures(`  run ${failure.run}: ${failure.problems.join('; ')}`);
    expect(failures).toEqual([]);
    expect(figures.rowsLost).toBe(0);
  }, 60_000 + RUNS * 45_000);
});
