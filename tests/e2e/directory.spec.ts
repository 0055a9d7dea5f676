import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { tabTo } from './support/keyboard';
import { reloadAndUnlock } from './support/app';
import { importPractitionersCsv, importServicesCsv } from '../../shared/csv/directory-csv';
import { compareNames } from '../../shared/rules/text';
import { expectAccessible } from './support/axe';

const PRACTITIONERS_CSV = [
  'Name,Role,Agency,Phone,Secure email',
  'Siobhán Ní Bhriain,Family support worker,Early Help Hub,,siobhan.nibhriain@leeds.gov.uk',
  'Ștefan Rădulescu,Youth worker,Youth Service,0113 496 0003,',
  'محمد الحسن,Housing officer,"Housing, Leeds",0113 496 0004,m.alhassan@leeds.gov.uk',
  'Aoife O’Brien,School nurse,Leeds Community Healthcare,0113 496 0005,aoife.obrien@nhs.net',
].join('\r\n');

// Line 3 has no role and an email address that is not one; lines 2 and 4 are fine.
const BAD_ROW_3_CSV = [
  'Name,Role,Agency,Phone,Secure email',
  'Sam Patel,School nurse,Health,0113 496 0000,sam@nhs.net',
  'Jo Bloggs,,Housing,0113 496 0001,jo at housing',
  'Kim Wu,SENCO,Oak Lane Primary,0113 496 0002,kim@oaklane.sch.uk',
].join('\n');

const SERVICES_CSV = [
  'Name,What they offer,Who it is for,How to refer,Phone,Email,Website,Notes',
  'Stay and Play,"Play sessions, songs and a cuppa",Parents of children under 5,"Just turn up.\nNo referral needed",,,www.example.org.uk,=Tuesdays only',
  'Citizens Advice,Debt and benefits advice,Anyone in the city,Ring or drop in,0113 496 0100,advice@example.org.uk,,',
].join('\r\n');

async function openDirectory(page: Page): Promise<void> {
  await page.goto('/#/families');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeFocused();
}

async function chooseFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import from a CSV file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'text/csv', buffer });
}

async function importPractitioners(page: Page, csv: string): Promise<void> {
  await chooseFile(page, 'practitioners.csv', Buffer.from(csv, 'utf8'));
  await page.getByRole('button', { name: /^Confirm and import/ }).click();
}

async function downloadText(page: Page, button: string): Promise<{ name: string; text: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await download;
  const path = await file.path();
  return { name: file.suggestedFilename(), text: await readFile(path, 'utf8') };
}

const practitionerNames = (page: Page) => page.getByRole('list', { name: 'Practitioners' }).getByRole('heading', { level: 3 });
const serviceNames = (page: Page) => page.getByRole('list', { name: 'Local services' }).getByRole('heading', { level: 3 });
const card = (page: Page, name: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name }) });

test.describe('Directory', () => {
  test('a chair adds, edits and removes a practitioner, and adds a local service', async ({ page }) => {
    await openDirectory(page);
    await expect(page.getByText('No practitioners yet.')).toBeVisible();
    await expect(page).toHaveTitle('Practitioners – Directory – Team Around');
    await expectAccessible(page, 'empty directory');

    await page.getByRole('link', { name: 'Add a practitioner' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a practitioner' })).toBeFocused();
    await expectAccessible(page, 'add a practitioner');
    await page.getByLabel('Full name').fill('Siobhán Ní Bhriain');
    await page.getByLabel('Role', { exact: true }).fill('Family support worker');
    await page.getByLabel('Agency or organisation').fill('Early Help Hub');
    await page.getByLabel('Secure email address').fill('siobhan@leeds.gov.uk');
    await page.getByRole('button', { name: 'Save practitioner' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Siobhán Ní Bhriain has been added to the directory.' })).toBeVisible();
    await expect(practitionerNames(page)).toHaveText(['Siobhán Ní Bhriain']);
    await expect(card(page, 'Siobhán Ní Bhriain')).toContainText('siobhan@leeds.gov.uk');
    await expectAccessible(page, 'directory with a practitioner');

    // Edit: the link names the person, the form starts from the saved details.
    await page.getByRole('link', { name: 'Edit Siobhán Ní Bhriain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Edit Siobhán Ní Bhriain' })).toBeFocused();
    await expect(page.getByLabel('Agency or organisation')).toHaveValue('Early Help Hub');
    await expectAccessible(page, 'edit a practitioner');
    await page.getByLabel('Phone number').fill('0113 496 0001');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your changes have been saved.' })).toBeVisible();
    await expect(card(page, 'Siobhán Ní Bhriain')).toContainText('0113 496 0001');

    // Remove asks first; "No, keep them" changes nothing.
    await page.getByRole('link', { name: 'Remove Siobhán Ní Bhriain' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Remove Siobhán Ní Bhriain from the directory?' })).toBeFocused();
    await expectAccessible(page, 'remove a practitioner');
    await page.getByRole('link', { name: 'No, keep them' }).click();
    await expect(practitionerNames(page)).toHaveText(['Siobhán Ní Bhriain']);
    await page.getByRole('link', { name: 'Remove Siobhán Ní Bhriain' }).click();
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Siobhán Ní Bhriain has been removed from the directory.' })).toBeVisible();
    await expect(page.getByText('No practitioners yet.')).toBeVisible();

    // Local services are the other section.
    await page.getByRole('navigation', { name: 'Directory sections' }).getByRole('link', { name: 'Local services' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Local services' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Local services' })).toHaveAttribute('aria-current', 'page');
    await expect(page.getByText('No local services yet.')).toBeVisible();
    await expectAccessible(page, 'empty local services');
    await page.getByRole('link', { name: 'Add a local service' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Add a local service' })).toBeFocused();
    await expectAccessible(page, 'add a local service');
    await page.getByLabel('Name of the service').fill('Stay and Play at St Brigid’s');
    await page.getByLabel('What they offer').fill('Play sessions for babies and toddlers.\nSongs and a cuppa for parents.');
    await page.getByLabel('Who it is for').fill('Parents and carers of children under 5');
    await page.getByLabel('How to refer').fill('No referral needed: families can just turn up.');
    await page.getByLabel('Website (optional)').fill('www.example.org.uk');
    await page.getByRole('button', { name: 'Save service' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Stay and Play at St Brigid’s has been added to the directory.' })).toBeVisible();
    await expect(serviceNames(page)).toHaveText(['Stay and Play at St Brigid’s']);
    await expect(card(page, 'Stay and Play at St Brigid’s')).toContainText('Songs and a cuppa for parents.');
    await expectAccessible(page, 'local services with a service');

    // Edit the service, then remove it.
    await page.getByRole('link', { name: 'Edit Stay and Play at St Brigid’s' }).click();
    await page.getByLabel('Phone number (optional)').fill('0113 496 0200');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(card(page, 'Stay and Play at St Brigid’s')).toContainText('0113 496 0200');
    await page.getByRole('link', { name: 'Remove Stay and Play at St Brigid’s' }).click();
    await expectAccessible(page, 'remove a local service');
    await page.getByRole('button', { name: 'Yes, remove' }).click();
    await expect(page.getByText('No local services yet.')).toBeVisible();
  });

  test('missing details get a message at each field, and nothing is saved', async ({ page }) => {
    await openDirectory(page);
    await page.getByRole('link', { name: 'Add a practitioner' }).click();
    await page.getByRole('button', { name: 'Save practitioner' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      "Enter the practitioner's name",
      'Enter the role',
      'Enter the agency or organisation',
      'Enter a phone number or a secure email address',
    ]);
    await expectAccessible(page, 'add a practitioner with errors');

    await summary.getByRole('link', { name: 'Enter a phone number or a secure email address' }).click();
    const phone = page.getByLabel('Phone number');
    await expect(phone).toBeFocused();
    await expect(phone).toHaveAccessibleDescription(/Enter a phone number or a secure email address/);
    await expect(page.getByLabel('Full name')).toHaveAttribute('aria-invalid', 'true');

    // Messages follow the corrections.
    await page.getByLabel('Full name').fill('Sam Patel');
    await page.getByLabel('Role', { exact: true }).fill('School nurse');
    await page.getByLabel('Agency or organisation').fill('Leeds Community Healthcare');
    await expect(page.getByLabel('Full name')).not.toHaveAttribute('aria-invalid', 'true');
    await phone.fill('call the office');
    await expect(phone).toHaveAccessibleDescription(/Enter the phone number using digits/);
    await page.getByLabel('Secure email address').fill('sam at nhs');
    await expect(page.getByLabel('Secure email address')).toHaveAccessibleDescription(/Enter the secure email address in the right form/);

    await page.getByRole('button', { name: 'Cancel and discard changes' }).click();
    await expect(page.getByText('No practitioners yet.')).toBeVisible();

    // The service form says what is missing in its own words.
    await page.getByRole('link', { name: 'Local services' }).click();
    await page.getByRole('link', { name: 'Add a local service' }).click();
    await page.getByLabel('Website (optional)').fill('not a website');
    await page.getByRole('button', { name: 'Save service' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([
      'Enter the name of the service',
      'Enter the description of what the service offers',
      'Enter the details of who the service is for',
      'Enter the referral details',
      'Enter the website address, for example www.example.org.uk',
    ]);
    await expectAccessible(page, 'add a local service with errors');
    await page.goto('/#/directory/services');
    await expect(page.getByText('No local services yet.')).toBeVisible();
  });

  test('what was typed survives a reload before saving, and can be discarded', async ({ page }) => {
    await openDirectory(page);
    await page.getByRole('link', { name: 'Add a practitioner' }).click();
    await page.getByLabel('Full name').fill('Ștefan Rădulescu');
    await page.getByLabel('Role', { exact: true }).fill('Youth worker');
    await expect(page.getByRole('status').filter({ hasText: /Draft kept at \d\d:\d\d/ })).toBeVisible();

    await reloadAndUnlock(page);
    await expect(page.getByLabel('Full name')).toHaveValue('Ștefan Rădulescu');
    await expect(page.getByLabel('Role', { exact: true })).toHaveValue('Youth worker');
    await expect(page.getByText(/We kept what you typed on/)).toBeVisible();
    await expectAccessible(page, 'add a practitioner with a restored draft');

    await page.getByRole('button', { name: 'Discard what you typed and start again' }).click();
    await expect(page.getByLabel('Full name')).toHaveValue('');
    await reloadAndUnlock(page);
    await expect(page.getByLabel('Full name')).toHaveValue('');
  });

  test('a good CSV file with names in several scripts is previewed, imported, sorted and searchable', async ({ page }) => {
    await openDirectory(page);
    await expect(page.getByText('Name, Role, Agency, Phone, Secure email')).toBeVisible();
    await chooseFile(page, 'team.csv', Buffer.from(`\uFEFF${PRACTITIONERS_CSV}`, 'utf8'));

    const preview = page.getByRole('heading', { name: '4 practitioners are ready to import' });
    await expect(preview).toBeFocused();
    const table = page.getByRole('table', { name: 'All 4 practitioners in the file' });
    await expect(table.getByRole('columnheader')).toHaveText(['Name', 'Role', 'Agency', 'Phone', 'Secure email']);
    await expect(table.getByRole('row')).toHaveCount(5);
    await expect(table.getByRole('cell', { name: 'محمد الحسن' })).toBeVisible();
    await expect(page.getByText('No practitioners yet.')).toBeVisible();
    await expectAccessible(page, 'import preview');

    await page.getByRole('button', { name: 'Confirm and import 4 practitioners' }).click();
    await expect(page.getByRole('status').filter({ hasText: '4 practitioners have been imported.' })).toBeFocused();
    await expect(practitionerNames(page)).toHaveText(['Aoife O’Brien', 'Siobhán Ní Bhriain', 'Ștefan Rădulescu', 'محمد الحسن']);
    await expect(card(page, 'محمد الحسن')).toContainText('Housing, Leeds');
    await expectAccessible(page, 'directory after import');

    const search = page.getByRole('searchbox', { name: 'Search practitioners' });
    await search.fill('stefan');
    await expect(practitionerNames(page)).toHaveText(['Ștefan Rădulescu']);
    await expect(page.getByText('1 of 4 practitioners match “stefan”.')).toBeVisible();
    await search.fill("o'brien");
    await expect(practitionerNames(page)).toHaveText(['Aoife O’Brien']);
    await search.fill('housing');
    await expect(practitionerNames(page)).toHaveText(['محمد الحسن']);
    await expectAccessible(page, 'directory with search');
  });

  test('a CSV file with a bad row 3 is refused line by line, and nothing is imported', async ({ page }) => {
    await openDirectory(page);
    await chooseFile(page, 'bad.csv', Buffer.from(BAD_ROW_3_CSV, 'utf8'));

    const problems = page.getByRole('alert').filter({ hasText: 'The file was not imported' });
    await expect(problems).toBeFocused();
    await expect(problems).toContainText('Nothing from bad.csv has been added.');
    await expect(problems.getByRole('listitem')).toHaveText([
      'Line 3, role: Enter the role',
      'Line 3, secure email: Enter the secure email address in the right form, for example name@example.org.uk',
    ]);
    await expect(page.getByRole('button', { name: /^Confirm/ })).toHaveCount(0);
    await expect(page.getByText('No practitioners yet.')).toBeVisible();
    await expectAccessible(page, 'import with problems');

    // Reloading shows nothing was stored either.
    await reloadAndUnlock(page);
    await expect(page.getByText('No practitioners yet.')).toBeVisible();
  });

  test('a file that is not UTF-8 text, or is too large, gets a clear message', async ({ page }) => {
    await openDirectory(page);
    await chooseFile(page, 'latin1.csv', Buffer.from('Name,Role,Agency,Phone,Secure email\nSiobh\u00e1n,Nurse,Health,0113 496 0000,\n', 'latin1'));
    await expect(page.getByRole('alert')).toHaveText(/This file is not a CSV file saved as UTF-8 text.*CSV UTF-8 \(comma delimited\)/);
    await expectAccessible(page, 'import of a file that is not UTF-8');

    await chooseFile(page, 'huge.csv', Buffer.alloc(6 * 1024 * 1024, 'a'));
    await expect(page.getByRole('alert')).toHaveText(/This file is too large to import \(6 MB\)\. The most we can read at once is 5 MB/);
    await expect(page.getByText('No practitioners yet.')).toBeVisible();
  });

  test('downloads as CSV round-trip, and the empty template has just the headings', async ({ page }) => {
    await openDirectory(page);
    const template = await downloadText(page, 'Download an empty template');
    expect(template).toEqual({ name: 'practitioners-template.csv', text: '\uFEFFName,Role,Agency,Phone,Secure email\r\n' });
    await expect(page.getByRole('status').filter({ hasText: 'The empty template saved as practitioners-template.csv.' })).toBeVisible();

    await importPractitioners(page, PRACTITIONERS_CSV);
    await expect(practitionerNames(page)).toHaveCount(4);
    const exported = await downloadText(page, 'Download as CSV');
    expect(exported.name).toBe('practitioners.csv');
    expect(exported.text.startsWith('\uFEFFName,Role,Agency,Phone,Secure email\r\n')).toBe(true);
    await expect(page.getByRole('status').filter({ hasText: '4 practitioners saved as practitioners.csv.' })).toBeVisible();
    await expectAccessible(page, 'directory after download');

    const original = importPractitionersCsv(PRACTITIONERS_CSV);
    const readBack = importPractitionersCsv(exported.text);
    if (!original.ok || !readBack.ok) throw new Error('both files should import');
    expect(readBack.rows).toEqual([...original.rows].sort((a, b) => compareNames(a.name, b.name)));

    // The downloaded file imports back through the app; the preview says each one is already listed.
    await chooseFile(page, exported.name, Buffer.from(exported.text, 'utf8'));
    await expect(page.getByRole('heading', { name: '4 practitioners are ready to import' })).toBeVisible();
    await expect(page.getByText('4 of them have the same name and agency as someone already in the directory and would be added again.')).toBeVisible();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Nothing was imported.' })).toBeFocused();
    await expect(practitionerNames(page)).toHaveCount(4);

    // Local services: quoted commas, line breaks and a cell that looks like a formula survive the trip.
    await page.getByRole('link', { name: 'Local services' }).click();
    await chooseFile(page, 'services.csv', Buffer.from(SERVICES_CSV, 'utf8'));
    await expect(page.getByRole('heading', { name: '2 local services are ready to import' })).toBeVisible();
    await expectAccessible(page, 'local services import preview');
    await page.getByRole('button', { name: 'Confirm and import 2 local services' }).click();
    await expect(serviceNames(page)).toHaveText(['Citizens Advice', 'Stay and Play']);
    const services = await downloadText(page, 'Download as CSV');
    expect(services.name).toBe('local-services.csv');
    expect(services.text).toContain("'=Tuesdays only");
    const servicesIn = importServicesCsv(SERVICES_CSV);
    const servicesBack = importServicesCsv(services.text);
    if (!servicesIn.ok || !servicesBack.ok) throw new Error('both service files should import');
    expect(servicesBack.rows).toEqual([...servicesIn.rows].sort((a, b) => compareNames(a.name, b.name)));
  });
});


test('a practitioner can be added by keyboard alone', async ({ page }) => {
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  await tabTo(page, 'Directory');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeFocused();

  await tabTo(page, 'Add a practitioner');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a practitioner' })).toBeFocused();
  await tabTo(page, 'Full name');
  await page.keyboard.type('محمد الحسن');
  await tabTo(page, 'Role');
  await page.keyboard.type('Housing officer');
  await tabTo(page, 'Agency or organisation');
  await page.keyboard.type('Housing, Leeds');
  await tabTo(page, 'Secure email address');
  await page.keyboard.type('m.alhassan@leeds.gov.uk');
  await tabTo(page, 'Save practitioner');
  await page.keyboard.press('Enter');

  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'محمد الحسن has been added to the directory.' })).toBeVisible();
  await expect(practitionerNames(page)).toHaveText(['محمد الحسن']);

  // Edit and remove are reachable by Tab too, and named after the person.
  await tabTo(page, 'Remove محمد الحسن');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Remove محمد الحسن from the directory?' })).toBeFocused();
  await tabTo(page, 'Yes, remove');
  await page.keyboard.press('Enter');
  await expect(page.getByText('No practitioners yet.')).toBeVisible();
  await expectAccessible(page, 'directory after keyboard-only removal');
});
