import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../../..');
const SOURCES = ['renderer', 'shared', 'electron'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/**
 * Logs and error reports may say what kind of thing went wrong, never what a record said. Every
 * console call in the app's source passes only fixed text, an error's class name, or the names of
 * IPC capabilities and refusal reasons (which are our own constants).
 */
/** The argument text of each console call, found by balancing brackets from `console.x(`. */
function consoleCalls(source: string): string[] {
  const calls: string[] = [];
  for (const m of source.matchAll(/console\.(log|info|warn|error|debug)\(/g)) {
    let depth = 1;
    let i = (m.index ?? 0) + m[0].length;
    const start = i;
    for (; i < source.length && depth > 0; i++) {
      if (source[i] === '(') depth++;
      if (source[i] === ')') depth--;
    }
    calls.push(source.slice(start, i - 1));
  }
  return calls;
}

const ALLOWED_ARGUMENT = /^('[^']*'|`[^`$]*(\$\{(capability|reason)\}[^`$]*)*`|error\.name|error instanceof Error \? error\.name : 'unknown error')$/;

describe('no personal data in logs', () => {
  const calls = SOURCES.flatMap((folder) =>
    sourceFiles(join(ROOT, folder)).flatMap((file) =>
      consoleCalls(readFileSync(file, 'utf8')).map((text) => ({
        where: relative(ROOT, file),
        args: text.split(/,(?![^(]*\))/).map((a) => a.trim()),
      })),
    ),
  );

  it('finds the console calls it checks', () => {
    expect(calls.length).toBeGreaterThan(0);
  });

  it.each(calls.map((c) => [c.where, c.args] as const))('%s logs only fixed text or error kinds', (_where, args) => {
    for (const arg of args) expect(arg).toMatch(ALLOWED_ARGUMENT);
  });
});
