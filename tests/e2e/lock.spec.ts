import { expect, freshTest, test } from './support/test';
import { expectAccessible } from './support/axe';
import { CHAIR, fillAboutYou, PASSPHRASE, reloadAndUnlock, unlock } from './support/app';
import { addFamily } from './support/families';
import { installFakeDesktopBridge } from './support/fake-desktop-bridge';

freshTest('first run asks for a strong passphrase typed twice, then shows the recovery key once', async ({ page }) => {
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Set up Team Around' })).toBeVisible();
  await expectAccessible(page, 'first-run set-up');

  await page.getByLabel('Passphrase', { exact: true }).fill('password');
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  const passphrase = page.getByLabel('Passphrase', { exact: true });
  await expect(passphrase).toHaveAttribute('aria-invalid', 'true');
  await expectAccessible(page, 'first-run set-up with a weak passphrase');

  // A season and a year, and a guessable mix the estimator finds: refused, saying why.
  await passphrase.fill('Summer2024!!');
  await page.getByLabel('Type the passphrase again').fill('Summer2024!!');
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/A season or a month with a year, such as Summer2024, is one of the first things anyone would try/);
  await passphrase.fill('liverpoolfc2005');
  await page.getByLabel('Type the passphrase again').fill('liverpoolfc2005');
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(passphrase).toHaveAccessibleDescription(/This passphrase would be too easy to guess\. Years and dates are easy to guess\./);
  await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
  await expectAccessible(page, 'first-run set-up with a guessable passphrase');

  await passphrase.fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill('marble kettle orchard sevem');
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(page.getByLabel('Type the passphrase again')).toHaveAccessibleDescription(/The two passphrases are not the same/);

  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Save your recovery key' })).toBeVisible({ timeout: 20_000 });
  const key = page.getByLabel(/^Recovery key:/);
  // 36 characters in nine groups of four.
  await expect(key).toHaveAttribute('aria-label', /^Recovery key: ([0-9A-Z]{4} ){8}[0-9A-Z]{4}$/);
  await expectAccessible(page, 'recovery key');

  await page.getByRole('button', { name: 'Continue to Team Around' }).click();
  await expect(page.getByText('Confirm that you have kept your recovery key')).toBeVisible();
  await page.getByLabel('I have written down or printed my recovery key and will keep it safe').check();
  await page.getByRole('button', { name: 'Continue to Team Around' }).click();

  // Who the chair is, for letters and invitations: a name and a way for families to reply are needed.
  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
  await expectAccessible(page, 'about you');
  await page.getByLabel('Email address').fill('sam.patel at example');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toContainText('Enter your name');
  await expect(problems).toContainText('Enter an email address like name@example.org');
  await expect(page.getByLabel('Your name')).toHaveAccessibleDescription(/Enter your name/);
  await page.getByLabel('Email address').fill('');
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await expect(problems).toContainText('Enter a phone number or an email address');
  await fillAboutYou(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();

  // The details are in Settings, to change at any time.
  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByLabel('Phone number')).toHaveValue(CHAIR.phone);
  await expect(page.getByLabel('Your organisation (optional)')).toHaveValue(CHAIR.organisation);

  // The recovery key is never shown again: reopening asks for the passphrase.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByLabel(/^Recovery key:/)).toHaveCount(0);
});

freshTest('someone who writes briefings for meetings others chair opens on their briefings, not on a caseload', async ({ page }) => {
  await page.goto('/');
  await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
  await page.getByLabel('Type the passphrase again').fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Set up and continue' }).click();
  await page.getByLabel('I have written down or printed my recovery key and will keep it safe').check({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Continue to Team Around' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'About you' })).toBeVisible();
  await page.getByLabel('Your name').fill('Kim Wu');
  await page.getByLabel('Your role (optional)').fill('SENCO (special educational needs co-ordinator)');
  await page.getByLabel('Your organisation (optional)').fill('Oak Lane Primary School');
  // A briefing writer need not give a phone number or email address.
  await page.getByRole('radio', { name: 'I write briefings and reports for meetings others chair' }).check();
  await page.getByRole('button', { name: 'Save and continue' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Your briefings and reports' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your briefings and reports' })).toContainText('None yet.');
  await expect(page.getByRole('textbox', { name: /reference/i }).first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Meetings in the next two weeks' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Add a family' })).toHaveCount(0);
  await expectAccessible(page, 'home for a briefing writer');
});

test('locking clears the screen; a wrong passphrase is refused and slowed down; the right one opens', async ({ page }) => {
  await addFamily(page, { familyName: 'Quillfeather family', carer: { name: 'Zebedee Quillfeather' }, child: { name: 'Ada Quillfeather', dateOfBirth: '02/02/2018' } });

  await page.getByRole('button', { name: 'Lock' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByText('You locked Team Around.')).toBeVisible();
  expect(await page.locator('body').innerText()).not.toContain('Quillfeather');
  await expectAccessible(page, 'locked');

  for (let i = 0; i < 3; i++) {
    await page.getByLabel('Passphrase', { exact: true }).fill(`wrong guess ${i}`);
    await page.getByRole('button', { name: 'Unlock' }).click();
    await expect(page.getByLabel('Passphrase', { exact: true })).toHaveAccessibleDescription(/That passphrase is not right/);
  }
  await expect(page.getByRole('status').filter({ hasText: /You can try again in \d+ seconds?/ })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock' })).toBeDisabled();
  await expectAccessible(page, 'locked after wrong passphrases');

  await expect(page.getByRole('button', { name: 'Unlock' })).toBeEnabled({ timeout: 5_000 });
  await unlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Quillfeather family' })).toBeVisible();
});

test('locked on the families list, each unlock draws the families as they are then, not as the last unlock read them', async ({ page }) => {
  const list = page.getByRole('list', { name: 'Families' });
  const lockAndUnlock = async () => {
    await page.getByRole('button', { name: 'Lock' }).click();
    await unlock(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  };
  await addFamily(page, { familyName: 'Ashworth family', carer: { name: 'Ruth Ashworth' }, child: { name: 'Tom Ashworth', dateOfBirth: '03/03/2017' } });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Families' }).click();
  await lockAndUnlock();
  await expect(list.getByRole('link')).toHaveText(['Ashworth family']);

  await addFamily(page, { familyName: 'Brackley family', carer: { name: 'Sam Brackley' }, child: { name: 'Ivy Brackley', dateOfBirth: '04/04/2018' } });
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Families' }).click();
  await expect(list.getByRole('link')).toHaveText(['Ashworth family', 'Brackley family']);
  await lockAndUnlock();
  await expect(list.getByRole('link')).toHaveText(['Ashworth family', 'Brackley family']);
  await expect(page.getByRole('status').filter({ hasText: 'families.' })).toHaveText('2 families.');
});

test('a forgotten passphrase: the recovery key opens the records and sets a new passphrase', async ({ page, recoveryKey }) => {
  await addFamily(page, { familyName: 'Nowak family', carer: { name: 'Ewa Nowak' }, child: { name: 'Jan Nowak', dateOfBirth: '11/11/2016' } });
  await page.reload();
  await page.getByRole('button', { name: 'I have forgotten my passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Open Team Around with your recovery key' })).toBeVisible();
  await expectAccessible(page, 'recovery');

  await page.getByLabel('Recovery key').fill('AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH JJJJ');
  await page.getByLabel('New passphrase').fill('lantern pebble harbour violin');
  await page.getByLabel('Type the passphrase again').fill('lantern pebble harbour violin');
  await page.getByRole('button', { name: 'Unlock and save the new passphrase' }).click();
  await expect(page.getByLabel('Recovery key')).toHaveAttribute('aria-invalid', 'true');

  // Typed carelessly: lower case, dashes instead of spaces.
  await page.getByLabel('Recovery key').fill(recoveryKey.toLowerCase().replace(/ /g, '-'));
  await page.getByRole('button', { name: 'Unlock and save the new passphrase' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeVisible({ timeout: 20_000 });

  await page.reload();
  await unlock(page, 'lantern pebble harbour violin');
  await expect(page.getByRole('heading', { level: 1, name: 'Nowak family' })).toBeVisible();
});

test('the app locks itself after the chosen time without use', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByLabel('Lock after this long without use').selectOption('5');
  await expect(page.getByRole('status').filter({ hasText: 'Saved: Team Around locks after 5 minutes without use.' })).toBeVisible();
  await expectAccessible(page, 'settings with locking');

  await page.clock.fastForward('04:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.clock.fastForward('01:30');
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByText('Team Around locked itself after 5 minutes without use.')).toBeVisible();

  await unlock(page);
  await page.goto('/#/settings');
  await expect(page.getByLabel('Lock after this long without use')).toHaveValue('5');
});

test('in the browser build, quick unlock says it needs the desktop app', async ({ page }) => {
  await page.goto('/#/settings');
  await expect(page.getByText('Quick unlock: not available. Quick unlock needs the desktop app. Use your passphrase.')).toBeVisible();
});

test('on the desktop, the app locks when the computer sleeps, and quick unlock opens it with the computer’s sign-in', async ({ page }) => {
  await installFakeDesktopBridge(page);
  await reloadAndUnlock(page);
  await addFamily(page, { familyName: 'Evans family', carer: { name: 'Rhian Evans' }, child: { name: 'Llŷr Evans', dateOfBirth: '05/05/2014' } });

  await page.evaluate(() => (window as unknown as { __raiseLock(reason: string): void }).__raiseLock('suspend'));
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByText('Team Around locked itself when the computer went to sleep.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Unlock with this computer’s sign-in' })).toHaveCount(0);
  await unlock(page);

  await page.goto('/#/settings');
  await page.getByLabel('Unlock with this computer’s sign-in (the key is kept by the computer’s own secure store)').check();
  await expect(page.getByRole('status').filter({ hasText: 'Quick unlock is on. Your passphrase still works too.' })).toBeVisible();
  await expectAccessible(page, 'settings with quick unlock');

  await page.evaluate(() => (window as unknown as { __raiseLock(reason: string): void }).__raiseLock('lock-screen'));
  await expect(page.getByText('Team Around locked itself when the computer’s screen was locked.')).toBeVisible();
  await page.getByRole('button', { name: 'Unlock with this computer’s sign-in' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.goto('/#/families');
  await expect(page.getByRole('link', { name: 'Evans family' })).toBeVisible();
});
