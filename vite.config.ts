import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { META_CONTENT_SECURITY_POLICY } from './shared/csp.ts';
import { formRuntimePlugin } from './scripts/form-runtime.ts';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** The built page carries the app's CSP. Dev mode is left without it: Vite's hot reload injects inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'team-around-csp',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`),
  };
}

export default defineConfig({
  root,
  // Relative asset URLs so the built page loads from the app:// protocol and from a static server alike.
  base: './',
  plugins: [react(), contentSecurityPolicy(), formRuntimePlugin()],
  define: { 'import.meta.env.VITE_APP_VERSION': JSON.stringify(pkg.version) },
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    // Fonts and images are files, never inlined: the CSP allows fonts only from 'self'.
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
});
