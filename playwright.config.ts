import { defineConfig } from '@playwright/test';
import { resolve } from 'node:path';
import { TEST_CHROMIUM_PATH } from './tests/support/test-chromium';

// Several developers can run end-to-end tests side by side, each on its own build and port.
const port = Number(process.env.E2E_PORT ?? 4173);
// Absolute: vite preview resolves a relative outDir against the renderer folder.
const dist = resolve(process.env.E2E_DIST ?? 'dist/renderer');

export default defineConfig({
  testDir: 'tests/e2e',
  // Tests share nothing but the set-up profile each worker makes once, so they spread over two
  // workers, one a core on the 2-core machines CI runs on (E2E_WORKERS=1 to watch one at a time).
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS ?? 2),
  retries: 0,
  timeout: 90_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: TEST_CHROMIUM_PATH,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    // Serves the built renderer (npm test builds it first) exactly as shipped.
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort --outDir ${dist}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
