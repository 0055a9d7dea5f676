import { expect, type Page } from '@playwright/test';

/** The passphrase every end-to-end test sets up with. */
export const PASSPHRASE = 'marble kettle orchard seven';

/** First run on a new profile: choose the passphrase, confirm the recovery key was kept, arrive at Families. */
export async function setUpApp(page: Page): Promise<{ recoveryKey: string }> {
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Team Around' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery key' })).toBeVisible({ timeout: 20_000 });
  await expect(page.getByLabel(/^Recovery key:/)).toHaveAttribute('aria-label', /^Recovery key: \S/);
  const label = (await page.getByLabel(/^Recovery key:/).getAttribute('aria-label')) ?? '';
  await page.getByLabel('I have written down or printed my recovery key and will keep it safe').check();
  await page.getByRole('button', { name: 'Continue to Team Around' }).click();
  await fillAboutYou(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  return { recoveryKey: label.replace(/^Recovery key:\s*/, '') };
}

/** The chair every end-to-end test works as: letters and calendar invitations carry these details. */
export const CHAIR = {
  name: 'Sam Patel',
  role: 'Family support worker',
  organisation: 'Kirkby Family Hub',
  phone: '01632 960 111',
  email: 'sam.patel@example.gov.uk',
} as const;

/** First run's "About you" step, filled as a lead professional who chairs meetings. */
export async function fillAboutYou(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
  await page.getByLabel('Your name').fill(CHAIR.name);
  await page.getByLabel('Your role (optional)').fill(CHAIR.role);
  await page.getByLabel('Your organisation (optional)').fill(CHAIR.organisation);
  await page.getByLabel('Phone number').fill(CHAIR.phone);
  await page.getByLabel('Email address').fill(CHAIR.email);
  await page.getByRole('radio', { name: 'I chair meetings' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();
}

/** After a reload or in a new window: the app opens locked. */
export async function unlock(page: Page, passphrase = PASSPHRASE): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await page.getByLabel('Passphrase', { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeHidden({ timeout: 20_000 });
}

/** Reloads the page (as closing and reopening the window would) and unlocks it again. */
export async function reloadAndUnlock(page: Page): Promise<void> {
  await page.reload();
  await unlock(page);
}
