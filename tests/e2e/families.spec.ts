import { expect, test } from './support/test';
import { unlock } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily, fillFamily, formRow, formSection, openAddFamily, relationshipRow } from './support/families';
import { ageToday, fromSlash, schoolYearToday } from './support/clock';

test.describe('Families', () => {
  test('a chair adds a family, finds it after closing and reopening, and edits it', async ({ page, context }) => {
    await page.goto('/#/families');
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
    // The school year appears beside the date of birth as soon as it is a real date.
    await expect(formRow(page, 'Child 1').getByText(`School year by age: ${schoolYearToday(fromSlash('14/03/2017'))}`)).toBeVisible();
    await page.getByRole('button', { name: 'Save family' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Ní Bhriain family' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Ní Bhriain family has been added.' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Siobhán Ní Bhriain' })).toBeVisible();
    await expect(page.getByText(`14 March 2017 (age ${ageToday(fromSlash('14/03/2017'))})`)).toBeVisible();
    await expect(page.getByText(schoolYearToday(fromSlash('14/03/2017')))).toBeVisible();
    await expect(page.getByText('St Brigid’s Primary School')).toBeVisible();
    await expect(page.getByText('Mum, has parental responsibility')).toHaveCount(0);
    await expect(page.getByText('Mum, parental responsibility not known')).toBeVisible();
    await expect(page).toHaveTitle('Ní Bhriain family – Team Around');
    await expectAccessible(page, 'family page');

    // Close the window and open the app again: the family is still there.
    await page.close();
    const reopened = await context.newPage();
    await reopened.goto('/#/families');
    await unlock(reopened);
    await expect(reopened.getByRole('link', { name: 'Ní Bhriain family' })).toBeVisible();

    await reopened.getByRole('link', { name: 'Ní Bhriain family' }).click();
    await reopened.getByRole('link', { name: 'Edit family details' }).click();
    await expect(reopened.getByRole('heading', { level: 1, name: 'Edit Ní Bhriain family' })).toBeVisible();
    await expectAccessible(reopened, 'edit family');
    await formRow(reopened, 'Child 1').getByRole('textbox', { name: 'School or setting (optional)' }).fill('Oakfield Academy');
    await relationshipRow(formRow(reopened, 'Parent or carer 1'), 'Órla Ní Bhriain').getByRole('radio', { name: 'Yes' }).check();
    await reopened.getByRole('button', { name: 'Save changes' }).click();
    await expect(reopened.getByRole('status').filter({ hasText: 'Your changes have been saved.' })).toBeVisible();
    await expect(reopened.getByText('Oakfield Academy')).toBeVisible();
    await expect(reopened.getByText('St Brigid’s Primary School')).toHaveCount(0);
    await expect(reopened.getByText('Mum, has parental responsibility')).toBeVisible();
  });

  test('the list is sorted by family name, shows preferred names, and is searchable by any name, ignoring accents', async ({ page }) => {
    await addFamily(page, { familyName: 'Rădulescu family', carer: { name: 'Ștefan Rădulescu' }, child: { name: 'Ana Rădulescu', dateOfBirth: '02/09/2015' } });
    await addFamily(page, { familyName: 'Ahmed family', carer: { name: 'Fatima Ahmed' }, child: { name: 'Yusuf Ahmed', dateOfBirth: '30/06/2019', school: 'Hillside Nursery' } });
    await addFamily(page, { familyName: 'O’Brien family', carer: { name: 'Dermot O’Brien' }, child: { name: 'Caoimhe O’Brien', dateOfBirth: '01/01/2012' } });

    // A preferred name added later is what the list shows.
    await page.getByRole('link', { name: 'Edit family details' }).click();
    await formRow(page, 'Child 1').getByRole('textbox', { name: 'Name they like to be called (optional)' }).fill('Keeva');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('Likes to be called')).toBeVisible();

    await page.getByRole('link', { name: 'Back to all families' }).click();
    const list = page.getByRole('list', { name: 'Families' });
    const names = list.getByRole('heading', { level: 2 });
    await expect(names).toHaveText(['Ahmed family', 'O’Brien family', 'Rădulescu family']);
    await expect(page.getByText('3 families.')).toBeVisible();
    await expect(list.getByRole('listitem').filter({ hasText: 'O’Brien family' })).toContainText(`Children: Keeva, age ${ageToday(fromSlash('01/01/2012'))}`);

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

  test('homes, parents and children can be added and removed, and focus goes where the user types next', async ({ page }) => {
    await openAddFamily(page);
    await fillFamily(page, { familyName: 'Evans family', carer: { name: 'Rhian Evans', relationship: 'Mum' }, child: { name: 'Llŷr Evans', dateOfBirth: '05/05/2014' } });

    const homes = formSection(page, 'Homes');
    await homes.getByRole('button', { name: 'Add another home' }).click();
    await expect(formRow(page, 'Home 2').getByRole('textbox', { name: 'What the family calls this home (optional)' })).toBeFocused();
    await homes.getByRole('button', { name: 'Remove home 2' }).click();
    await expect(homes.getByRole('button', { name: 'Add another home' })).toBeFocused();
    await expect(formRow(page, 'Home 2')).toHaveCount(0);

    await page.getByRole('button', { name: 'Add another parent or carer' }).click();
    const carer2 = formRow(page, 'Parent or carer 2');
    await expect(carer2.getByRole('textbox', { name: 'Full name' })).toBeFocused();
    await carer2.getByRole('textbox', { name: 'Full name' }).fill('Gareth Evans');
    // With only one home, a new person starts in it.
    await expect(carer2.getByRole('checkbox', { name: 'Home 1' })).toBeChecked();

    await page.getByRole('button', { name: 'Add another child' }).click();
    const child2 = formRow(page, 'Child 2');
    await expect(child2.getByRole('textbox', { name: 'Full name' })).toBeFocused();
    await child2.getByRole('textbox', { name: 'Full name' }).fill('Cerys Evans');
    await child2.getByRole('textbox', { name: 'Date of birth' }).fill('20/10/2018');
    // Each parent or carer gets a row for the new child.
    await expect(relationshipRow(carer2, 'Cerys Evans')).toBeVisible();

    await page.getByRole('button', { name: 'Add another child' }).click();
    await page.getByRole('button', { name: 'Remove child 3' }).click();
    await expect(page.getByRole('button', { name: 'Add another child' })).toBeFocused();
    await expect(formRow(page, 'Child 3')).toHaveCount(0);
    await expect(relationshipRow(carer2, 'Child 3')).toHaveCount(0);
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
    await expectAccessible(page, 'family not found');
  });
});
