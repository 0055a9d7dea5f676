/**
 * Proves the benchmark harness works, on a tiny caseload with one run per side. Only the
 * shape of the results is checked: every path gives a row with numeric medians, ratios are
 * ours/floor, and the JSON is written. Timings and budgets are never asserted here.
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { actionSchema } from '../../shared/domain/action';
import { familyRecordSchema } from '../../shared/domain/family-record';
import { meetingSchema } from '../../shared/domain/meeting';
import { caseloadBatch, DEFAULT_SEED, familyIdAt, TINY_CASELOAD } from './caseload';
import { createServer } from 'node:net';
import { PATH_IDS, benchOptions, runBenchmark } from './harness';
import { profileCacheDir, readCachedProfile } from './profile-cache';
import type { BenchReport } from './report/report';
import { measuredRow, verdictOf } from './report/row';
import { median, percentile, summarise, summariseWithTail } from './report/stats';
import { formatTable } from './report/table';

describe('benchmark arithmetic', () => {
  it('takes medians of odd and even sample counts', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(summarise([2, 9, 4])).toEqual({ n: 3, median: 4, min: 2, max: 9 });
  });

  it('divides our median by the floor median and judges the budget from them', () => {
    const row = measuredRow({ id: 'x', path: 'x', unit: 'ms', budget: { maxRatio: 2, maxMedian: 16 }, note: '' }, summarise([6, 6]), summarise([4, 4]), { ours: [6, 6], floor: [4, 4] });
    expect(row.ratio).toBe(1.5);
    expect(row.verdict).toBe('pass');
    expect(verdictOf(summarise([20]), 1, { maxMedian: 16 })).toBe('fail');
    expect(verdictOf(summarise([9]), 2.5, { maxRatio: 2 })).toBe('fail');
    expect(verdictOf(summarise([9]), null, null)).toBe('report');
  });

  it('takes the 95th percentile by nearest rank and judges a tail budget on it', () => {
    const values = Array.from({ length: 20 }, (_, i) => i + 1);
    expect(percentile(values, 95)).toBe(19);
    expect(percentile([7], 95)).toBe(7);
    expect(summariseWithTail([3, 1, 2]).p95).toBe(3);
    expect(verdictOf(summariseWithTail([10, 10, 60]), 1, { maxRatio: 1.5, maxP95: 50 })).toBe('fail');
    expect(verdictOf(summariseWithTail([10, 10, 40]), 1, { maxRatio: 1.5, maxP95: 50 })).toBe('pass');
    // A row judged on its tail without one is never passed.
    expect(verdictOf(summarise([10]), 1, { maxP95: 50 })).toBe('fail');
  });
});

describe('synthetic caseload', () => {
  it('is the same from the same seed, whatever the batch size', () => {
    const whole = caseloadBatch(7, TINY_CASELOAD, 0, TINY_CASELOAD.families);
    const halves = [caseloadBatch(7, TINY_CASELOAD, 0, 5), caseloadBatch(7, TINY_CASELOAD, 5, TINY_CASELOAD.families)];
    expect(halves.flatMap((b) => b.actions)).toEqual(whole.actions);
    expect(whole.families).toHaveLength(TINY_CASELOAD.families);
    expect(whole.meetings).toHaveLength(TINY_CASELOAD.families * TINY_CASELOAD.meetingsPerFamily);
    expect(whole.actions).toHaveLength(TINY_CASELOAD.families * TINY_CASELOAD.actionsPerFamily);
    expect(whole.families[3]?.id).toBe(familyIdAt(7, 3));
    expect(caseloadBatch(8, TINY_CASELOAD, 0, 1).families[0]?.id).not.toBe(whole.families[0]?.id);
  });

  it('is made of records the app itself accepts', () => {
    const { families, meetings, actions } = caseloadBatch(7, TINY_CASELOAD, 0, TINY_CASELOAD.families);
    for (const f of families) expect(familyRecordSchema.safeParse(f).error?.issues ?? []).toEqual([]);
    for (const m of meetings) expect(meetingSchema.safeParse(m).error?.issues ?? []).toEqual([]);
    for (const { isOpen: _isOpen, ...a } of actions) expect(actionSchema.safeParse(a).error?.issues ?? []).toEqual([]);
  });

  it('has open actions with due dates for the dashboard to find', () => {
    const { actions } = caseloadBatch(7, TINY_CASELOAD, 0, TINY_CASELOAD.families);
    expect(actions.some((a) => a.isOpen === 1 && a.dueDate !== null)).toBe(true);
    expect(actions.every((a) => (a.isOpen === 1) === (a.status === 'not-started' || a.status === 'in-progress'))).toBe(true);
  });
});

/** `npm test` builds the app once (dist/renderer) and names it in BENCH_APP_DIR; run alone, the harness builds it. */
function builtApp(): string | null {
  const dir = process.env.BENCH_APP_DIR;
  if (!dir) return null;
  if (!existsSync(join(resolve(dir), 'index.html'))) throw new Error(`BENCH_APP_DIR names ${dir}, which holds no built app: run npm run build first.`);
  return resolve(dir);
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No port'))));
    });
  });
}

describe('benchmark harness, tiny caseload', () => {
  let output: string | undefined;
  let kept: string | undefined;
  afterAll(async () => {
    if (output) await rm(output, { recursive: true, force: true });
    if (kept) await rm(kept, { recursive: true, force: true });
  });

  // The one real run keeps its profile, as the full and council scales do: it is generated and
  // checked in one browser, kept, and every path is measured on a copy of it in another. Finding a
  // kept profile again, and --fresh, are the cache's own functions (profile-cache.test.ts).
  it('measures every path beside its floor on a copy of the kept profile and writes the results as JSON', async () => {
    output = await mkdtemp(join(tmpdir(), 'team-around-bench-test-'));
    // A port of its own: nothing else keeps this profile.
    const port = await freePort();
    kept = await profileCacheDir({ scale: 'tiny', seed: DEFAULT_SEED, port });
    await rm(kept, { recursive: true, force: true });
    const { report, files } = await runBenchmark(benchOptions('tiny', { outputDir: output, prebuiltApp: builtApp(), keepProfile: true, port }));

    expect(report.caseload.profile).toBe('generated');
    // Kept with the figures of generating it, which the report gives.
    const cached = await readCachedProfile(kept);
    expect(cached).not.toBeNull();
    expect(report.caseload).toMatchObject(cached?.written ?? {});
    expect(report.rows.map((r) => r.id)).toEqual(PATH_IDS);
    expect(report.caseload.actions).toBe(TINY_CASELOAD.families * TINY_CASELOAD.actionsPerFamily);
    // Every record was sealed and counted as the middleware counts (the harness also checks a raw read finds only sealed rows, and reads rows back through the middleware).
    expect(report.caseload.encryptions).toBeGreaterThanOrEqual(report.caseload.families + report.caseload.meetings + report.caseload.actions);
    for (const row of report.rows) {
      expect.soft(row.verdict, `${row.id}: ${row.note}`).not.toBe('not measured');
      expect(Number.isFinite(row.ours?.median), row.id).toBe(true);
      expect(row.ours?.n, row.id).toBe(row.samples.ours.length);
      if (row.floor !== null && row.ours !== null) {
        expect(Number.isFinite(row.floor.median), row.id).toBe(true);
        expect(row.ratio, row.id).toBeCloseTo(row.ours.median / row.floor.median, 12);
      }
    }
    // Only the slot finder has no floor.
    expect(report.rows.filter((r) => r.floor === null).map((r) => r.id)).toEqual(['slot-finder']);

    expect(files).not.toBeNull();
    const written = JSON.parse(await readFile(files?.latest ?? '', 'utf8')) as BenchReport;
    expect(written).toEqual(JSON.parse(JSON.stringify(report)));
    expect((await readdir(output)).filter((f) => /^results-.+\.json$/.test(f))).toHaveLength(1);

    const table = formatTable(report);
    for (const row of report.rows) expect(table).toContain(row.path);
  }, 120_000);
});
