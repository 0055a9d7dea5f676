import { expect, test, type Page } from './support/test';
import { reloadAndUnlock, unlock } from './support/app';
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

  test('a record emptied while the app was closed is named as cut at the next check, and in the record itself', async ({ page }) => {
    await addFamily(page, FAMILY);
    // Closed (locked, the database shut), then every entry and the note of where the record ends removed, as someone with the disk could.
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
    const removed = await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open('team-around');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = db.transaction(['audit', 'settings'], 'readwrite');
      const count = await new Promise<number>((resolve, reject) => {
        const request = tx.objectStore('audit').count();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      tx.objectStore('audit').clear();
      tx.objectStore('settings').delete('audit-tip');
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      db.close();
      return count;
    });
    expect(removed).toBeGreaterThan(0);
    await unlock(page);
    await page.goto('/#/settings');
    const section = page.getByRole('region', { name: 'Record of who did what' });
    await section.getByRole('button', { name: 'Check the record of who did what' }).click();
    const result = section.getByRole('alert');
    // The unlock wrote a note and its own entry on top; the count kept with the key information is still higher.
    await expect(result).toHaveText(
      /^The record is not complete\. Entries are missing from the end of the record: it ends at entry \d+, but this computer has made \d+ entries\. Tell your information governance lead, and keep this computer as it is\.$/,
    );
    await expect(result).toBeFocused();
    await expectAccessible(page, 'settings after finding the record of who did what cut');

    // The app-wide record says what was found, as a sentence.
    await page.getByRole('link', { name: 'Read the record of who did what on this computer' }).click();
    const entries = page.getByRole('list', { name: 'Entries, newest first' }).getByRole('listitem');
    // Oldest last: the note comes before the unlock that found it.
    await expect(entries.last()).toContainText('found that the newest entries of this record had been removed: it was shorter than the count kept with the key information.');
    await expect(entries.nth(-2)).toContainText('unlocked Team Around.');
  });

  test('the record of an unknown family says the family was not found', async ({ page }) => {
    await page.goto('/#/families/0123456789abcdef0123456789abcdef/audit');
    await expect(page.getByRole('heading', { level: 1, name: 'Family not found' })).toBeVisible();
    await expectAccessible(page, 'record of who did what for an unknown family');
  });
});
