import type { Page } from '@playwright/test';

/**
 * Presses Tab until the focused element's label (or aria-label, or text) matches `name`, as a
 * keyboard user moving through the page would; fails after `limit` presses.
 */
export async function tabTo(page: Page, name: string | RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const focusedName = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return '';
      const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
    });
    if (typeof name === 'string' ? focusedName === name : name.test(focusedName)) return;
  }
  throw new Error(`Could not reach “${String(name)}” with the Tab key`);
}
