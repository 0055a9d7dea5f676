/** Runs electron/build.mjs (esbuild) into a temporary folder and checks what it produced. */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
let outdir = '';

function requires(code: string): string[] {
  return [...new Set([...code.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? ''))].sort();
}

beforeAll(async () => {
  outdir = await mkdtemp(path.join(os.tmpdir(), 'team-around-build-'));
  await promisify(execFile)(process.execPath, [path.join(ROOT, 'electron', 'build.mjs'), '--outdir', outdir], { cwd: ROOT });
}, 60_000);

afterAll(async () => {
  await rm(outdir, { recursive: true, force: true });
});

describe('electron/build.mjs', () => {
  it('writes main.cjs and preload.cjs, and no source maps', async () => {
    expect((await readdir(outdir)).sort()).toEqual(['main.cjs', 'preload.cjs']);
  });

  it('bundles the preload so it needs nothing a sandboxed preload cannot load', async () => {
    const preload = await readFile(path.join(outdir, 'preload.cjs'), 'utf8');
    expect(requires(preload)).toEqual(['electron']);
    expect(preload).not.toMatch(/^\s*(import|export)\s/m);
  });

  it('bundles main to CommonJS with only electron and Node built-ins left external', async () => {
    const main = await readFile(path.join(outdir, 'main.cjs'), 'utf8');
    for (const name of requires(main)) expect(name === 'electron' || name.startsWith('node:'), name).toBe(true);
    expect(main).toContain('module.exports');
  });
});
