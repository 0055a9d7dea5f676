#!/usr/bin/env node
// `npm test`: every check, each expensive step once, in order, stopping at the first that fails.
// The app is built once, before the tests that need it: the benchmark harness test serves that
// build (BENCH_APP_DIR) and the end-to-end tests run against it. Prints how long each step took.
import { spawn } from 'node:child_process';

const STEPS = [
  { script: 'typecheck' },
  { script: 'lint' },
  { script: 'scan:electron' },
  { script: 'build' },
  { script: 'test:unit', env: { BENCH_APP_DIR: 'dist/renderer' } },
  { script: 'test:e2e' },
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(step) {
  return new Promise((resolve) => {
    const child = spawn(npm, ['run', step.script], { stdio: 'inherit', env: { ...process.env, ...step.env }, shell: process.platform === 'win32' });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const times = [];
const started = Date.now();
let failed = null;
for (const step of STEPS) {
  const at = Date.now();
  const code = await run(step);
  times.push({ step: step.script, ms: Date.now() - at, code });
  if (code !== 0) {
    failed = step.script;
    break;
  }
}

console.log('\nnpm test, step by step:');
for (const t of times) console.log(`  ${t.step.padEnd(14)} ${seconds(t.ms).padStart(6)}${t.code === 0 ? '' : `  failed (exit ${t.code})`}`);
console.log(`  ${'total'.padEnd(14)} ${seconds(Date.now() - started).padStart(6)}`);
if (failed) {
  console.error(`\nnpm test failed at "${failed}".`);
  process.exit(1);
}
