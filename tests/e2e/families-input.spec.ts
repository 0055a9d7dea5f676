import { expect, test } from './support/test';
import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { fillFamily, formRow, formSection, openAddFamily } from './support/families';
import { daysFromToday, fromSlash, schoolYearToday, slashDate } from './support/clock';

test('bad input gets a clear message at the field, and nothing is saved', async ({ page }) => {
  await openAddFamily(page);
  await page.getByRole('button', { name: 'Save family' }).click();

  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter the family name',
    "Enter the child's name",
    "Enter the child's date of birth, for example 23/11/2016",
    "Enter the parent or carer's name",
  ]);
  await expectAccessible(page, 'add a family with errors');

  // Each message links to its field, and is read out with it.
  await summary.getByRole('link', { name: "Enter the child's name" }).click();
  const child = formRow(page, 'Child 1');
  const childName = child.getByRole('textbox', { name: 'Full name' });
  await expect(childName).toBeFocused();
  await expect(childName).toHaveAccessibleDescription(/Enter the child's name/);

  await fillFamily(page, { familyName: 'Saint-Éloi family', carer: { name: 'Zoë-Anne Saint-Éloi' }, child: { name: 'Noé Saint-Éloi', dateOfBirth: slashDate(daysFromToday(1)) } });
  const dob = child.getByRole('textbox', { name: 'Date of birth' });
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(dob).toHaveAccessibleDescription(/The date of birth must be today or in the past/);
  await expect(child.getByText('School year by age')).toHaveCount(0);

  // Messages follow the corrections as they are typed.
  await dob.fill('31/02/2016');
  await expect(dob).toHaveAccessibleDescription(/That date does not exist: this month has 29 days/);
  await dob.fill('next tuesday');
  await expect(dob).toHaveAccessibleDescription(/Enter the date as day\/month\/year, for example 23\/11\/2026/);
  await expect(dob).toHaveAttribute('aria-invalid', 'true');

  // A child who lives in no home.
  const homes = child.getByRole('group', { name: 'Which homes does this child live in or stay at?' });
  await homes.getByRole('checkbox', { name: 'Home 1' }).uncheck();
  await expect(homes).toHaveAccessibleDescription(/Say which home Noé Saint-Éloi lives in/);

  // A postcode that is not one, an interpreter with no language, a safety flag hidden from nobody.
  await formRow(page, 'Home 1').getByRole('textbox', { name: 'Postcode (optional)' }).fill('NOT A CODE');
  const carer = formRow(page, 'Parent or carer 1');
  await carer.getByRole('group', { name: 'Do they need an interpreter?' }).getByRole('radio', { name: 'Yes' }).check();
  const flag = formSection(page, 'Safety').getByRole('group', { name: 'Zoë-Anne Saint-Éloi', exact: true });
  await flag.getByRole('checkbox', { name: "Keep this person's contact details or address from someone" }).check();

  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText([
    'Enter a real postcode, for example LS1 4AP',
    'Enter the date as day/month/year, for example 23/11/2026',
    'Say which home Noé Saint-Éloi lives in',
    'Say which language the interpreter needs to speak',
    'Choose at least one person who must not see these details',
  ]);
  await expectAccessible(page, 'add a family with many errors');

  await summary.getByRole('link', { name: 'Say which home Noé Saint-Éloi lives in' }).click();
  await expect(homes.getByRole('checkbox', { name: 'Home 1' })).toBeFocused();
  await summary.getByRole('link', { name: 'Choose at least one person who must not see these details' }).click();
  const hiddenFrom = flag.getByRole('group', { name: 'Who must never see them?' });
  await expect(hiddenFrom.getByRole('checkbox', { name: 'Noé Saint-Éloi' })).toBeFocused();
  await expect(hiddenFrom).toHaveAccessibleDescription(/Choose at least one person who must not see these details/);

  await page.goto('/#/families');
  await expect(page.getByText('No families yet.')).toBeVisible();
});

test('what was typed survives a reload before saving, and can be discarded', async ({ page }) => {
  await openAddFamily(page);
  await page.getByRole('textbox', { name: 'Family name' }).fill('حداد family');
  await formRow(page, 'Home 1').getByRole('textbox', { name: 'What the family calls this home (optional)' }).fill('Nan’s house');
  await formRow(page, 'Child 1').getByRole('textbox', { name: 'Full name' }).fill('Zofia Kowalska');
  await formRow(page, 'Child 1').getByRole('textbox', { name: 'Date of birth' }).fill('3/4/2018');
  await formRow(page, 'Parent or carer 1').getByRole('textbox', { name: 'Full name' }).fill('ليلى حداد');
  await formRow(page, 'Parent or carer 1').getByRole('radio', { name: 'Letter' }).check();
  await expect(page.getByRole('status').filter({ hasText: /Draft kept at \d\d:\d\d/ })).toBeVisible();

  await reloadAndUnlock(page);
  await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue('حداد family');
  await expect(formRow(page, 'Home 1').getByRole('textbox', { name: 'What the family calls this home (optional)' })).toHaveValue('Nan’s house');
  await expect(formRow(page, 'Child 1').getByRole('textbox', { name: 'Date of birth' })).toHaveValue('3/4/2018');
  await expect(formRow(page, 'Child 1').getByText(`School year by age: ${schoolYearToday(fromSlash('3/4/2018'))}`)).toBeVisible();
  await expect(formRow(page, 'Parent or carer 1').getByRole('textbox', { name: 'Full name' })).toHaveValue('ليلى حداد');
  await expect(formRow(page, 'Parent or carer 1').getByRole('radio', { name: 'Letter' })).toBeChecked();
  await expect(page.getByText(/We kept what you typed on/)).toBeVisible();
  await expectAccessible(page, 'add a family with a restored draft');

  await page.getByRole('button', { name: 'Discard what you typed and start again' }).click();
  await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue('');
  await reloadAndUnlock(page);
  await expect(page.getByRole('textbox', { name: 'Family name' })).toHaveValue('');
});
