/** Writes the report as results-<timestamp>.json and latest.json (both git-ignored). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { BenchReport } from './report';

export async function writeReport(report: BenchReport, directory: string): Promise<{ results: string; latest: string }> {
  await mkdir(directory, { recursive: true });
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const results = join(directory, `results-${stamp}.json`);
  const latest = join(directory, 'latest.json');
  await writeFile(results, json);
  await writeFile(latest, json);
  return { results, latest };
}
