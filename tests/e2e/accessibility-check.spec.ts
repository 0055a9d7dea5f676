import { expect } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { freshTest as test } from './support/test';

// The check every other spec relies on must itself fail on a page that breaks WCAG 2.2 AA.
test.describe('the accessibility check', () => {
  test('names each problem on a page that has them, and passes a page that has none', async ({ page }) => {
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1>' +
        '<input type="text"><p style="color:#bbb;background:#fff">Pale text</p></main></body></html>',
    );
    const failure = await expectAccessible(page, 'a page with problems').then(
      () => undefined,
      (error: unknown) => String(error),
    );
    expect(failure).toContain('label (critical)');
    // Each problem names the elements it was found on.
    expect(failure).toMatch(/label \(critical\): [^\n]* — input/);
    expect(failure).toContain('color-contrast (serious)');

    await page.setContent('<!doctype html><html lang="en"><head><title>Check</title></head><body><main><h1>Check</h1><label>Name <input type="text"></label></main></body></html>');
    await expectAccessible(page, 'a page without problems');
  });
});
