// `npm run bench`: bundles the TypeScript harness (tests/bench/cli.ts) with esbuild, then runs it.
// Arguments are passed through, e.g. `npm run bench -- --tiny` or `npm run bench -- --runs=20`.
import { build } from 'esbuild';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { inlineAssets } from './inline-assets.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const outfile = `${root}dist/bench/cli.mjs`;

await build({
  entryPoints: [`${root}tests/bench/cli.ts`],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Packages stay in node_modules; fonts are found through import.meta.url of the bundle.
  packages: 'external',
  logLevel: 'warning',
  plugins: [inlineAssets],
});

await import(pathToFileURL(outfile).href);
