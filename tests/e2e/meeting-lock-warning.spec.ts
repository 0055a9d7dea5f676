import { expect, test } from './support/test';
import { unlock } from './support/app';
import { expectAccessible } from './support/axe';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';

test('during a meeting the app warns a minute before locking; Escape or Enter keeps it unlocked; the area sets the longer time', async ({ page }) => {
  // The area lets the live meeting screen sit for 15 minutes (the usual time is 10).
  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Change area settings' }).click();
  await page.getByLabel('During a meeting, lock after this long without use').selectOption('15');
  await page.getByRole('button', { name: 'Save area settings' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The area settings have been saved.' })).toBeVisible();
  await expect(page.getByText('15 minutes without use')).toBeVisible();

  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);
  // The family's views sit with the child's voice.
  await goToRunStep(page, "3. The child's voice");
  const notes = page.getByRole('textbox', { name: 'What the family says, in their words' });
  await notes.click();

  // Nothing at the usual 10 minutes; at 14 minutes, a calm warning with the time left.
  await page.clock.fastForward('10:30');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('03:30');
  const warning = page.getByRole('alertdialog', { name: 'Team Around will lock soon' });
  await expect(warning).toBeVisible();
  await expect(warning).toHaveAccessibleDescription(/^The app will lock in (60|59) seconds to keep the family’s information safe\. Press Escape or choose Stay unlocked to keep working\.$/);
  await expect(warning.getByRole('button', { name: 'Stay unlocked' })).toBeFocused();
  await page.clock.fastForward('00:20');
  await expect(warning).toContainText(/The app will lock in (40|39) seconds/);
  await expectAccessible(page, 'lock warning on the live meeting screen');

  // Escape keeps it unlocked, focus goes back to where the chair was, and the time starts again.
  await page.keyboard.press('Escape');
  await expect(warning).toBeHidden();
  await expect(notes).toBeFocused();
  await page.clock.fastForward('13:30');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('00:40');
  await expect(warning).toBeVisible();

  // Enter on the button does the same.
  await page.keyboard.press('Enter');
  await expect(warning).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: `First meeting: ${meeting.familyName}` })).toBeVisible();

  // Left alone, it still locks: warned at 14 minutes, locked at 15.
  await page.clock.fastForward('14:10');
  await expect(warning).toBeVisible();
  await page.clock.fastForward('01:00');
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByText('Team Around locked itself after 15 minutes without use.')).toBeVisible();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await unlock(page);
});

test('away from a meeting, the app locks at the usual time without a warning', async ({ page }) => {
  await page.goto('/#/families');
  await page.clock.fastForward('09:30');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await page.clock.fastForward('00:40');
  await expect(page.getByRole('heading', { level: 1, name: 'Team Around is locked' })).toBeVisible();
  await expect(page.getByText('Team Around locked itself after 10 minutes without use.')).toBeVisible();
});
