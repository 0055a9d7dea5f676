/**
 * The unit test files that may share a worker's module cache (Vitest's `isolate: false`): those
 * that mock no module, stub no global, fake no timers, spy on nothing and open no database. Read
 * from the files themselves, so a file that starts mocking moves back to the isolated project on
 * its own. Shuffled runs of these files in one cache all pass; the others do not (record 0043).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const NEEDS_ITS_OWN_MODULES = /vi\.mock|vi\.doMock|vi\.stubGlobal|vi\.spyOn|useFakeTimers|fake-indexeddb|indexedDB/;

function testFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return testFiles(path);
    return /\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Paths relative to `root`, with forward slashes, as Vitest's include patterns take them. */
export function moduleSharingFiles(root: string, dirs: readonly string[]): string[] {
  return dirs
    .flatMap((dir) => testFiles(join(root, dir)))
    .filter((path) => !NEEDS_ITS_OWN_MODULES.test(readFileSync(path, 'utf8')))
    .map((path) => relative(root, path).split('\\').join('/'))
    .sort();
}
