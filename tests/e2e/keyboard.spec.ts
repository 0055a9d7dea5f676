import { expect, test } from './support/test';
import { tabTo } from './support/keyboard';
import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { ageToday, fromSlash, schoolYearToday } from './support/clock';


test('the add-a-family journey works by keyboard alone', async ({ page }) => {
  // Start as after opening the app: unlocked, focus at the top of the page.
  await reloadAndUnlock(page);
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

  // The contents list moves focus to a section's heading.
  await tabTo(page, 'Safety');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Safety' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await tabTo(page, 'Homes');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Homes' })).toBeFocused();

  // A second home: the new row's first field takes focus.
  await tabTo(page, 'Add another home');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: 'Home 2', exact: true }).getByRole('textbox', { name: 'What the family calls this home (optional)' })).toBeFocused();
  await page.keyboard.type('Babcia’s flat');

  await tabTo(page, 'Full name');
  await page.keyboard.type('Jan Nowak');
  await tabTo(page, 'Date of birth');
  await page.keyboard.type('11/11/2016');
  // Space ticks the second home for the child.
  await tabTo(page, 'Babcia’s flat');
  await page.keyboard.press('Space');

  // The second "Full name" is the parent's.
  await tabTo(page, 'Full name');
  await page.keyboard.type('Ewa Nowak');
  await tabTo(page, 'Relationship');
  await page.keyboard.type('Mum');
  // Parental responsibility starts as "Not known"; arrow keys move the choice to "Yes".
  await tabTo(page, 'Not known');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const row = page.getByRole('group', { name: 'Parent or carer 1', exact: true }).getByRole('group', { name: 'Jan Nowak', exact: true });
  await expect(row.getByRole('radio', { name: 'Yes' })).toBeChecked();
  await expect(row.getByRole('radio', { name: 'Yes' })).toBeFocused();

  await tabTo(page, 'Save family', 120);
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 3, name: 'Jan Nowak' })).toBeVisible();
  await expect(page.getByText(`11 November 2016 (age ${ageToday(fromSlash('11/11/2016'))})`)).toBeVisible();
  await expect(page.getByText(schoolYearToday(fromSlash('11/11/2016')))).toBeVisible();
  await expect(page.getByText('Mum, has parental responsibility')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Homes' })).toContainText('Who lives or stays hereJan Nowak');
  await expectAccessible(page, 'family page after keyboard journey');

  // Focus is visible on every stop: the outline style is applied to the focused link.
  await tabTo(page, 'Edit family details');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
  expect(outline).toBe('solid');
});
