import { readFile } from 'node:fs/promises';
import type { Browser } from '@playwright/test';
import { expect, test, type Page } from './support/test';
import { PASSPHRASE, setUpApp } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily, type FamilyDetails } from './support/families';

const family: FamilyDetails = {
  familyName: 'Ní Bhriain-Haddad',
  carer: { name: 'Siobhán Ní Bhriain', relationship: 'Mum' },
  child: { name: 'Amir Haddad', dateOfBirth: '2016-02-29' },
};
const later: FamilyDetails = { familyName: 'Okonkwo', carer: { name: 'Chidi Okonkwo' }, child: { name: 'Ada Okonkwo', dateOfBirth: '2019-06-01' } };

async function openBackupPage(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Back up and restore' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back up and restore' })).toBeVisible();
}

/** Makes a backup through the browser bridge (a download) and returns the file's bytes. */
async function makeBackup(page: Page): Promise<Buffer> {
  await openBackupPage(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make a backup' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^team-around-backup-\d{4}-\d{2}-\d{2}\.tabackup$/);
  await expect(page.getByRole('status').filter({ hasText: `The backup has been saved as ${file.suggestedFilename()}.` })).toBeFocused();
  await expect(page.getByText(/^Your last backup was made on \d+ \w+ \d{4} at \d\d:\d\d\.$/)).toBeVisible();
  return readFile(await file.path());
}

async function chooseBackupFile(page: Page, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a backup file' }).click();
  await (await chooser).setFiles({ name: 'team-around-backup.tabackup', mimeType: 'application/octet-stream', buffer });
}

async function checkWithPassphrase(page: Page, passphrase: string): Promise<void> {
  await page.getByLabel('Passphrase used when the backup was made').fill(passphrase);
  await page.getByRole('button', { name: 'Check the backup' }).click();
}

/** A new, empty browser profile, set up for the first time. */
async function newProfile(browser: Browser, baseURL: string | undefined): Promise<Page> {
  // An empty storage state: inside a test, new contexts otherwise start from the set-up profile's.
  const context = await browser.newContext({ baseURL, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await setUpApp(page);
  return page;
}

/** Waits for the families list to say it has loaded, then checks exactly which families it shows. */
async function expectFamilies(page: Page, names: readonly string[]): Promise<void> {
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  if (names.length === 0) {
    await expect(page.getByText('No families yet.')).toBeVisible();
    return;
  }
  await expect(page.getByText(`${names.length} ${names.length === 1 ? 'family' : 'families'}.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Families' }).getByRole('heading', { level: 2 })).toHaveText([...names]);
}

test.describe('Back up and restore', () => {
  test('a backup made on one computer restores into a new, empty profile with the passphrase in use when it was made', async ({ page, browser, baseURL }) => {
    await addFamily(page, family);
    await openBackupPage(page);
    await expect(page.getByText('No backup has been made on this computer yet.')).toBeVisible();
    await expectAccessible(page, 'back up and restore');
    const backup = await makeBackup(page);
    await expectAccessible(page, 'backup saved');

    // The reminder: a whole number of days, from 1 to 365.
    const days = page.getByLabel('Remind me after this many days without a backup');
    await expect(days).toHaveValue('7');
    await days.fill('0');
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(days).toHaveAccessibleDescription(/Enter a number of days from 1 to 365/);
    await expectAccessible(page, 'reminder setting with an error');
    await days.fill('14');
    await page.getByRole('button', { name: 'Save reminder' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved. Team Around will remind you when no backup has been made for 14 days.' })).toBeFocused();

    const fresh = await newProfile(browser, baseURL);
    await expectFamilies(fresh, []);
    await openBackupPage(fresh);
    await chooseBackupFile(fresh, backup);
    await expect(fresh.getByRole('group', { name: 'How do you want to open the backup?' })).toBeVisible();
    await expectAccessible(fresh, 'restore: passphrase or recovery key');

    await checkWithPassphrase(fresh, PASSPHRASE);
    const checked = fresh.getByRole('group', { name: 'The backup has been checked' });
    await expect(checked).toBeVisible({ timeout: 20_000 });
    await expect(fresh.getByRole('heading', { name: 'The backup has been checked' })).toBeFocused();
    await expect(checked.getByRole('listitem').filter({ hasText: /^1 family$/ })).toBeVisible();
    await expectAccessible(fresh, 'restore: checked backup');

    await fresh.getByRole('button', { name: 'Replace everything on this computer with this backup' }).click();
    const done = fresh.getByRole('status').filter({ hasText: 'The backup has been restored.' });
    await expect(done).toBeFocused();
    await expectAccessible(fresh, 'restore: done');
    await done.getByRole('link', { name: 'Go to the list of families' }).click();
    await expect(fresh.getByRole('link', { name: family.familyName })).toBeVisible();
    await fresh.context().close();
  });

  test('a changed, a wrong or an unrelated file is refused with a plain message, and nothing on this computer changes', async ({ page }) => {
    await addFamily(page, family);
    const backup = await makeBackup(page);
    await addFamily(page, later);
    const before = [family.familyName, later.familyName];
    await expectFamilies(page, before);

    // Not a backup at all: said at once, before asking for a passphrase.
    await openBackupPage(page);
    await chooseBackupFile(page, Buffer.from('PK\u0003\u0004 this is a Word document'));
    await expect(page.getByRole('alert')).toHaveText('This file is not a Team Around backup. Choose a file that Team Around saved as a backup.');
    await expect(page.getByRole('alert')).toBeFocused();
    await expectAccessible(page, 'restore: not a backup');

    // The wrong passphrase: a message at the field.
    await chooseBackupFile(page, backup);
    await checkWithPassphrase(page, 'not the right passphrase at all');
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused({ timeout: 20_000 });
    await expect(page.getByLabel('Passphrase used when the backup was made')).toHaveAccessibleDescription(/does not open this backup/);
    await expectAccessible(page, 'restore: wrong passphrase');
    await page.getByRole('button', { name: 'Choose a different file' }).click();

    // One byte changed near the end: found only by the MAC, after the passphrase.
    const tampered = Buffer.from(backup);
    tampered[tampered.length - 40]! ^= 0x01;
    await chooseBackupFile(page, tampered);
    await checkWithPassphrase(page, PASSPHRASE);
    await expect(page.getByRole('alert')).toHaveText(/has been changed or damaged since it was made.*Nothing has been restored/, { timeout: 20_000 });
    await expectAccessible(page, 'restore: altered backup');

    // Cut short, as an interrupted copy would be.
    await chooseBackupFile(page, backup.subarray(0, backup.length - 500));
    await expect(page.getByRole('alert')).toHaveText(/This backup file is incomplete/);

    await expectFamilies(page, before);
  });
});

test('a reminder appears once there is a family and no backup, and goes once a backup is made', async ({ page }) => {
  await page.goto('/#/families');
  await expect(page.getByText('You have not made a backup', { exact: false })).toHaveCount(0);
  await addFamily(page, later);
  const reminder = page.getByText(/You have not made a backup of the records on this computer yet\./);
  await expect(reminder).toBeVisible();
  await expectAccessible(page, 'family page with the backup reminder');
  await page.getByRole('link', { name: 'Make a backup' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Back up and restore' })).toBeVisible();
  await makeBackup(page);
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  await expect(reminder).toHaveCount(0);
});
