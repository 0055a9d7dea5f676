/**
 * The benchmark: builds the app and the bench pages, serves them, starts Chromium with a
 * profile holding the caseload (encrypted, with a keyring the app can unlock, plus a plain copy
 * for the floors), then measures each path beside its floor in the same run. The tiny scale
 * generates its profile afresh; the full and council scales keep theirs between runs and
 * measure a copy (profile-cache.ts). Budgets are reported, never asserted.
 */
import { cpus, totalmem } from 'node:os';
import type { BrowserContext, Page } from '@playwright/test';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { launchBenchBrowser, type BenchBrowser } from './browser';
import { REPO_ROOT, benchDirs, buildBenchTargets } from './build';
import type { GenerateResult } from './browser/api';
import { COUNCIL_CASELOAD, DEFAULT_SEED, FULL_CASELOAD, TINY_CASELOAD, caseloadCounts, type CaseloadSize } from './caseload';
import { callBench } from './paths/bench-page';
import type { PathContext } from './paths/context';
import { DASHBOARD_PATH, FAMILY_PLAN_PATH, SAVE_EDIT_PATH, dashboardRow, familyPlanRow, saveEditRow } from './paths/database';
import { DOCX_PATH, docxRow } from './paths/docx';
import { HOME_PATH, homeRow } from './paths/home';
import { EXPORT_MEMORY_PATH, exportMemoryRow } from './paths/export-memory';
import { FAMILY_PAGE_PATH, familyPageRow } from './paths/family-page';
import { HEAP_PATH, heapRow } from './paths/heap';
import { PDF_PATH, pdfRow } from './paths/pdf';
import { SHARE_COPY_PATH, shareCopyRow } from './paths/share-copy';
import { SLOT_FINDER_PATH, slotFinderRow } from './paths/slots';
import { START_PATH, startRow } from './paths/start';
import { TYPING_PATH, typingRow } from './paths/typing';
import { UNLOCK_PATH, unlockRow } from './paths/unlock';
import { BENCH_PASSPHRASE } from './profile';
import { copyForRun, keepProfile, partialProfileDir, profileCacheDir, reusableProfile, type CachedProfile, type ProfileKey } from './profile-cache';
import type { BenchReport, MachineInfo } from './report/report';
import { notMeasuredRow, type BenchRow, type PathInfo } from './report/row';
import { writeReport } from './report/write-json';
import { serveStatic } from './server';

export type BenchScale = 'tiny' | 'full' | 'council';

export const CASELOADS: Readonly<Record<BenchScale, CaseloadSize>> = { tiny: TINY_CASELOAD, full: FULL_CASELOAD, council: COUNCIL_CASELOAD };

/** Where the full and council scales serve, so their kept profiles (IndexedDB is per origin) are found again; apart, so both can run at once. */
export const BENCH_PORTS: Readonly<Record<Exclude<BenchScale, 'tiny'>, number>> = { full: 47_615, council: 47_616 };

export interface BenchOptions {
  scale: BenchScale;
  runs: number;
  quickRuns: number;
  warmup: number;
  seed: number;
  /** Where results-<timestamp>.json and latest.json go; null writes nothing. */
  outputDir: string | null;
  /** Build output for the app, the bench pages and the memory child. */
  distDir: string;
  /**
   * The app as already built by `npm run build` (dist/renderer), served instead of building it
   * again: `npm test` builds once and passes it here through BENCH_APP_DIR. Null builds the app.
   */
  prebuiltApp: string | null;
  /** Keep the generated profile between runs and measure a copy of it (profile-cache.ts). */
  keepProfile: boolean;
  /** Generate the profile again even where a kept one matches (`--fresh`). */
  fresh: boolean;
  /** The server's port: fixed where the profile is kept (`--port=N`); 0 takes any free port. */
  port: number;
  /** Measure only the paths with these ids (`--only=home-lists,unlock`); empty measures every path. */
  only?: readonly string[];
  log: (line: string) => void;
}

export const DEFAULT_OUTPUT_DIR = `${REPO_ROOT}tests/bench`;

export function benchOptions(scale: BenchScale, overrides: Partial<BenchOptions> = {}): BenchOptions {
  const base: BenchOptions =
    scale === 'tiny'
      ? { scale, runs: 1, quickRuns: 1, warmup: 0, seed: DEFAULT_SEED, outputDir: null, distDir: `${REPO_ROOT}dist/bench-tiny`, prebuiltApp: null, keepProfile: false, fresh: false, port: 0, log: () => undefined }
      : { scale, runs: 10, quickRuns: 30, warmup: 2, seed: DEFAULT_SEED, outputDir: DEFAULT_OUTPUT_DIR, distDir: `${REPO_ROOT}dist/bench`, prebuiltApp: null, keepProfile: true, fresh: false, port: BENCH_PORTS[scale], log: () => undefined };
  return { ...base, ...overrides };
}

interface PathSpec {
  info: PathInfo;
  measure: (ctx: PathContext) => Promise<BenchRow>;
}

/** In the order they are printed. Each path is measured beside its floor before the next starts. */
const PATHS: PathSpec[] = [
  { info: START_PATH, measure: startRow },
  { info: UNLOCK_PATH, measure: unlockRow },
  { info: DASHBOARD_PATH, measure: dashboardRow },
  { info: FAMILY_PLAN_PATH, measure: familyPlanRow },
  { info: HOME_PATH, measure: homeRow },
  { info: FAMILY_PAGE_PATH, measure: familyPageRow },
  { info: SAVE_EDIT_PATH, measure: saveEditRow },
  { info: TYPING_PATH, measure: typingRow },
  { info: DOCX_PATH, measure: docxRow },
  { info: PDF_PATH, measure: pdfRow },
  { info: SHARE_COPY_PATH, measure: shareCopyRow },
  { info: SLOT_FINDER_PATH, measure: slotFinderRow },
  { info: HEAP_PATH, measure: heapRow },
  { info: EXPORT_MEMORY_PATH, measure: exportMemoryRow },
];

export const PATH_IDS: readonly string[] = PATHS.map((p) => p.info.id);

/** The full version (the user agent string reports only the major version). */
async function chromiumVersion(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { product } = await cdp.send('Browser.getVersion');
  await cdp.detach();
  return product.replace(/^[^/]*\//, '');
}

function machine(chromium: string): MachineInfo {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    memoryMiB: Math.round(totalmem() / 1024 / 1024),
    platform: `${process.platform} ${process.arch}`,
    node: process.versions.node,
    chromium,
  };
}

async function openBenchPage(context: BrowserContext, origin: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/pages/bench.html`);
  await page.waitForFunction(() => window.teamAroundBench !== undefined);
  return page;
}

/** Unlocks the profile as the app does and checks it holds the whole caseload, sealed, readable through the middleware. */
async function prepareChecked(page: Page, size: CaseloadSize, log: (line: string) => void): Promise<number> {
  const expected = caseloadCounts(size);
  const counts = await callBench(page, 'prepare', BENCH_PASSPHRASE);
  for (const stored of [counts, counts.plain]) {
    if (stored.actions !== expected.actions || stored.families !== expected.families || stored.meetings !== expected.meetings) {
      throw new Error(`The caseload was not written in full: ${JSON.stringify(counts)}`);
    }
  }
  if (!counts.sealed) throw new Error('The caseload in the app database is not encrypted: a raw read found clear fields.');
  if (!counts.readBack) throw new Error('The caseload read through the encryption middleware differs from its plain copy.');
  if (!counts.isolated) log('Warning: the bench page is not cross-origin isolated, so in-page timings are rounded to 0.1 ms.');
  return counts.unlockMs;
}

async function generateInto(page: Page, options: BenchOptions, size: CaseloadSize): Promise<GenerateResult> {
  options.log(`Generating the caseload (${size.families.toLocaleString('en-GB')} families), encrypted and as a plain copy, in Chromium…`);
  await callBench(page, 'reset');
  const written = await callBench(page, 'generate', options.seed, size, BENCH_PASSPHRASE);
  const sealing = written.sealMs === undefined ? '' : `sealing ${(written.sealMs / 1000).toFixed(1)} s, `;
  options.log(
    `Caseload written in ${(written.totalMs / 1000).toFixed(1)} s (making records ${(written.generateMs / 1000).toFixed(1)} s, ${sealing}encrypted rows ${(written.writeMs / 1000).toFixed(1)} s, plain copy ${(written.plainWriteMs / 1000).toFixed(1)} s, overlapping).`,
  );
  return written;
}

/** The kept profile for this scale, seed and port, generated (and checked) first if there is none. */
async function keptProfile(options: BenchOptions, size: CaseloadSize, origin: string, key: ProfileKey): Promise<{ cached: CachedProfile; generated: boolean }> {
  const dir = await profileCacheDir(key);
  const found = await reusableProfile(dir, options.fresh);
  if (found) {
    options.log(`Using the kept caseload profile ${dir} (generated ${found.generatedAt}; --fresh generates it again).`);
    return { cached: found, generated: false };
  }
  const partial = await partialProfileDir(dir);
  try {
    const browser = await launchBenchBrowser(join(partial, 'profile'));
    let written: GenerateResult;
    try {
      const page = await openBenchPage(browser.context, origin);
      written = await generateInto(page, options, size);
      await prepareChecked(page, size, options.log);
    } finally {
      await browser.close();
    }
    const cached = await keepProfile(partial, dir, key, written);
    options.log(`Kept the caseload profile in ${dir}.`);
    return { cached, generated: true };
  } catch (error) {
    await rm(partial, { recursive: true, force: true });
    throw error;
  }
}

export async function runBenchmark(options: BenchOptions): Promise<{ report: BenchReport; files: { results: string; latest: string } | null }> {
  const startedAt = new Date();
  const started = performance.now();
  const { log } = options;
  const size = CASELOADS[options.scale];

  log(options.prebuiltApp ? `Building the bench pages (the app as built in ${options.prebuiltApp})…` : 'Building the app and the bench pages…');
  const dirs = benchDirs(options.distDir, options.prebuiltApp);
  await buildBenchTargets(dirs, { buildApp: options.prebuiltApp === null });
  const server = await serveStatic({ '/app/': dirs.app, '/pages/': dirs.pages }, ['/pages/bench.html'], options.port);
  let runProfile: string | undefined;
  let browser: BenchBrowser | undefined;
  try {
    let kept: { written: GenerateResult; profile: 'generated' | 'kept' } | undefined;
    if (options.keepProfile) {
      const found = await keptProfile(options, size, server.origin, { scale: options.scale, seed: options.seed, port: server.port });
      const t0 = performance.now();
      runProfile = await copyForRun(found.cached);
      log(`Copied the profile for this run in ${((performance.now() - t0) / 1000).toFixed(1)} s.`);
      kept = { written: found.cached.written, profile: found.generated ? 'generated' : 'kept' };
    }
    browser = await launchBenchBrowser(runProfile);
    const benchPage = await openBenchPage(browser.context, server.origin);
    const chromium = await chromiumVersion(benchPage);
    const written = kept?.written ?? (await generateInto(benchPage, options, size));
    const profile = kept?.profile ?? 'generated';
    const unlockMs = await prepareChecked(benchPage, size, log);

    const ctx: PathContext = {
      runs: options.runs,
      quickRuns: options.quickRuns,
      warmup: options.warmup,
      seed: options.seed,
      size,
      pbkdf2Iterations: written.pbkdf2Iterations,
      browser: browser.context,
      benchPage,
      origin: server.origin,
      distDir: dirs.root,
      log,
    };
    const rows: BenchRow[] = [];
    const only = options.only ?? [];
    for (const spec of PATHS.filter((p) => only.length === 0 || only.includes(p.info.id))) {
      log(`Measuring: ${spec.info.path}…`);
      try {
        rows.push(await spec.measure(ctx));
      } catch (error) {
        // Never a made-up number: a path that could not run says why.
        rows.push(notMeasuredRow(spec.info, error instanceof Error ? error.message.split('\n')[0] ?? 'unknown error' : String(error)));
      }
    }

    const report: BenchReport = {
      startedAt: startedAt.toISOString(),
      finishedAt: new Date().toISOString(),
      durationMs: performance.now() - started,
      scale: options.scale,
      runs: options.runs,
      warmup: options.warmup,
      machine: machine(chromium),
      caseload: { seed: options.seed, ...written, unlockMs, profile },
      rows,
    };
    const files = options.outputDir === null ? null : await writeReport(report, options.outputDir);
    return { report, files };
  } finally {
    await browser?.close();
    await server.close();
    if (runProfile) await rm(runProfile, { recursive: true, force: true });
  }
}
