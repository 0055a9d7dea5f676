/**
 * Every end-to-end test must run on the fixed clock (tests/e2e/support/test.ts installs it on every
 * browser context, and fails a test whose pages ran on the real clock). This checks the specs
 * cannot step around that fixture: a test that passes today and fails next month is a defect.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const E2E = path.resolve(import.meta.dirname, '../../e2e');
const specs = readdirSync(E2E).filter((f) => f.endsWith('.spec.ts'));

/** Value imports (not `import type`) of `test` from Playwright itself. */
function importsPlaywrightTest(source: string): boolean {
  return [...source.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from\s+'@playwright\/test'/gm)].some((m) =>
    (m[1] ?? '').split(',').some((name) => /^\s*(test|chromium|firefox|webkit)\b/.test(name.replace(/^\s*type\s+/, 'type '))),
  );
}

describe('end-to-end specs run on the fixed clock', () => {
  it('there are specs to check', () => {
    expect(specs.length).toBeGreaterThan(10);
  });

  it.each(specs)('%s takes its test from the fixed-clock fixture', (spec) => {
    const source = readFileSync(path.join(E2E, spec), 'utf8');
    expect(source).toMatch(/from '\.\/support\/test'/);
    expect(importsPlaywrightTest(source), 'imports test or a browser from @playwright/test').toBe(false);
    // The fixture owns the clock: installing another or freezing it replaces the fixed instant.
    expect(source).not.toMatch(/\.clock\.(install|setFixedTime|setSystemTime)\(/);
    expect(source).not.toMatch(/\blaunch(Persistent)?\w*\(/);
  });

  it('the check itself catches a spec that uses Playwright’s own test', () => {
    expect(importsPlaywrightTest("import { expect, test } from '@playwright/test';")).toBe(true);
    expect(importsPlaywrightTest("import type { Browser } from '@playwright/test';")).toBe(false);
  });
});
