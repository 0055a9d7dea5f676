/** Builds the app exactly as shipped (its own Vite config) and the bench pages, into a bench folder under dist/. */
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BenchDirs {
  root: string;
  app: string;
  pages: string;
}

export function benchDirs(root: string, prebuiltApp: string | null = null): BenchDirs {
  return { root, app: prebuiltApp ?? `${root}/app`, pages: `${root}/pages` };
}

export async function buildBenchTargets(dirs: BenchDirs, options: { buildApp: boolean } = { buildApp: true }): Promise<void> {
  // The app's own config, only the output folder moved so a bench run never touches dist/renderer.
  if (options.buildApp) await build({ configFile: `${REPO_ROOT}vite.config.ts`, mode: 'production', logLevel: 'warn', build: { outDir: dirs.app, emptyOutDir: true } });
  await build({ configFile: `${REPO_ROOT}tests/bench/vite.bench.config.ts`, mode: 'production', logLevel: 'warn', build: { outDir: dirs.pages, emptyOutDir: true } });
}
