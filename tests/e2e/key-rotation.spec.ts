import { expectAccessible } from './support/axe';
import { PASSPHRASE, unlock } from './support/app';
import { addFamily } from './support/families';
import { expect, test } from './support/test';

test('the key that encrypts the records can be changed from settings: progress, a new recovery key, and the records intact after locking', async ({ page }) => {
  await addFamily(page, { familyName: 'Okafor', carer: { name: 'Grace Okafor' }, child: { name: 'Tomi Okafor', dateOfBirth: '12/03/2018' } });

  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Change the key that encrypts your records' });
  await expect(section.getByText('Changing it makes a new key, locks every record again with it')).toBeVisible();
  const passphrase = section.getByLabel('Your passphrase');
  const change = section.getByRole('button', { name: 'Change the key' });

  // The passphrase must be right.
  await passphrase.fill('not my passphrase at all');
  await change.click();
  await expect(passphrase).toHaveAccessibleDescription(/That is not your passphrase/, { timeout: 20_000 });

  await passphrase.fill(PASSPHRASE);
  await change.click();
  await expect(section.getByRole('heading', { name: 'Your new recovery key' })).toBeFocused({ timeout: 20_000 });
  await expect(section.getByLabel(/^Recovery key:/)).toHaveAttribute('aria-label', /^Recovery key: (\w{4} ){8}\w{4}$/);
  // Progress while it runs (a small store may finish at once), then the end.
  const progress = section.getByRole('status').filter({ hasText: /Re-encrypting your records: [\d,]+ of [\d,]+|Every record is now encrypted with the new key/ });
  await expect(progress).toBeVisible();
  await expect(section.getByRole('status').filter({ hasText: /Every record is now encrypted with the new key \([\d,]+ records\)/ })).toBeVisible({ timeout: 30_000 });
  await expectAccessible(page, 'settings: data key changed');

  await page.goto('/#/settings/record');
  await expect(page.getByRole('list', { name: 'Entries, newest first' }).getByRole('listitem').filter({ hasText: 'changed the key that encrypts records.' })).toHaveCount(1);

  // Lock, unlock with the passphrase: the records are all there.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await unlock(page, PASSPHRASE);
  await page.goto('/#/families');
  await page.getByRole('link', { name: 'Okafor' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Okafor' })).toBeVisible();
  await expect(page.getByText('Tomi Okafor').first()).toBeVisible();
});
