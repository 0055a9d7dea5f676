/**
 * The bench pages (the in-Chromium harness page and the blank floor page), built with the
 * same toolchain as the app: Vite and the React plugin, relative base, no source maps.
 */
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const pages = fileURLToPath(new URL('./pages', import.meta.url));

export default defineConfig({
  root: pages,
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: fileURLToPath(new URL('../../dist/bench/pages', import.meta.url)),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        bench: `${pages}/bench.html`,
        blank: `${pages}/blank.html`,
      },
    },
  },
});
