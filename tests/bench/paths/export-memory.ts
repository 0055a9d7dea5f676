/**
 * Peak memory of a Word export: each sample is a fresh Node process doing one export (ours or
 * the floor), so the process's peak resident memory belongs to that export alone.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { inlineAssets } from '../../../scripts/bench/inline-assets.mjs';
import { REPO_ROOT } from '../build';
import type { ExportMemory } from '../memory-child';
import { measuredRow, type BenchRow, type PathInfo } from '../report/row';
import { median, summarise } from '../report/stats';
import { alternate } from './alternate';
import type { PathContext } from './context';

const run = promisify(execFile);

async function bundleChild(child: string): Promise<void> {
  await build({
    entryPoints: [`${REPO_ROOT}tests/bench/memory-child.ts`],
    outfile: child,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
    plugins: [inlineAssets],
  });
}

async function oneExport(child: string, side: 'ours' | 'floor', seed: number): Promise<ExportMemory> {
  const { stdout } = await run(process.execPath, ['--expose-gc', child, side, String(seed)], { cwd: REPO_ROOT });
  return JSON.parse(stdout.trim()) as ExportMemory;
}

export const EXPORT_MEMORY_PATH: PathInfo = {
  id: 'memory-export-peak',
  path: 'Memory: peak of one Word export (process RSS)',
  unit: 'MiB',
  budget: null,
};

export async function exportMemoryRow(ctx: PathContext): Promise<BenchRow> {
  const child = `${ctx.distDir}/memory-child.mjs`;
  await bundleChild(child);
  const details: ExportMemory[] = [];
  const measure = (side: 'ours' | 'floor') => async () => {
    const m = await oneExport(child, side, ctx.seed);
    details.push(m);
    return m.peakRssMiB;
  };
  const s = await alternate(Math.min(ctx.runs, 3), 0, measure('ours'), measure('floor'));
  const of = (side: 'ours' | 'floor', pick: (m: ExportMemory) => number) => median(details.filter((d) => d.side === side).map(pick)).toFixed(1);
  return measuredRow(
    {
      ...EXPORT_MEMORY_PATH,
      note:
        `Peak memory of one minutes-to-Word export, each in a fresh Node ${process.versions.node} process: resident-set peak ` +
        `${details.every((d) => d.peakIsExportOnly) ? 'from the start of the export (VmHWM reset)' : 'of the whole process'}; ` +
        `resident before the export ours ${of('ours', (m) => m.rssBeforeMiB)} MiB, floor ${of('floor', (m) => m.rssBeforeMiB)} MiB; ` +
        `highest JS heap sampled ours ${of('ours', (m) => m.peakHeapMiB)} MiB, floor ${of('floor', (m) => m.peakHeapMiB)} MiB. ` +
        'The PDF export’s peak is not reported: most of it is in Chromium’s print process, which this harness cannot attribute to one export.',
    },
    summarise(s.ours),
    summarise(s.floor),
    s,
  );
}
