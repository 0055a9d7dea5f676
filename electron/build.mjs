// Bundles the main process and the preload to CommonJS (sandboxed preloads cannot load ES
// modules). Usage: node electron/build.mjs [--outdir <dir>]
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outdirFlag = process.argv.indexOf('--outdir');
const outdir = outdirFlag === -1 ? path.join(root, 'dist', 'electron') : path.resolve(process.argv[outdirFlag + 1] ?? '');

const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  external: ['electron'],
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
};

await Promise.all([
  build({ ...common, entryPoints: [path.join(root, 'electron', 'main.ts')], outfile: path.join(outdir, 'main.cjs') }),
  build({ ...common, entryPoints: [path.join(root, 'electron', 'preload.ts')], outfile: path.join(outdir, 'preload.cjs') }),
]);
console.log(`Built main.cjs and preload.cjs in ${path.relative(root, outdir) || '.'}`);
