#!/usr/bin/env node
// `npm test`: every check, each expensive step once, stopping at the first stage that fails, and
// printing how long each step took. The run is CPU-bound on the 2-core machines CI uses, so the
// stages are laid out to keep both cores busy to the end (record 0043): the quick checks the tests
// need first (types, the Electron scan, the build), then the linter beside the unit tests, then the
// end-to-end tests. Beside others, a step's output is printed whole when it ends, so logs stay
// readable; the one marked `stream` prints as it goes.
// The app is built once: the benchmark harness test serves that build (BENCH_APP_DIR) and the
// end-to-end tests run against it.
import { spawn } from 'node:child_process';

const STAGES = [
  [{ script: 'typecheck' }, { script: 'scan:electron' }, { script: 'build' }],
  [{ script: 'lint' }, { script: 'test:unit', env: { BENCH_APP_DIR: 'dist/renderer' }, stream: true }],
  [{ script: 'test:e2e' }],
];

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

/** Runs `npm run <script>`; alone or marked `stream`, its output streams; otherwise it is kept and printed at the end. */
function run(step, alone) {
  alone = alone || step.stream === true;
  return new Promise((resolve) => {
    const started = Date.now();
    const child = spawn(npm, ['run', step.script], {
      stdio: alone ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...step.env },
      shell: process.platform === 'win32',
    });
    const chunks = [];
    child.stdout?.on('data', (c) => chunks.push(c));
    child.stderr?.on('data', (c) => chunks.push(c));
    child.on('exit', (code, signal) => {
      if (!alone) process.stdout.write(`\n----- ${step.script} -----\n${Buffer.concat(chunks).toString()}`);
      resolve({ step: step.script, ms: Date.now() - started, code: code ?? (signal ? 1 : 0) });
    });
  });
}

const seconds = (ms) => `${(ms / 1000).toFixed(0)} s`;
const times = [];
const started = Date.now();
let failed = [];
for (const stage of STAGES) {
  const at = Date.now();
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  times.push(...results, ...(stage.length > 1 ? [{ step: `(side by side)`, ms: Date.now() - at, code: 0 }] : []));
  failed = results.filter((r) => r.code !== 0).map((r) => r.step);
  if (failed.length > 0) break;
}

console.log('\nnpm test, step by step:');
for (const t of times) console.log(`  ${t.step.padEnd(16)} ${seconds(t.ms).padStart(6)}${t.code === 0 ? '' : `  failed (exit ${t.code})`}`);
console.log(`  ${'total'.padEnd(16)} ${seconds(Date.now() - started).padStart(6)}`);
if (failed.length > 0) {
  console.error(`\nnpm test failed at: ${failed.join(', ')}.`);
  process.exit(1);
}
