import { defineConfig } from 'vitest/config';
import { formRuntimePlugin } from './scripts/form-runtime.ts';
import { LongestFirstSequencer } from './tests/support/longest-first-sequencer.ts';
import { moduleSharingFiles } from './tests/support/module-sharing-files.ts';

/**
 * Three projects. `fast` (with `fast-shared`) is the domain, the repositories on fake-indexeddb and the main process
 * against a mocked electron: seconds, for a developer to run all the time (`npm run test:fast`).
 * `slow` starts real programs: Chromium (the reliability runs, PDF printing), esbuild and Vite
 * builds, the security scanner and the benchmark harness (`npm run test:slow`). `npm test` runs all.
 * `fast-shared` holds the unit files that mock nothing and open no database: they share a worker's
 * module cache instead of importing the app afresh for each file (about 30 s against 300 s here).
 */
const SLOW = [
  'tests/reliability/**/*.test.ts',
  'tests/reliability/key-rotation-interrupted.test.ts',
  'tests/reliability/records-in-chromium.test.ts',
  'tests/bench/**/*.test.ts',
  'tests/unit/documents/pdf-pipeline.test.ts',
  'tests/unit/briefings/document.test.ts',
  'tests/unit/invitations/letter-pdf.test.ts',
  'tests/unit/invitations/practitioner-letter-pdf.test.ts',
  'tests/unit/minutes/files.test.ts',
  'tests/unit/documents/document-check.test.ts',
  'tests/unit/distance/minutes-chart-pdf.test.ts',
  'tests/unit/electron/build.test.ts',
  'tests/unit/electron/launch.test.ts',
  'tests/unit/electron/scan-electron.test.ts',
];

const SHARED_MODULES = moduleSharingFiles(import.meta.dirname, ['tests/unit']).filter((file) => !SLOW.includes(file) && !file.startsWith('tests/unit/electron/'));

export default defineConfig({
  plugins: [formRuntimePlugin()],
  test: {
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
    sequence: { sequencer: LongestFirstSequencer },
    // One worker a core: the longest reliability file (two kill loops of its own) on one, the rest
    // beside it. More workers only make the Chromium launches fight for the cores.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/integration/**/*.test.ts'],
          exclude: [...SLOW, ...SHARED_MODULES],
        },
      },
      {
        extends: true,
        test: {
          name: 'fast-shared',
          include: SHARED_MODULES,
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          globalSetup: ['tests/reliability/support/global-setup.ts'],
        },
      },
    ],
  },
});
