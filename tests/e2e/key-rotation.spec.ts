import { expectAccessible } from './support/axe';
import { PASSPHRASE, reloadAndUnlock, unlock } from './support/app';
import { installFakeDesktopBridge } from './support/fake-desktop-bridge';
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

  // Every progress line shown, however briefly (a small store is re-encrypted in well under a second).
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const line = /Re-encrypting your records: [\d,]+ of [\d,]+/.exec(document.body.textContent ?? '')?.[0];
      if (line && seen.at(-1) !== line) seen.push(line);
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await passphrase.fill(PASSPHRASE);
  await change.click();
  await expect(section.getByRole('heading', { name: 'Your new recovery key' })).toBeFocused({ timeout: 20_000 });
  await expect(section.getByLabel(/^Recovery key:/)).toHaveAttribute('aria-label', /^Recovery key: (\w{4} ){8}\w{4}$/);
  await expect(section.getByRole('status').filter({ hasText: /Every record is now encrypted with the new key \([\d,]+ records\)/ })).toBeVisible({ timeout: 30_000 });
  const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
  expect(seen.length).toBeGreaterThan(1);
  const done = seen.map((line) => Number(/: ([\d,]+) of/.exec(line)?.[1]?.replace(/,/g, '')));
  expect(done).toEqual([...done].sort((a, b) => a - b));
  expect(done.at(-1)).toBeGreaterThan(0);
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

test('after the key has changed, the key the computer kept for quick unlock opens nothing, and quick unlock is off', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await reloadAndUnlock(page);
  await page.goto('/#/settings');
  const quick = page.getByLabel('Unlock with this computer’s sign-in (the key is kept by the computer’s own secure store)');
  await quick.check();
  await expect(page.getByRole('status').filter({ hasText: 'Quick unlock is on.' })).toBeVisible();
  const stale = await page.evaluate(() => localStorage.getItem('fake-os-key-store'));
  // The wrapped key the computer keeps for quick unlock.
  expect(stale).toEqual(expect.stringMatching(/\S{16,}/));

  const section = page.getByRole('region', { name: 'Change the key that encrypts your records' });
  await section.getByLabel('Your passphrase').fill(PASSPHRASE);
  await section.getByRole('button', { name: 'Change the key' }).click();
  await expect(section.getByRole('status').filter({ hasText: /Every record is now encrypted with the new key/ })).toBeVisible({ timeout: 30_000 });
  await expect(quick).not.toBeChecked();
  expect(await page.evaluate(() => localStorage.getItem('fake-os-key-store'))).toBeNull();

  // Someone puts the old key back in the computer's key store: it is refused, and the passphrase still opens.
  await page.evaluate((secret) => {
    localStorage.setItem('fake-os-key-store', secret ?? '');
    localStorage.setItem('team-around:quick-unlock', 'on');
  }, stale);
  await page.reload();
  await page.getByRole('button', { name: 'Unlock with this computer’s sign-in' }).click();
  await expect(page.getByText('Quick unlock no longer matches this computer’s records, so it has been switched off. Use your passphrase.')).toBeVisible({ timeout: 20_000 });
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeHidden({ timeout: 20_000 });
});
