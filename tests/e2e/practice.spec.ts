import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';

const PRACTICE_NAME = 'Okonjo-Nowicki family (practice)';

/** Rows in every table of the app's database that point at the family, except the audit trail. */
async function rowsLinkedTo(page: Page, familyId: string): Promise<Record<string, number>> {
  return page.evaluate(async (id) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const request = indexedDB.open('team-around');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const counts: Record<string, number> = {};
    for (const name of Array.from(db.objectStoreNames)) {
      if (name === 'audit') continue;
      const rows = await new Promise<unknown[]>((resolve, reject) => {
        const request = db.transaction(name).objectStore(name).getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const linked = rows.filter((row) => JSON.stringify(row).includes(id)).length;
      if (linked > 0) counts[name] = linked;
    }
    db.close();
    return counts;
  }, familyId);
}

test.describe('Practice family', () => {
  test('a new chair loads the practice family, finds it marked as practice, and removes it with everything about it in one step', async ({ page }) => {
    await page.goto('/#/settings');
    const section = page.getByRole('region', { name: 'Practice family' });
    await expect(section.getByRole('button', { name: 'Load the practice family' })).toBeVisible();
    await expectAccessible(page, 'settings with no practice family');

    await section.getByRole('button', { name: 'Load the practice family' }).click();
    const loaded = section.getByRole('status').filter({ hasText: 'The practice family has been loaded.' });
    await expect(loaded).toBeFocused();
    await expect(section.getByRole('button', { name: 'Load the practice family' })).toHaveCount(0);
    await expectAccessible(page, 'settings with the practice family loaded');

    // In the families list, clearly marked as practice.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Families' }).click();
    const card = page.getByRole('list', { name: 'Families' }).getByRole('listitem').filter({ hasText: PRACTICE_NAME });
    await expect(card).toHaveCount(1);
    await expect(card).toContainText(/practice/i);
    await expect(card).toContainText('Grace Okonjo');
    await expectAccessible(page, 'families list with the practice family');

    await card.getByRole('link', { name: new RegExp(PRACTICE_NAME.replace(/[()]/g, '\\$&')) }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: PRACTICE_NAME })).toBeVisible();
    await expectAccessible(page, 'practice family page');
    const familyPage = page.url();
    const familyId = familyPage.split('/families/')[1]?.split(/[/?]/)[0] ?? '';
    expect(familyId).toMatch(/^[0-9a-f]{32}$/);
    const before = await rowsLinkedTo(page, familyId);
    expect(before).toMatchObject({ families: 1, plans: 1, consentEvents: 3 });

    // Remove it: confirm once, then it is gone, and the page says what was removed.
    await page.goto('/#/settings');
    await section.getByRole('button', { name: 'Remove the practice family' }).click();
    await expect(section.getByRole('heading', { level: 3, name: 'Remove the practice family?' })).toBeFocused();
    await expectAccessible(page, 'confirming removal of the practice family');
    await section.getByRole('button', { name: 'No, keep it' }).click();
    await expect(section.getByRole('button', { name: 'Remove the practice family' })).toBeFocused();
    await section.getByRole('button', { name: 'Remove the practice family' }).click();
    await section.getByRole('button', { name: 'Yes, remove the practice family' }).click();
    const removed = section.getByRole('status').filter({ hasText: 'The practice family has been removed, with 1 plan and 3 consent records.' });
    await expect(removed).toBeFocused();
    await expect(section.getByRole('button', { name: 'Load the practice family' })).toBeVisible();
    await expectAccessible(page, 'settings after removing the practice family');

    expect(await rowsLinkedTo(page, familyId)).toEqual({});
    await page.goto(familyPage);
    await expect(page.getByRole('heading', { level: 1, name: 'Family not found' })).toBeVisible();
    await page.goto('/#/families');
    await expect(page.getByText('No families yet.')).toBeVisible();
  });

  test('the practice family can be loaded again after removal, and only one is ever loaded', async ({ page }) => {
    await page.goto('/#/settings');
    const section = page.getByRole('region', { name: 'Practice family' });
    await section.getByRole('button', { name: 'Load the practice family' }).click();
    await section.getByRole('link', { name: `Open ${PRACTICE_NAME}` }).click();
    await expect(page.getByRole('heading', { level: 1, name: PRACTICE_NAME })).toBeFocused();

    await page.goto('/#/settings');
    await section.getByRole('button', { name: 'Remove the practice family' }).click();
    await section.getByRole('button', { name: 'Yes, remove the practice family' }).click();
    await expect(section.getByRole('status')).toContainText('The practice family has been removed');
    await section.getByRole('button', { name: 'Load the practice family' }).click();
    await expect(section.getByRole('status')).toContainText('The practice family has been loaded.');
    await page.goto('/#/families');
    await expect(page.getByRole('list', { name: 'Families' }).getByRole('listitem')).toHaveCount(1);
  });
});
