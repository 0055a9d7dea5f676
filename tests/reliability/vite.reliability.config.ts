/**
 * The reliability page: the app's own database code (TeamAroundDatabase, the encryption middleware,
 * SaveQueue, the repositories) built with the app's toolchain, for Chromium to run.
 */
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: './',
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/reliability/pages', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: { input: { reliability: `${pages}/reliability.html`, rotation: `${pages}/rotation.html` } },
  },
});
