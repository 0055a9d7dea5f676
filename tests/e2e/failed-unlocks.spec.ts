import { expectAccessible } from './support/axe';
import { unlock } from './support/app';
import { expect, test, type Page } from './support/test';

async function failOnce(page: Page, guess: string): Promise<void> {
  const unlockButton = page.getByRole('button', { name: 'Unlock' });
  // Each wait runs on the fixed clock: moved past, not waited out (the longest before the sixth is 4 s).
  await page.clock.fastForward('00:05');
  await expect(unlockButton).toBeEnabled();
  await page.getByLabel('Passphrase', { exact: true }).fill(guess);
  await unlockButton.click();
  await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/That passphrase is not right/);
}

test('failed unlocks and their wait survive a reload and a cleared local storage', async ({ page }) => {
  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  // Six wrong guesses: the sixth asks for a wait of 8 seconds.
  for (let i = 0; i < 6; i++) await failOnce(page, `wrong guess ${i}`);
  const wait = page.getByRole('status').filter({ hasText: /You can try again in \d+ seconds?/ });
  await expect(wait).toBeVisible();

  // Reloading, and wiping the browser's local storage, used to start the count again.
  await page.evaluate(() => localStorage.clear());
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(wait).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expectAccessible(page, 'locked, still waiting after a reload');

  await page.clock.fastForward('00:10');
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled();
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
});
