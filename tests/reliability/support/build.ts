/** Builds the reliability page into a folder of its own (once per run of the slow project: see global-setup.ts). */
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const CONFIG = fileURLToPath(new URL('../vite.reliability.config.ts', import.meta.url));

export async function buildReliabilityPage(): Promise<string> {
  const outDir = await mkdtemp(join(tmpdir(), 'team-around-reliability-page-'));
  await build({ configFile: CONFIG, mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true } });
  return outDir;
}
