/**
 * `npm run bench`: the full benchmark (2,000 families, 200,000 actions, n >= 10 per side).
 * Options: --scale=full|council|tiny (council: 10,000 families, 1,000,000 actions; --tiny is
 * --scale=tiny: tiny caseload, one run each), --runs=N, --quick-runs=N, --warmup=N, --seed=N,
 * --only=<path id>[,<path id>...] (measure just those rows, e.g. --only=home-lists),
 * --fresh (generate the kept caseload profile again), --port=N (serve on another fixed port).
 */
import { CASELOADS, benchOptions, runBenchmark, type BenchOptions, type BenchScale } from './harness';
import { formatTable } from './report/table';

function numberFlag(args: readonly string[], name: string): number | undefined {
  const arg = args.find((a) => a.startsWith(`--${name}=`));
  if (arg === undefined) return undefined;
  const value = Number(arg.slice(name.length + 3));
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} needs a whole number`);
  return value;
}

function scaleOf(args: readonly string[]): BenchScale {
  const arg = args.find((a) => a.startsWith('--scale='));
  const scale = arg === undefined ? (args.includes('--tiny') ? 'tiny' : 'full') : arg.slice('--scale='.length);
  if (!Object.hasOwn(CASELOADS, scale)) throw new Error(`--scale takes ${Object.keys(CASELOADS).join(', ')}`);
  return scale as BenchScale;
}

function parse(args: readonly string[]): BenchOptions {
  const overrides: Partial<BenchOptions> = { log: (line) => process.stderr.write(`${line}\n`) };
  const runs = numberFlag(args, 'runs');
  const quickRuns = numberFlag(args, 'quick-runs');
  const warmup = numberFlag(args, 'warmup');
  const seed = numberFlag(args, 'seed');
  const port = numberFlag(args, 'port');
  if (port !== undefined) overrides.port = port;
  if (args.includes('--fresh')) overrides.fresh = true;
  if (runs !== undefined) overrides.runs = runs;
  if (quickRuns !== undefined) overrides.quickRuns = quickRuns;
  if (warmup !== undefined) overrides.warmup = warmup;
  if (seed !== undefined) overrides.seed = seed;
  const only = args.find((a) => a.startsWith('--only='));
  if (only !== undefined) overrides.only = only.slice('--only='.length).split(',').filter((id) => id !== '');
  return benchOptions(scaleOf(args), overrides);
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  const { report, files } = await runBenchmark(options);
  process.stdout.write(`\n${formatTable(report)}\n`);
  if (files) process.stdout.write(`\nWritten: ${files.results} and ${files.latest}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The benchmark could not run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
