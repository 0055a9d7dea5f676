// An esbuild plugin for Vite's `?inline` asset imports (the family font files in
// renderer/documents/family-font.ts): each becomes the same data: URL Vite makes, so the bench
// (bundled with esbuild for Node) runs the export's own code.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { extname, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const MIME = { '.ttf': 'font/ttf', '.woff2': 'font/woff2', '.png': 'image/png' };

export const inlineAssets = {
  name: 'inline-assets',
  setup(bundle) {
    bundle.onResolve({ filter: /\?inline$/ }, (args) => {
      const file = args.path.slice(0, -'?inline'.length);
      return { path: file.startsWith('.') ? resolve(args.resolveDir, file) : require.resolve(file, { paths: [args.resolveDir] }), namespace: 'inline-asset' };
    });
    bundle.onLoad({ filter: /.*/, namespace: 'inline-asset' }, (args) => {
      const mime = MIME[extname(args.path)];
      if (mime === undefined) throw new Error(`No MIME type for the inlined asset ${args.path}`);
      return { contents: `export default ${JSON.stringify(`data:${mime};base64,${readFileSync(args.path).toString('base64')}`)};`, loader: 'js' };
    });
  },
};
