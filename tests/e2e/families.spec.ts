import { expect, test } from '@playwright/test';
import { expectAccessible } from './support/axe';
import { addFamily, fillFamily, openAddFamily } from './support/families';

test.describe('Families', () => {
  test('a chair adds a family, finds it after closing and reopening, and edits it', async ({ page, context }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
    await expect(page.getByText('No families yet.')).toBeVisible();
    await expectAccessible(page, 'empty families list');

    await openAddFamily(page);
    await expectAccessible(page, 'add a family');
    await fillFamily(page, {
      familyName: 'Ní Bhriain family',
      carer: { name: 'Siobhán Ní Bhriain', relationship: 'Mum' },
      child: { name: 'Órla Ní Bhriain', dateOfBirth: '14/03/2017', school: 'St Brigid’s Primary School' },
    });
    await page.getByRole('button', { name: 'Save family' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ní Bhriain family' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ní Bhriain family has been added.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Siobhán Ní Bhriain' })).toBeVisible();
    await expect(page.getByText('14 March 2017')).toBeVisible();
    await expect(page.getByText('St Brigid’s Primary School')).toBeVisible();
    await expect(page).toHaveTitle('Ní Bhriain family – Team Around');
    await expectAccessible(page, 'family page');

    // Close the window and open the app again: the family is still there.
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('/');
    await expect(reopened.getByRole('link', { name: 'Ní Bhriain family' })).toBeVisible();

    await reopened.getByRole('link', { name: 'Ní Bhriain family' }).click();
    await reopened.getByRole('link', { name: 'Edit family details' }).click();
    await expect(reopened.getByRole('heading', { level: 1, name: 'Edit Ní Bhriain family' })).toBeVisible();
    await expectAccessible(reopened, 'edit family');
    await reopened.getByRole('group', { name: 'Child 1' }).getByLabel('School or setting (optional)').fill('Oakfield Academy');
    await reopened.getByRole('button', { name: 'Save changes' }).click();
    await expect(reopened.getByRole('status').filter({ hasText: 'Your changes have been saved.' })).toBeVisible();
    await expect(reopened.getByText('Oakfield Academy')).toBeVisible();
    await expect(reopened.getByText('St Brigid’s Primary School')).toHaveCount(0);
  });

  test('the list is sorted by family name and searchable by any name, ignoring accents', async ({ page }) => {
    await addFamily(page, { familyName: 'Rădulescu family', carer: { name: 'Ștefan Rădulescu' }, child: { name: 'Ana Rădulescu', dateOfBirth: '02/09/2015' } });
    await addFamily(page, { familyName: 'Ahmed family', carer: { name: 'Fatima Ahmed' }, child: { name: 'Yusuf Ahmed', dateOfBirth: '30/06/2019', school: 'Hillside Nursery' } });
    await addFamily(page, { familyName: 'O’Brien family', carer: { name: 'Dermot O’Brien' }, child: { name: 'Cara O’Brien', dateOfBirth: '01/01/2012' } });

    await page.getByRole('link', { name: 'Back to all families' }).click();
    const names = page.getByRole('list', { name: 'Families' }).getByRole('heading', { level: 2 });
    await expect(names).toHaveText(['Ahmed family', 'O’Brien family', 'Rădulescu family']);
    await expect(page.getByText('3 families.')).toBeVisible();

    const search = page.getByRole('searchbox', { name: 'Search families' });
    await search.fill('stefan');
    await expect(names).toHaveText(['Rădulescu family']);
    await expect(page.getByText('1 of 3 families match “stefan”.')).toBeVisible();

    await search.fill('hillside');
    await expect(names).toHaveText(['Ahmed family']);

    await search.fill("o'brien");
    await expect(names).toHaveText(['O’Brien family']);

    await search.fill('nobody by this name');
    await expect(names).toHaveCount(0);
    await expectAccessible(page, 'families list with search');
  });

  test('bad input gets a clear message at the field, and nothing is saved', async ({ page }) => {
    await openAddFamily(page);
    await page.getByRole('button', { name: 'Save family' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Enter the family name',
      "Enter the parent or carer's name",
      "Enter the child's name",
      "Enter the child's date of birth, for example 23/11/2016",
    ]);
    await expectAccessible(page, 'add a family with errors');

    // Each message links to its field.
    await summary.getByRole('link', { name: "Enter the child's name" }).click();
    const childName = page.getByRole('group', { name: 'Child 1' }).getByLabel('Full name');
    await expect(childName).toBeFocused();
    await expect(childName).toHaveAccessibleDescription(/Enter the child's name/);

    await fillFamily(page, { familyName: 'Test family', carer: { name: 'Sam Carer' }, child: { name: 'Future Child', dateOfBirth: '01/01/2099' } });
    const dob = page.getByRole('group', { name: 'Child 1' }).getByLabel('Date of birth');
    await page.getByRole('button', { name: 'Save family' }).click();
    await expect(dob).toHaveAccessibleDescription(/The date of birth must be today or in the past/);

    await dob.fill('31/02/2016');
    await expect(dob).toHaveAccessibleDescription(/That date does not exist: this month has 29 days/);

    await dob.fill('next tuesday');
    await expect(dob).toHaveAccessibleDescription(/Enter the date as day\/month\/year, for example 23\/11\/2026/);
    await expect(dob).toHaveAttribute('aria-invalid', 'true');

    await page.goto('/#/families');
    await expect(page.getByText('No families yet.')).toBeVisible();
  });

  test('what was typed survives a reload before saving, and can be discarded', async ({ page }) => {
    await openAddFamily(page);
    await page.getByLabel('Family name').fill('Kowalski family');
    await page.getByRole('group', { name: 'Child 1' }).getByLabel('Full name').fill('Zofia Kowalska');
    await expect(page.getByRole('status').filter({ hasText: /Draft kept at \d\d:\d\d/ })).toBeVisible();

    await page.reload();
    await expect(page.getByLabel('Family name')).toHaveValue('Kowalski family');
    await expect(page.getByRole('group', { name: 'Child 1' }).getByLabel('Full name')).toHaveValue('Zofia Kowalska');
    await expect(page.getByText(/We kept what you typed on/)).toBeVisible();
    await expectAccessible(page, 'add a family with a restored draft');

    await page.getByRole('button', { name: 'Start again from the saved details' }).click();
    await expect(page.getByLabel('Family name')).toHaveValue('');
    await page.reload();
    await expect(page.getByLabel('Family name')).toHaveValue('');
  });

  test('a second parent and a second child can be added and removed', async ({ page }) => {
    await openAddFamily(page);
    await fillFamily(page, { familyName: 'Evans family', carer: { name: 'Rhian Evans', relationship: 'Mum' }, child: { name: 'Llŷr Evans', dateOfBirth: '05/05/2014' } });
    await page.getByRole('button', { name: 'Add another parent or carer' }).click();
    const carer2 = page.getByRole('group', { name: 'Parent or carer 2' });
    await expect(carer2.getByLabel('Full name')).toBeFocused();
    await carer2.getByLabel('Full name').fill('Gareth Evans');
    await page.getByRole('button', { name: 'Add another child' }).click();
    await page.getByRole('group', { name: 'Child 2' }).getByLabel('Full name').fill('Cerys Evans');
    await page.getByRole('group', { name: 'Child 2' }).getByLabel('Date of birth').fill('20/10/2018');
    await page.getByRole('button', { name: 'Add another child' }).click();
    await page.getByRole('button', { name: 'Remove child 3' }).click();
    await expect(page.getByRole('group', { name: 'Child 3' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Save family' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Evans family' })).toBeVisible();
    for (const name of ['Rhian Evans', 'Gareth Evans', 'Llŷr Evans', 'Cerys Evans']) {
      await expect(page.getByRole('heading', { level: 3, name })).toBeVisible();
    }
  });

  test('unknown addresses show a helpful page', async ({ page }) => {
    await page.goto('/#/nowhere');
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expectAccessible(page, 'not found');
    await page.goto('/#/families/00000000000000000000000000000000');
    await expect(page.getByRole('heading', { level: 1, name: 'Family not found' })).toBeVisible();
  });
});
