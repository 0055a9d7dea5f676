import { expect, test, type Locator, type Page } from './support/test';
import { CHAIR } from './support/app';
import { expectAccessible } from './support/axe';
import { formRow, formSection, openAddFamily, relationshipRow } from './support/families';
import { ageToday, fromSlash, longDate, schoolYearToday, today } from './support/clock';

const MUM = 'Siobhán O’Brien';
const DAD = 'محمد حداد';
const STEFAN = 'Ștefan Rădulescu-Haddad';
const AOIBHEANN = 'Aoibheann Ní Bhriain';
const KEEP_PRIVATE = "Keep this person's contact details or address from someone";

async function fillHome(page: Page, legend: string, home: { label: string; line1: string; town: string; postcode: string }): Promise<void> {
  const row = formRow(page, legend);
  await row.getByRole('textbox', { name: 'What the family calls this home (optional)' }).fill(home.label);
  await row.getByRole('textbox', { name: 'Address line 1 (optional)' }).fill(home.line1);
  await row.getByRole('textbox', { name: 'Town or city (optional)' }).fill(home.town);
  await row.getByRole('textbox', { name: 'Postcode (optional)' }).fill(home.postcode);
}

async function relate(carer: Locator, child: string, relationship: string, responsibility: 'Yes' | 'No' | 'Not known'): Promise<void> {
  const row = relationshipRow(carer, child);
  await row.getByRole('textbox', { name: 'Relationship', exact: true }).fill(relationship);
  await row.getByRole('radio', { name: responsibility, exact: true }).check();
}

test('a separated family: two homes, a child in both, names in several scripts, and Mum’s address and phone hidden from Dad', async ({ page }) => {
  await openAddFamily(page);
  await page.getByRole('textbox', { name: 'Family name' }).fill('O’Brien-Haddad family');

  await fillHome(page, 'Home 1', { label: 'Mum’s home', line1: '12 Elm Road', town: 'Leeds', postcode: 'ls1 4ap' });
  await formSection(page, 'Homes').getByRole('button', { name: 'Add another home' }).click();
  await expect(formRow(page, 'Home 2').getByRole('textbox', { name: 'What the family calls this home (optional)' })).toBeFocused();
  await fillHome(page, 'Home 2', { label: 'Dad’s flat', line1: '7 Rue Street', town: 'Bradford', postcode: 'BD1 1AA' });

  const child1 = formRow(page, 'Child 1');
  await child1.getByRole('textbox', { name: 'Full name' }).fill(STEFAN);
  await child1.getByRole('textbox', { name: 'Date of birth' }).fill('14/03/2016');
  await expect(child1.getByText(`School year by age: ${schoolYearToday(fromSlash('14/03/2016'))}`)).toBeVisible();
  await child1.getByRole('textbox', { name: 'School or setting (optional)' }).fill('Oak Lane Primary');
  const child1Homes = child1.getByRole('group', { name: 'Which homes does this child live in or stay at?' });
  await expect(child1Homes.getByRole('checkbox', { name: 'Mum’s home' })).toBeChecked();
  await child1Homes.getByRole('checkbox', { name: 'Dad’s flat' }).check();
  await child1.getByRole('radio', { name: 'SEN support (help in school without a plan)' }).check();
  await child1.getByRole('textbox', { name: 'How they like to communicate and share their views (optional)' }).fill('Talks best while drawing.');
  await child1.getByRole('checkbox', { name: 'Drawing' }).check();

  await page.getByRole('button', { name: 'Add another child' }).click();
  const child2 = formRow(page, 'Child 2');
  await expect(child2.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await child2.getByRole('textbox', { name: 'Full name' }).fill(AOIBHEANN);
  await child2.getByRole('textbox', { name: 'Name they like to be called (optional)' }).fill('Eve');
  await child2.getByRole('textbox', { name: 'Date of birth' }).fill('02/09/2019');
  await child2.getByRole('checkbox', { name: 'Mum’s home' }).check();

  const mum = formRow(page, 'Parent or carer 1');
  await mum.getByRole('textbox', { name: 'Full name' }).fill(MUM);
  await relate(mum, STEFAN, 'Mum', 'Yes');
  await relate(mum, AOIBHEANN, 'Mum', 'Yes');
  await mum.getByRole('textbox', { name: 'Phone number (optional)' }).fill('07700 900123');
  await mum.getByRole('textbox', { name: 'Email address (optional)' }).fill('siobhan@example.org');
  await mum.getByRole('radio', { name: 'Text message' }).check();
  await mum.getByRole('textbox', { name: 'Best times to contact them (optional)' }).fill('After 3pm, not on Wednesdays');

  await page.getByRole('button', { name: 'Add another parent or carer' }).click();
  const dad = formRow(page, 'Parent or carer 2');
  await expect(dad.getByRole('textbox', { name: 'Full name' })).toBeFocused();
  await dad.getByRole('textbox', { name: 'Full name' }).fill(DAD);
  await dad.getByRole('checkbox', { name: 'Dad’s flat' }).check();
  await relate(dad, STEFAN, 'Dad', 'Yes');
  await relate(dad, AOIBHEANN, 'Stepdad', 'No');
  await dad.getByRole('textbox', { name: 'Phone number (optional)' }).fill('07700 900456');
  await dad.getByRole('textbox', { name: 'First language (optional)' }).fill('Arabic');
  await dad.getByRole('group', { name: 'Do they need an interpreter?' }).getByRole('radio', { name: 'Yes' }).check();
  await expect(dad.getByRole('textbox', { name: 'Language the interpreter needs to speak' })).toBeVisible();

  const mumSafety = formSection(page, 'Safety').getByRole('group', { name: MUM, exact: true });
  await mumSafety.getByRole('checkbox', { name: KEEP_PRIVATE }).check();
  const details = mumSafety.getByRole('group', { name: 'Which details must be kept from them?' });
  await expect(details.getByRole('checkbox', { name: 'Address', exact: true })).toBeChecked();
  await details.getByRole('checkbox', { name: 'Email address' }).uncheck();
  await mumSafety.getByRole('group', { name: 'Who must never see them?' }).getByRole('checkbox', { name: DAD }).check();
  await mumSafety.getByRole('textbox', { name: 'Reason (optional)' }).fill('Non-molestation order');
  await expectAccessible(page, 'add a separated family, filled in');

  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'O’Brien-Haddad family' })).toBeVisible();

  // Every name exactly as typed.
  for (const name of [MUM, DAD, STEFAN, AOIBHEANN, 'Mum’s home', 'Dad’s flat']) {
    await expect(page.getByRole('heading', { level: 3, name, exact: true })).toBeVisible();
  }
  await expect(page.getByText(schoolYearToday(fromSlash('14/03/2016')))).toBeVisible();
  await expect(page.getByText(schoolYearToday(fromSlash('02/09/2019')))).toBeVisible();

  // Both homes, with the child who lives in both.
  const homes = page.getByRole('region', { name: 'Homes' });
  const mumsHome = homes.locator('.person').filter({ has: page.getByRole('heading', { name: 'Mum’s home' }) });
  const dadsFlat = homes.locator('.person').filter({ has: page.getByRole('heading', { name: 'Dad’s flat' }) });
  await expect(mumsHome).toContainText('12 Elm Road, Leeds, LS1 4AP');
  await expect(mumsHome).toContainText(`Who lives or stays here${STEFAN}, Eve, ${MUM}`);
  await expect(mumsHome).toContainText(`Hidden from: ${DAD}`);
  await expect(dadsFlat).toContainText('7 Rue Street, Bradford, BD1 1AA');
  await expect(dadsFlat).toContainText(`${STEFAN}, ${DAD}`);
  await expect(dadsFlat).not.toContainText('Hidden from');

  // Mum's phone is marked; her email is not hidden.
  const carers = page.getByRole('region', { name: 'Parents and carers' });
  const mumCard = carers.locator('.person').filter({ has: page.getByRole('heading', { name: MUM }) });
  await expect(mumCard.locator('.summary__row').filter({ hasText: 'Phone' })).toContainText(`07700 900123Hidden from: ${DAD}`);
  await expect(mumCard.locator('.summary__row').filter({ hasText: 'Email' })).not.toContainText('Hidden from');
  await expect(mumCard).toContainText('Relationship to EveMum, has parental responsibility');
  const dadCard = carers.locator('.person').filter({ has: page.getByRole('heading', { name: DAD }) });
  await expect(dadCard).toContainText('Relationship to EveStepdad, does not have parental responsibility');
  await expect(dadCard).toContainText('InterpreterNeeded');

  const safety = page.getByRole('region', { name: 'Safety' });
  await expect(safety).toContainText(`${MUM}: phone number and address hidden from ${DAD}.`);
  await expect(safety).toContainText(`Added on ${longDate(today())} by ${CHAIR.name}.`);
  // The reason is for the team, and stays closed while the family may be in the room.
  await expect(safety.getByText('Non-molestation order')).toBeHidden();
  await safety.getByText('Show the private reason').click();
  await expect(safety.getByText('Non-molestation order')).toBeVisible();
  await expectAccessible(page, 'separated family page');

  // The list uses the name each child likes to be called.
  await page.getByRole('link', { name: 'Back to all families' }).click();
  await expect(page.getByRole('list', { name: 'Families' })).toContainText(`Children: ${STEFAN}, age ${ageToday(fromSlash('14/03/2016'))}; Eve, age ${ageToday(fromSlash('02/09/2019'))}`);
  await expectAccessible(page, 'families list with a separated family');

  // Editing shows everything back as it was saved, the flag included.
  await page.getByRole('link', { name: 'O’Brien-Haddad family' }).click();
  await page.getByRole('link', { name: 'Edit family details' }).click();
  await expect(relationshipRow(formRow(page, 'Parent or carer 2'), AOIBHEANN).getByRole('textbox', { name: 'Relationship', exact: true })).toHaveValue('Stepdad');
  const savedFlag = formSection(page, 'Safety').getByRole('group', { name: MUM, exact: true });
  await expect(savedFlag.getByRole('checkbox', { name: KEEP_PRIVATE })).toBeChecked();
  await expect(savedFlag.getByRole('checkbox', { name: DAD })).toBeChecked();
  await expect(savedFlag.getByText(`Added on ${longDate(today())} by ${CHAIR.name}.`)).toBeVisible();
  await expectAccessible(page, 'edit a separated family');

  // Taking the flag off ends it: the details are shown again, and the history keeps it.
  await savedFlag.getByRole('checkbox', { name: KEEP_PRIVATE }).uncheck();
  await savedFlag.getByRole('textbox', { name: 'Why do they no longer need to be hidden? (optional)' }).fill('Order ended');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your changes have been saved.' })).toBeVisible();
  await expect(page.getByText('Hidden from:')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Safety' })).toContainText(`Ended on ${longDate(today())} by ${CHAIR.name}.`);
});
