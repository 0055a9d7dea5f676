import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { addFamilyWithChildren, planMeetingFor, type FamilyWithChildren } from './support/meeting-journey';
import { goToRunStep, openMeetingRun } from './support/meetings';
import { expect, test } from './support/test';
import { londonInstant, longDate, slashDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY: FamilyWithChildren = {
  familyName: 'Ruiz family',
  carer: { name: 'Ana Ruiz', relationship: 'Mum' },
  children: [{ name: 'Leo Ruiz', dateOfBirth: '03/02/2016' }],
};
const FIRST_DAY = schoolThursday();
const REVIEW_DAY = schoolThursday(35, FIRST_DAY);
const DENTIST = 'Take Leo to the dentist';
const CLUB = 'Find a breakfast club near school';

test('a review meeting can be run with the keyboard alone: earlier actions updated, one carried forward and given an owner, the plan closed', async ({ page }) => {
  test.setTimeout(180_000);
  // Set-up, by mouse: a first meeting with two actions, finished with a review date.
  const familyId = await addFamilyWithChildren(page, FAMILY);
  const first = await planMeetingFor(page, { familyId, familyName: FAMILY.familyName, carerName: 'Ana Ruiz', kind: 'First meeting', startsAt: londonInstant(FIRST_DAY, '16:00') });
  await openMeetingRun(page, first, 'First meeting');
  await goToRunStep(page, /^\d+\. The plan: what needs to happen/);
  const add = page.getByRole('region', { name: 'Add an action' });
  for (const [n, what, days] of [[1, DENTIST, 7], [2, CLUB, 14]] as const) {
    await add.getByRole('textbox', { name: 'What will be done' }).fill(what);
    await add.getByRole('combobox', { name: 'Who will do it' }).fill('Ana Ruiz');
    await add.getByRole('textbox', { name: 'Done by' }).fill(slashDate(FIRST_DAY.add({ days })));
    await add.getByRole('button', { name: 'Add the action' }).click();
    await expect(add.getByRole('status')).toHaveText(`Action ${n} added: ${what}`);
  }
  await goToRunStep(page, 'Finish the meeting');
  await page.getByRole('group', { name: 'What did the team agree?' }).getByRole('radio', { name: 'Carry on with the plan' }).check();
  await page.getByRole('textbox', { name: 'Date of the next review' }).fill(slashDate(REVIEW_DAY));
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();
  const review = await planMeetingFor(page, { familyId, familyName: FAMILY.familyName, carerName: 'Ana Ruiz', kind: 'Review meeting', startsAt: londonInstant(REVIEW_DAY, '16:00') });
  await page.goto(review.meetingUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Review meeting: Ruiz family' })).toBeVisible();

  // ---- From here, the keyboard alone.
  await tabTo(page, 'Run the meeting');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();
  for (const title of ['1. Welcome and introductions', '2. Why we are meeting, and what is shared', "3. Review of the last plan's actions"]) {
    await tabTo(page, 'Next item');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  }
  const earlier = page.getByRole('region', { name: 'Actions from earlier meetings' });
  const dentist = earlier.getByRole('group', { name: DENTIST });
  const club = earlier.getByRole('group', { name: CLUB });

  // The first earlier action: Tab into its choices (none chosen yet, so "Done" takes focus), Space picks it.
  await tabTo(page, 'Done');
  await expect(dentist.getByRole('radio', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(dentist.getByRole('radio', { name: 'Done', exact: true })).toBeChecked();
  await page.keyboard.press('Tab');
  await expect(dentist.getByRole('textbox', { name: 'Note about how it went (optional)' })).toBeFocused();
  await page.keyboard.type('All fine at the check-up');

  // The second: the arrow key moves to "Partly done" and picks it; then it is carried forward with Enter.
  await tabTo(page, 'Done');
  await expect(club.getByRole('radio', { name: 'Done', exact: true })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(club.getByRole('radio', { name: 'Partly done' })).toBeChecked();
  await tabTo(page, 'Carry forward into this plan');
  await page.keyboard.press('Enter');
  await expect(earlier.getByRole('status')).toHaveText(`“${CLUB}” carried forward into this plan as action 1.`);
  await expect(club.getByRole('button', { name: 'Take it back out of this plan' })).toBeFocused();
  await expectAccessible(page, 'review by keyboard: earlier actions updated');

  // To "The plan" from the agenda list, where the carried action needs an owner and a date.
  await page.keyboard.press('Shift+Tab');
  for (let i = 0; i < 40; i++) {
    const onLink = await page.evaluate(() => document.activeElement?.textContent?.startsWith('8. The plan') ?? false);
    if (onLink) break;
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '8. The plan: what needs to happen next' })).toBeFocused();
  await tabTo(page, 'Edit action 1');
  await page.keyboard.press('Enter');
  const carried = page.getByRole('region', { name: 'Actions: who will do what, by when' }).getByRole('group', { name: /^Action 1:/ });
  await expect(carried.getByRole('textbox', { name: 'What will be done' })).toBeFocused();
  await expect(carried.getByRole('textbox', { name: 'What will be done' })).toHaveValue(CLUB);
  await tabTo(page, 'Who will do it');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Ana Ruiz');
  await tabTo(page, 'Done by');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(slashDate(REVIEW_DAY.add({ days: 28 })));
  await expect(carried.getByRole('list', { name: /Things to check/ })).toHaveCount(0);

  // Finish, closing the plan, from the agenda's last step.
  for (const title of ['9. If things do not get better', '10. How worried are we?', '11. The next meeting', '12. Anything else, and how was the meeting for you?', 'Outcome and next review']) {
    await tabTo(page, 'Next item');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Outcome and next review' })).toBeFocused();
  // The choices are one stop for Tab; the arrow keys move through them and pick.
  const agreed = page.getByRole('group', { name: 'What did the team agree?' });
  await tabTo(page, /^Carry on with the plan/);
  const close = agreed.getByRole('radio', { name: /^Close the plan/ });
  for (let i = 0; i < 4 && !(await close.isChecked()); i++) await page.keyboard.press('ArrowDown');
  await expect(close).toBeChecked();
  await expect(close).toBeFocused();
  await tabTo(page, 'Finish the meeting');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeFocused();
  await expectAccessible(page, 'review by keyboard: finished');

  // What was done by keyboard was kept: the carried action has its owner and date.
  await goToRunStep(page, '8. The plan: what needs to happen next');
  await expect(page.getByRole('list', { name: 'Actions agreed at this meeting' }).getByRole('listitem').first()).toContainText(`Ana RuizBy ${longDate(REVIEW_DAY.add({ days: 28 }))}`);
});
