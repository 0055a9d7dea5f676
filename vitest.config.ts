import { defineConfig } from 'vitest/config';
import { formRuntimePlugin } from './scripts/form-runtime.ts';

export default defineConfig({
  plugins: [formRuntimePlugin()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/bench/**/*.test.ts', 'tests/reliability/**/*.test.ts'],
    environment: 'node',
    pool: 'threads',
    testTimeout: 20_000,
  },
});
