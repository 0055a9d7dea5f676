import { expectAccessible } from './support/axe';
import { unlock } from './support/app';
import { expect, test } from './support/test';

test('the whole record in settings: unlocks, failed unlocks and settings changes, each as a sentence, narrowed by kind', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill('Jo Chair');
  await page.getByRole('button', { name: 'Save your details' }).click();
  await expect(page.getByRole('status').filter({ hasText: /saved/i }).first()).toBeVisible();

  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill('not the passphrase');
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/That passphrase is not right/);
  await unlock(page);

  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Read the record of who did what on this computer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Record of who did what on this computer' })).toBeVisible();
  const entries = page.getByRole('list', { name: 'Entries, newest first' }).getByRole('listitem');
  await expect(entries.first()).toHaveText(/^\d{1,2} \w+ \d{4} at \d\d:\d\d: Jo Chair unlocked Team Around\.$/);
  await expect(entries.filter({ hasText: 'Jo Chair tried to unlock Team Around with the wrong passphrase.' })).toHaveCount(1);
  // Once at first run ("About you"), once here.
  await expect(entries.filter({ hasText: 'changed their name or role.' })).toHaveCount(2);
  await expectAccessible(page, 'the whole record');

  await page.getByLabel('Show').selectOption({ label: 'Settings changes' });
  await expect(entries).toHaveCount(2);
  await expect(entries.first()).toContainText('changed their name or role.');
  await expect(page.getByText(/^Showing entries about settings changes 1 to 2 of 2, newest first\.$/)).toBeVisible();

  await page.getByLabel('Show').selectOption({ label: 'Unlocks and failed unlocks' });
  await expect(entries.filter({ hasText: 'wrong passphrase' })).toHaveCount(1);
  await expect(entries.filter({ hasText: 'changed their name' })).toHaveCount(0);

  await page.getByLabel('Show').selectOption({ label: 'Disposals' });
  await expect(page.getByText('There are no entries about disposals.')).toBeVisible();
  await expectAccessible(page, 'the whole record, narrowed to nothing');
});
