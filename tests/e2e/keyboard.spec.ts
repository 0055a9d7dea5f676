import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './support/axe';

/** Presses Tab until the focused element has the given accessible name; fails after `limit` presses. */
async function tabTo(page: Page, name: string | RegExp, limit = 40): Promise<void> {
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

test('the add-a-family journey works by keyboard alone', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();

  // The skip link is the first stop and moves focus to the main content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();

  await tabTo(page, 'Add a family');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a family' })).toBeFocused();

  await tabTo(page, 'Family name');
  await page.keyboard.type('Nowak family');
  await tabTo(page, 'Full name');
  await page.keyboard.type('Ewa Nowak');
  await tabTo(page, 'Relationship to the children (optional)');
  await page.keyboard.type('Mum');
  // The second "Full name" is the child's.
  await tabTo(page, 'Full name');
  await page.keyboard.type('Jan Nowak');
  await tabTo(page, 'Date of birth');
  await page.keyboard.type('11/11/2016');
  await tabTo(page, 'Save family');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 3, name: 'Jan Nowak' })).toBeVisible();
  await expect(page.getByText('11 November 2016')).toBeVisible();
  await expectAccessible(page, 'family page after keyboard journey');

  // Focus is visible on every stop: the outline style is applied to the focused link.
  await tabTo(page, 'Edit family details');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
});
