import { expect, test, type Page } from './support/test';
import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily, formRow } from './support/families';

const FAMILY = { familyName: 'Achterberg family', carer: { name: 'Marieke Achterberg', relationship: 'Mum' }, child: { name: 'Sem Achterberg', dateOfBirth: '14/05/2017', school: 'Hillside Primary' } };
const WHEN = /^\d{1,2} [A-Z][a-z]+ \d{4} at \d\d:\d\d$/;

async function nameMyself(page: Page, name: string): Promise<void> {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your details have been saved.' })).toBeFocused();
}

test.describe('Record of who did what', () => {
  test('opening and changing a family are recorded with who and when, never what the family’s information says', async ({ page }) => {
    await nameMyself(page, 'Jo Whitaker');
    await addFamily(page, FAMILY);

    // A change: the child's school.
    await page.getByRole('link', { name: 'Edit family details' }).click();
    await formRow(page, 'Child 1').getByRole('textbox', { name: 'School or setting (optional)' }).fill('Northfield Academy');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: FAMILY.familyName })).toBeVisible();

    await page.getByRole('link', { name: "Record of who did what with this family's information" }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Record of who did what: ${FAMILY.familyName}` })).toBeFocused();
    const table = page.getByRole('table');
    const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
    // Newest first: the change, opening the family (once, however often it was opened since), adding it.
    await expect(rows.getByRole('cell').nth(2)).toHaveText("Changed the family's details");
    await expect(rows).toHaveCount(3);
    await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText("Opened the family's information");
    await expect(rows.nth(2).getByRole('cell').nth(2)).toHaveText('Added the family');
    for (let i = 0; i < 3; i++) {
      const cells = rows.nth(i).getByRole('cell');
      await expect(cells.nth(0)).toHaveText(WHEN);
      await expect(cells.nth(1)).toHaveText('Jo Whitaker');
      await expect(cells.nth(3)).toHaveText(/^Family's details, reference [0-9A-Z]{6}$/);
      await expect(cells.nth(4)).toHaveText('None');
    }
    await expect(page.getByText('Showing entries 1 to 3 of 3, newest first.')).toBeVisible();
    // Never the family's content: no names, no school, old or new.
    for (const word of ['Achterberg', 'Marieke', 'Sem', 'Hillside', 'Northfield']) await expect(table).not.toContainText(word);
    await expectAccessible(page, 'record of who did what for a family');

    // The app-wide check reads the whole trail and its recorded end, including after the app is reopened.
    await reloadAndUnlock(page);
    await page.goto('/#/settings');
    const section = page.getByRole('region', { name: 'Record of who did what' });
    await section.getByRole('button', { name: 'Check the record of who did what' }).click();
    const result = section.getByRole('status');
    await expect(result).toHaveText(/^The record is complete: \d+ entries, none changed\.$/);
    await expect(result).toBeFocused();
    await expectAccessible(page, 'settings after checking the record of who did what');
  });

  test('the record of an unknown family says the family was not found', async ({ page }) => {
    await page.goto('/#/families/0123456789abcdef0123456789abcdef/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Family not found' })).toBeVisible();
    await expectAccessible(page, 'record of who did what for an unknown family');
  });
});
