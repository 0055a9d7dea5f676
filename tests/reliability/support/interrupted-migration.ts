/**
 * Termination during a schema migration (Dexie #1175): a version 1 database, seeded once and copied
 * for each run, is opened with the current TeamAroundDatabase and Chromium is SIGKILLed when the
 * upgrade has rewritten a random share of the rows (or, every fifth run, while it commits). The
 * relaunched browser must find it wholly at version 1 or wholly current, with no field lost.
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { mulberry32 } from '../../bench/caseload/random';
import type { MigrationInspection, TableCheck } from '../browser/migration';
import { SCHEMA_VERSIONS } from '../../../renderer/data/schema';
import { killAbruptly, launchProfile } from './chromium';
import { openMigrationSession } from './migration-session';
import { callPage, openReliabilityPage } from './page';

export interface MigrationOptions {
  runs: number;
  /** Copies of the fixture's families; the upgrade rewrites each row twice (versions 2 and 3). */
  copies: number;
  seed: number;
  origin: string;
  log?: (line: string) => void;
}

export interface MigrationRunResult {
  run: number;
  rowsRewrittenAtKill: number;
  /** The kill came too late: the upgrade had already committed (then the database must be current). */
  finishedBeforeKill: boolean;
  foundVersion: number;
  problems: string[];
}

export interface MigrationFigures {
  families: number;
  /** Rows the uninterrupted upgrade rewrites, and how long it took. */
  rowsRewritten: number;
  upgradeMs: number;
  results: MigrationRunResult[];
  /** Rows that differ from the fixture or the golden copy, over every check. */
  rowsLost: number;
  durationMs: number;
}

const V1_STORES = Object.keys(SCHEMA_VERSIONS[0]?.stores ?? {}).sort();
const CURRENT_STORES = [...new Set(SCHEMA_VERSIONS.flatMap((v) => Object.keys(v.stores)))].sort();

function mismatches(checks: Record<string, TableCheck>): number {
  return Object.values(checks).reduce((sum, c) => sum + c.mismatched, 0);
}

function judge(found: MigrationInspection, currentVersion: number): string[] {
  const problems: string[] = [];
  const stores = found.foundStores.join(',');
  if (found.foundVersion === 1 && stores !== V1_STORES.join(',')) problems.push(`version 1 with the stores ${stores}`);
  else if (found.foundVersion === currentVersion && stores !== CURRENT_STORES.join(',')) problems.push(`version ${currentVersion} with the stores ${stores}`);
  else if (found.foundVersion !== 1 && found.foundVersion !== currentVersion) problems.push(`half-migrated: found version ${found.foundVersion}`);
  if (mismatches(found.asFound) > 0) problems.push(`found at version 1 but ${mismatches(found.asFound)} rows differ from the version 1 fixture`);
  if (found.upgradedVersion !== currentVersion) problems.push(`did not upgrade: version ${found.upgradedVersion}`);
  if (mismatches(found.upgraded) > 0) problems.push(`after upgrading, ${mismatches(found.upgraded)} rows differ from the golden copy`);
  return problems;
}

async function inspect(profile: string, origin: string, copies: number): Promise<MigrationInspection> {
  const browser = await launchProfile(profile);
  try {
    await openReliabilityPage(browser.page, origin);
    return await callPage(browser.page, 'inspectMigration', copies);
  } finally {
    await browser.context.close();
  }
}

export async function runInterruptedMigration(options: MigrationOptions): Promise<MigrationFigures> {
  const started = performance.now();
  const random = mulberry32(options.seed);
  const work = await mkdtemp(join(tmpdir(), 'team-around-migration-'));
  const template = join(work, 'v1');
  const currentVersion = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]?.version ?? 1;
  try {
    const seeding = await launchProfile(template);
    await openReliabilityPage(seeding.page, options.origin);
    const families = await callPage(seeding.page, 'createV1Database', options.copies);
    await seeding.context.close();

    // Run 0, uninterrupted: the clean upgrade, and how many rows it rewrites.
    const clean = join(work, 'run-0');
    await cp(template, clean, { recursive: true });
    const calibration = await openMigrationSession(clean, options.origin);
    const { ms: upgradeMs, rowsRewritten } = await callPage(calibration.browser.page, 'startUpgrade');
    await calibration.browser.context.close();
    const figures: MigrationFigures = { families, rowsRewritten, upgradeMs, results: [], rowsLost: 0, durationMs: 0 };
    const cleanFound = await inspect(clean, options.origin, options.copies);
    figures.results.push({ run: 0, rowsRewrittenAtKill: rowsRewritten, finishedBeforeKill: true, foundVersion: cleanFound.foundVersion, problems: judge(cleanFound, currentVersion) });
    figures.rowsLost += mismatches(cleanFound.upgraded);
    await rm(clean, { recursive: true, force: true });

    for (let run = 1; run <= options.runs; run++) {
      const profile = join(work, `run-${run}`);
      await cp(template, profile, { recursive: true });
      const session = await openMigrationSession(profile, options.origin);
      const duringCommit = run % 5 === 0;
      const target = duringCommit ? rowsRewritten : Math.max(1, Math.floor(random() * rowsRewritten));
      let finishedBeforeKill = false;
      const upgrade = callPage(session.browser.page, 'startUpgrade').then(
        () => (finishedBeforeKill = true),
        () => undefined,
      );
      await session.reached(target, upgrade);
      if (duringCommit) await new Promise((resolve) => setTimeout(resolve, random() * 50));
      const rowsRewrittenAtKill = session.progress();
      await killAbruptly(session.browser);
      await upgrade;

      const found = await inspect(profile, options.origin, options.copies);
      const problems = judge(found, currentVersion);
      figures.rowsLost += mismatches(found.asFound) + mismatches(found.upgraded);
      figures.results.push({ run, rowsRewrittenAtKill, finishedBeforeKill, foundVersion: found.foundVersion, problems });
      options.log?.(`interrupted migration run ${run}: killed after ${rowsRewrittenAtKill} of ${rowsRewritten} row rewrites, found version ${found.foundVersion}${problems.length ? `: ${problems.join('; ')}` : ''}`);
      await rm(profile, { recursive: true, force: true });
    }
    figures.durationMs = performance.now() - started;
    return figures;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
