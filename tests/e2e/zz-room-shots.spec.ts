import { test } from './support/test';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';

test('shots', async ({ page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);
  await page.screenshot({ path: '/tmp/room-start.png' });
  await goToRunStep(page, '7. The plan: what needs to happen');
  const add = page.getByRole('region', { name: 'Add an action' });
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Take Leo to the dentist');
  await add.getByRole('combobox', { name: 'Who will do it' }).fill('Ana Ruiz');
  await add.getByRole('textbox', { name: 'Done by' }).fill('12/01/2027');
  await add.getByRole('button', { name: 'Add the action' }).click();
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Find a breakfast club');
  await add.getByRole('button', { name: 'Add the action' }).click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/room-plan.png', fullPage: true });
  await goToRunStep(page, 'Finish the meeting');
  await page.screenshot({ path: '/tmp/room-finish.png', fullPage: true });
  await page.setViewportSize({ width: 900, height: 768 });
  await goToRunStep(page, '4. What is going well');
  await page.screenshot({ path: '/tmp/room-narrow.png', fullPage: true });
});
