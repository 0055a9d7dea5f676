import { expectAccessible } from './support/axe';
import { PASSPHRASE, unlock } from './support/app';
import { expect, test } from './support/test';

const NEW_PASSPHRASE = 'lantern pebble harbour violin';

test('the passphrase can be changed while unlocked, after typing the current one', async ({ page }) => {
  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Change your passphrase' });
  const current = section.getByLabel('Current passphrase');
  const next = section.getByLabel('New passphrase');
  const again = section.getByLabel('Type the passphrase again');
  const change = section.getByRole('button', { name: 'Change passphrase' });

  // The current passphrase must be right.
  await current.fill('not my passphrase at all');
  await next.fill(NEW_PASSPHRASE);
  await again.fill(NEW_PASSPHRASE);
  await change.click();
  await expect(current).toHaveAccessibleDescription(/That is not your current passphrase/, { timeout: 20_000 });
  await expect(section.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expectAccessible(page, 'settings: wrong current passphrase');

  // The new one is held to the same standard as on first run.
  await current.fill(PASSPHRASE);
  await next.fill('Summer2024!!');
  await again.fill('Summer2024!!');
  await change.click();
  await expect(next).toHaveAccessibleDescription(/A season or a month with a year/);

  await next.fill(NEW_PASSPHRASE);
  await again.fill(NEW_PASSPHRASE);
  await change.click();
  const done = page.getByRole('status').filter({ hasText: 'Your passphrase has been changed. Use the new one from now on.' });
  await expect(done).toBeVisible({ timeout: 20_000 });
  // The data key changes with it, so there is a new recovery key to keep.
  await expect(section.getByRole('heading', { name: 'Your new recovery key' })).toBeFocused();
  await expect(section.getByLabel(/^Recovery key:/)).toHaveAttribute('aria-label', /^Recovery key: (\w{4} ){8}\w{4}$/);
  await expectAccessible(page, 'settings: passphrase changed');

  // The old passphrase no longer opens Team Around; the new one does.
  await page.getByRole('button', { name: 'Lock', exact: true }).click();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/That passphrase is not right/, { timeout: 20_000 });
  await unlock(page, NEW_PASSPHRASE);

  await page.goto('/#/settings/record');
  await expect(page.getByRole('list', { name: 'Entries, newest first' }).getByRole('listitem').filter({ hasText: 'changed the passphrase.' })).toHaveCount(1);
});
