import { test, expect } from './support/test';
import { expectAccessible } from './support/axe';
import { unlock } from './support/app';

/**
 * docs/decisions/0018: when the browser engine throws its IndexedDB store away after a crash (here
 * both databases are deleted while the app is open), the next start finds the keyring's copy, the
 * passphrase still opens Team Around, the draft that was being typed is back, and a calm message
 * says what happened.
 */
test('recent typing comes back after the browser rebuilt its storage, with a plain message', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Your name').fill('Jo Whitaker');
  await expect(page.getByRole('status').filter({ hasText: /^Draft kept at \d{2}:\d{2}$/ })).toBeVisible();

  const deleted = await page.evaluate(async () => {
    const names = (await indexedDB.databases()).flatMap((d) => (d.name ? [d.name] : []));
    // The app closes its connections when asked (versionchange), so nothing blocks the deletes.
    await Promise.all(
      names.map(
        (name) =>
          new Promise<void>((resolve, reject) => {
            const request = indexedDB.deleteDatabase(name);
            request.onsuccess = () => resolve();
            request.onerror = () => reject(request.error ?? new Error(`Could not delete ${name}`));
          }),
      ),
    );
    return { before: names.sort(), after: (await indexedDB.databases()).length };
  });
  expect(deleted).toEqual({ before: ['team-around', 'team-around-keyring'], after: 0 });

  await page.goto('/#/settings');
  await page.reload();
  // Not "Set up Team Around": the keyring came back from the copy beside the mirror.
  await unlock(page);
  const notice = page.getByRole('region', { name: 'Storage rebuilt' });
  await expect(notice).toHaveText(
    /Team Around had to rebuild its storage after the computer stopped suddenly\. Your recent typing has been restored\. Please check your latest backup is recent\./,
  );
  await expect(page.getByLabel('Your name')).toHaveValue('Jo Whitaker');
  await expectAccessible(page, 'settings after storage was rebuilt');

  await notice.getByRole('button', { name: 'Close this message' }).click();
  await expect(notice).toBeHidden();
});
