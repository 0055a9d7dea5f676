import { makePng } from '../unit/documents/png';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { reloadAndUnlock } from './support/app';
import { addFamilyWithChildren, planMeetingFor, type FamilyWithChildren } from './support/meeting-journey';
import { addPractitioner, goToRunStep, openMeetingRun, planMeeting, runAgenda } from './support/meetings';
import { expect, test, type Page } from './support/test';
import { daysFromToday, londonInstant, longDate, slashDate, weekdayDate, type Day } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY: FamilyWithChildren = {
  familyName: 'Ruiz family',
  carer: { name: 'Ana Ruiz', relationship: 'Mum' },
  children: [
    { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' },
    { name: 'Mia Ruiz', dateOfBirth: '12/06/2019' },
  ],
};
const TEACHER = { name: 'Priya Shah', role: 'Class teacher', agency: 'Oak Primary School' };

const actionsRegion = (page: Page) => page.getByRole('region', { name: 'Actions: who will do what, by when' });
const addRegion = (page: Page) => page.getByRole('region', { name: 'Add an action' });
/** Each action of this meeting's plan is a row of the list; the one open to edit is a group named "Action N: what will be done". */
const actionRows = (page: Page) => actionsRegion(page).getByRole('list', { name: 'Actions agreed at this meeting' }).locator(':scope > li');
const actionGroup = (page: Page, n: number) => actionsRegion(page).getByRole('group', { name: new RegExp(`^Action ${n}:`) });
/** Opens action N to edit (closing any other) and returns its group. */
async function openAction(page: Page, n: number) {
  await actionsRegion(page).getByRole('button', { name: `Edit action ${n}`, exact: true }).click();
  const group = actionGroup(page, n);
  await expect(group.getByRole('textbox', { name: 'What will be done' })).toBeFocused();
  return group;
}

// Every date is counted from the first meeting: a school Thursday at least ten days after the fixed clock's today.
const FIRST_DAY = schoolThursday();
const REVIEW_DAY = schoolThursday(35, FIRST_DAY);
const on = (day: Day) => slashDate(day);

test('a first meeting and a review for a family with two children: each child’s voice, a picture, actions, and unfinished actions carried forward', async ({ page }) => {
  test.setTimeout(180_000);
  await addPractitioner(page, TEACHER);
  const familyId = await addFamilyWithChildren(page, FAMILY);
  const first = await planMeetingFor(page, { familyId, familyName: FAMILY.familyName, carerName: 'Ana Ruiz', kind: 'First meeting', startsAt: londonInstant(FIRST_DAY, '16:00'), practitioners: ['Priya Shah'] });
  await openMeetingRun(page, first, 'First meeting');

  // ---- Item by item with "Next item" to the child's voice: each child's voice in a section of its own.
  for (const title of ['1. Welcome and introductions', '2. Why we are meeting, and what is shared', "3. The child's voice"]) {
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  }
  await expect(page.getByRole('heading', { level: 2, name: 'The children’s voices' })).toBeVisible();
  await expect(page.getByRole('region', { name: /’s voice$/ })).toHaveCount(2);
  const leo = page.getByRole('region', { name: 'Leo Ruiz’s voice' });
  await leo.getByRole('textbox', { name: 'In Leo Ruiz’s own words' }).fill('I like football with my friends. Mornings are hard because I am tired.');
  await leo.getByRole('textbox', { name: 'What do I need people to do?' }).fill('Help me get up on time');
  await leo.getByRole('group', { name: 'How were Leo Ruiz’s views gathered?' }).getByRole('checkbox', { name: 'Talking with them' }).check();
  await leo.getByRole('textbox', { name: 'Who gathered them' }).fill('Priya Shah, class teacher');
  await leo.getByRole('textbox', { name: 'When they were gathered' }).fill(on(FIRST_DAY.subtract({ days: 2 })));
  await leo.getByRole('group', { name: 'Was Leo Ruiz at the meeting?' }).getByRole('radio', { name: 'Yes' }).check();

  // A file that is not a picture is refused, with both things to fix.
  await leo.getByLabel('Choose the picture').setInputFiles({ name: 'drawing.png', mimeType: 'image/png', buffer: Buffer.from('just some words, not a picture') });
  await leo.getByRole('button', { name: 'Add the picture' }).click();
  await expect(leo.getByText('The picture must be a PNG or JPEG file. Save it as a PNG or JPEG and choose that instead.')).toBeVisible();
  await expect(leo.getByText('Say what the picture shows, for anyone who cannot see it')).toBeVisible();
  await expect(leo.getByRole('textbox', { name: 'What does the picture show?' })).toBeFocused();
  await leo.getByRole('textbox', { name: 'What does the picture show?' }).fill('Leo drew himself scoring a goal');
  await leo.getByLabel('Choose the picture').setInputFiles({ name: 'goal.png', mimeType: 'image/png', buffer: Buffer.from(makePng(60, 40)) });
  await leo.getByRole('button', { name: 'Add the picture' }).click();
  await expect(leo.getByRole('img', { name: 'Leo drew himself scoring a goal' })).toBeVisible();
  await expect(leo.getByRole('status').filter({ hasText: 'Picture added: Leo drew himself scoring a goal' })).toBeVisible();

  const mia = page.getByRole('region', { name: 'Mia Ruiz’s voice' });
  await mia.getByRole('textbox', { name: 'In Mia Ruiz’s own words' }).fill('I want Mummy to come to my class assembly.');
  await mia.getByRole('group', { name: 'How were Mia Ruiz’s views gathered?' }).getByRole('checkbox', { name: 'Drawing' }).check();
  await mia.getByRole('group', { name: 'Was Mia Ruiz at the meeting?' }).getByRole('radio', { name: 'No' }).check();
  await mia.getByRole('group', { name: 'Has Mia Ruiz agreed to their words being shared?' }).getByRole('radio', { name: 'Yes' }).check();
  await mia.getByRole('textbox', { name: 'Who may see them?' }).fill('My teacher and my mum');
  // Mia's section is her own: Leo's picture is not in it.
  await expect(mia.getByRole('img')).toHaveCount(0);
  await expectAccessible(page, 'live meeting: the children’s voices');

  // ---- Actions by keyboard, on "The plan" item: Enter adds, focus comes back for the next one.
  await tabTo(page, '7. The plan: what needs to happen');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: '7. The plan: what needs to happen' })).toBeFocused();
  await tabTo(page, 'What will be done');
  const what = addRegion(page).getByRole('textbox', { name: 'What will be done' });
  await expect(what).toBeFocused();
  await page.keyboard.type('Take Leo to the dentist for a check-up');
  await page.keyboard.press('Tab');
  await expect(addRegion(page).getByRole('combobox', { name: 'Who is it for?' })).toBeFocused();
  await page.keyboard.press('ArrowDown'); // Leo Ruiz
  await page.keyboard.press('Tab');
  await page.keyboard.type('Ana Ruiz');
  await page.keyboard.press('Tab');
  await page.keyboard.type(on(FIRST_DAY.add({ days: 7 })));
  await page.keyboard.press('Enter');
  await expect(addRegion(page).getByRole('status')).toHaveText('Action 1 added: Take Leo to the dentist for a check-up');
  await expect(what).toBeFocused();
  await expect(what).toHaveValue('');

  // The second: no owner (allowed, and warned about).
  await page.keyboard.type('Find a breakfast club near school');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.type(on(FIRST_DAY.add({ days: 36 })));
  await page.keyboard.press('Enter');
  await expect(addRegion(page).getByRole('status')).toHaveText('Action 2 added: Find a breakfast club near school');

  // The third, for Mia, by a practitioner from the directory.
  await what.fill('Book a hearing test for Mia');
  await addRegion(page).getByRole('combobox', { name: 'Who is it for?' }).selectOption({ label: 'Mia Ruiz' });
  await addRegion(page).getByRole('combobox', { name: 'Who will do it' }).fill('Priya Shah');
  await addRegion(page).getByRole('textbox', { name: 'Done by' }).fill(on(FIRST_DAY.add({ days: 12 })));
  await addRegion(page).getByRole('button', { name: 'Add the action' }).click();
  await expect(actionRows(page)).toHaveCount(3);

  // Each action is one line: what, who, by when, status; one opens to edit at a time.
  await expect(actionRows(page).nth(0)).toContainText(`1. Take Leo to the dentist for a check-upAna RuizBy ${longDate(FIRST_DAY.add({ days: 7 }))}Not started`);
  await expect(actionRows(page).nth(1)).toContainText('No one yet');
  await expect(actionRows(page).nth(1)).toContainText('Something to check');
  await expect(actionsRegion(page).getByRole('group')).toHaveCount(0);
  await expectAccessible(page, 'live meeting: actions as rows');
  const three = await openAction(page, 3);
  await expect(three.getByRole('combobox', { name: 'Who is it for?' }).locator('option:checked')).toHaveText('Mia Ruiz');
  const two = await openAction(page, 2);
  await expect(actionsRegion(page).getByRole('group', { name: /^Action \d+:/ })).toHaveCount(1);
  await expect(two.getByRole('list', { name: 'Things to check about action 2' })).toHaveText('Action 2 has no owner. Agree one person who will do it (it can be a parent).');
  const one = await openAction(page, 1);
  await expect(one.getByRole('textbox', { name: 'What will be done' })).toHaveValue('Take Leo to the dentist for a check-up');
  await expect(one.getByRole('combobox', { name: 'Who is it for?' }).locator('option:checked')).toHaveText('Leo Ruiz');
  await expect(one.getByRole('textbox', { name: 'Done by' })).toHaveValue(on(FIRST_DAY.add({ days: 7 })));
  await expect(one.getByRole('list', { name: /Things to check/ })).toHaveCount(0);

  // Jargon is pointed out beside the action, never blocking; plain words clear it.
  const know = one.getByRole('textbox', { name: 'How we will know it is done' });
  await know.fill('Improve engagement with the dentist');
  await expect(one.getByRole('list', { name: 'Things to check about action 1' })).toContainText('Action 1 uses');
  await know.fill('Ana shows us the dentist’s card');
  await expect(one.getByRole('list', { name: /Things to check/ })).toHaveCount(0);
  await one.getByRole('textbox', { name: 'The need it meets' }).fill('Healthy teeth');
  await expectAccessible(page, 'live meeting: actions with a warning');
  await one.getByRole('button', { name: 'Close action 1' }).click();
  await expect(actionsRegion(page).getByRole('button', { name: 'Edit action 1', exact: true })).toBeFocused();

  // ---- Finish with a next review date.
  await goToRunStep(page, 'Finish the meeting');
  await page.getByRole('group', { name: 'What did the team agree?' }).getByRole('radio', { name: 'Carry on with the plan' }).check();
  await page.getByRole('textbox', { name: 'Date of the next review' }).fill(on(REVIEW_DAY));
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();

  // ---- The review meeting.
  const review = await planMeetingFor(page, { familyId, familyName: FAMILY.familyName, carerName: 'Ana Ruiz', kind: 'Review meeting', startsAt: londonInstant(REVIEW_DAY, '16:00'), practitioners: ['Priya Shah'] });
  await openMeetingRun(page, review, 'Review meeting');
  // The review of earlier actions is third, as the agenda puts it; "Next item" walks there.
  await expect(runAgenda(page).getByRole('link').nth(3)).toHaveText("3. Review of the last plan's actions");
  for (const title of ['1. Welcome and introductions', '2. Why we are meeting, and what is shared', "3. Review of the last plan's actions"]) {
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  }
  const earlier = page.getByRole('region', { name: 'Actions from earlier meetings' });
  const items = earlier.getByRole('list', { name: 'Actions from earlier meetings' }).getByRole('listitem');
  // Every open action from the first meeting, soonest due first.
  await expect(items).toHaveCount(3);
  for (const [i, name] of ['Take Leo to the dentist for a check-up', 'Book a hearing test for Mia', 'Find a breakfast club near school'].entries()) {
    await expect(items.nth(i).getByRole('group', { name })).toBeVisible();
  }
  const dentist = earlier.getByRole('group', { name: 'Take Leo to the dentist for a check-up' });
  await expect(dentist.getByRole('term')).toHaveText(['For', 'Who will do it', 'Done by', 'Agreed at']);
  await expect(dentist.getByRole('definition')).toHaveText(['Leo Ruiz', 'Ana Ruiz', longDate(FIRST_DAY.add({ days: 7 })), `the first meeting on ${weekdayDate(FIRST_DAY)} at 4pm`]);
  await expect(earlier.getByRole('group', { name: 'Find a breakfast club near school' }).getByRole('definition').nth(1)).toHaveText('No one agreed');

  await dentist.getByRole('radio', { name: 'Done', exact: true }).check();
  await dentist.getByRole('textbox', { name: 'Note about how it went (optional)' }).fill('Went on 9 December: all fine');
  // Done actions are not carried forward.
  await expect(dentist.getByRole('button', { name: 'Carry forward into this plan' })).toHaveCount(0);

  const hearing = earlier.getByRole('group', { name: 'Book a hearing test for Mia' });
  await hearing.getByRole('radio', { name: 'Not done' }).check();
  await hearing.getByRole('textbox', { name: 'Note about how it went (optional)' }).fill('The letter went to an old address');

  const club = earlier.getByRole('group', { name: 'Find a breakfast club near school' });
  await club.getByRole('radio', { name: 'Partly done' }).check();
  await club.getByRole('button', { name: 'Carry forward into this plan' }).click();
  await expect(club.getByText('Carried forward into this plan as action 1.')).toBeVisible();
  await expect(club.getByRole('button', { name: 'Take it back out of this plan' })).toBeFocused();
  await expect(earlier.getByRole('status')).toHaveText('“Find a breakfast club near school” carried forward into this plan as action 1.');
  // Changing one's mind: take it back out, then carry it forward again; still only one copy.
  await page.keyboard.press('Enter');
  await expect(earlier.getByRole('status')).toHaveText('“Find a breakfast club near school” taken back out of this plan.');
  await expect(club.getByRole('button', { name: 'Carry forward into this plan' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(club.getByText('Carried forward into this plan as action 1.')).toBeVisible();
  await expectAccessible(page, 'review meeting: earlier actions updated, one carried forward');

  // It is in this meeting's plan (on "The plan" item), marked as carried forward, and warned about until it has an owner and a date.
  await goToRunStep(page, '8. The plan: what needs to happen next');
  await expect(actionRows(page)).toHaveCount(1);
  const carried = await openAction(page, 1);
  await expect(carried.getByRole('textbox', { name: 'What will be done' })).toHaveValue('Find a breakfast club near school');
  await expect(carried.getByText('Carried forward from an earlier meeting.')).toBeVisible();
  await expect(carried.getByRole('list', { name: 'Things to check about action 1' }).getByRole('listitem')).toHaveText([
    'Action 1 has no owner. Agree one person who will do it (it can be a parent).',
    'Action 1 has no date. Agree when it will be done by.',
  ]);
  await carried.getByRole('combobox', { name: 'Who will do it' }).fill('Ana Ruiz');
  await carried.getByRole('textbox', { name: 'Done by' }).fill(on(REVIEW_DAY.add({ days: 28 })));
  await expect(carried.getByRole('list', { name: /Things to check/ })).toHaveCount(0);
  await expectAccessible(page, 'review meeting: the carried action open to edit');

  // Everything was saved as it was made: after closing and opening again, the same, with one copy only.
  await page.waitForTimeout(300);
  await reloadAndUnlock(page);
  // The reload keeps the place: still on "The plan".
  await expect(page.getByRole('heading', { level: 2, name: '8. The plan: what needs to happen next' })).toBeVisible();
  await expect(actionRows(page)).toHaveCount(1);
  await expect(actionRows(page).nth(0)).toContainText(`1. Find a breakfast club near schoolAna RuizBy ${longDate(REVIEW_DAY.add({ days: 28 }))}`);
  await goToRunStep(page, "3. Review of the last plan's actions");
  const again = page.getByRole('region', { name: 'Actions from earlier meetings' });
  await expect(again.getByRole('group', { name: 'Take Leo to the dentist for a check-up' }).getByRole('radio', { name: 'Done', exact: true })).toBeChecked();
  await expect(again.getByRole('group', { name: 'Book a hearing test for Mia' }).getByRole('textbox', { name: 'Note about how it went (optional)' })).toHaveValue('The letter went to an old address');
  await expect(again.getByRole('group', { name: 'Find a breakfast club near school' }).getByText('Carried forward into this plan as action 1.')).toBeVisible();

  // The rest of the review, item by item with "Next item", to finishing.
  const rest = ["4. The child's voice", '5. What is going well', '6. What we are worried about', '7. Updates from each service', '8. The plan: what needs to happen next', '9. If things do not get better', '10. How worried are we?', '11. The next meeting', '12. Anything else, and how was the meeting for you?'];
  for (const title of rest) {
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
    await expect(runAgenda(page).getByRole('link', { name: title, exact: true })).toHaveAttribute('aria-current', 'step');
  }
  await page.getByRole('button', { name: 'Next item' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Outcome and next review' })).toBeFocused();
  await page.getByRole('group', { name: 'What did the team agree?' }).getByRole('radio', { name: /^Close the plan/ }).check();
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeFocused();
  await expectAccessible(page, 'review meeting finished');

  // The first meeting's record kept the children's voices and Leo's picture.
  await page.goto(first.runUrl);
  await goToRunStep(page, "3. The child's voice");
  await expect(page.getByRole('region', { name: 'Leo Ruiz’s voice' }).getByRole('textbox', { name: 'In Leo Ruiz’s own words' })).toHaveValue(
    'I like football with my friends. Mornings are hard because I am tired.',
  );
  await expect(page.getByRole('region', { name: 'Leo Ruiz’s voice' }).getByRole('img', { name: 'Leo drew himself scoring a goal' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Mia Ruiz’s voice' }).getByRole('textbox', { name: 'Who may see them?' })).toHaveValue('My teacher and my mum');
});

test('quick entry from the keyboard: more than eight actions is warned about, a past date too, and an action can be removed', async ({ page }) => {
  test.setTimeout(120_000);
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting, 'First meeting');
  await goToRunStep(page, '7. The plan: what needs to happen');
  const what = addRegion(page).getByRole('textbox', { name: 'What will be done' });
  await what.focus();
  for (let i = 1; i <= 9; i++) {
    await page.keyboard.type(`Step ${i}: ring the school office`);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Ana Ruiz');
    await page.keyboard.press('Tab');
    await page.keyboard.type(on(i === 9 ? daysFromToday(-3) : FIRST_DAY.add({ days: 17 })));
    await page.keyboard.press('Enter');
    await expect(addRegion(page).getByRole('status')).toHaveText(`Action ${i} added: Step ${i}: ring the school office`);
    await expect(what).toBeFocused();
  }
  const planWide = actionsRegion(page).getByRole('list', { name: 'Things to check about the plan' });
  await expect(planWide).toHaveText(/This plan has 9 actions still to do\. More than 8 is a lot for a family to keep track of/);
  await expect(actionRows(page).nth(8)).toContainText('Something to check');
  await expect((await openAction(page, 9)).getByRole('list', { name: 'Things to check about action 9' })).toContainText(
    `Action 9 was due by ${longDate(daysFromToday(-3))} and is not done yet.`,
  );
  // A date that cannot be read is refused at the box, and nothing is added.
  await what.fill('Step 10');
  await addRegion(page).getByRole('textbox', { name: 'Done by' }).fill('31/02/2027');
  await page.keyboard.press('Enter');
  await expect(addRegion(page).getByText('That date does not exist: this month has 28 days')).toBeVisible();
  await expect(addRegion(page).getByRole('textbox', { name: 'Done by' })).toBeFocused();
  await expect(actionRows(page)).toHaveCount(9);
  await expectAccessible(page, 'live meeting: nine actions and warnings');

  // Marking one done brings the open count to eight; removing one renumbers the rest.
  await (await openAction(page, 1)).getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' });
  await expect(planWide).toHaveCount(0);
  await (await openAction(page, 2)).getByRole('button', { name: 'Remove action 2' }).click();
  // The undo notice takes focus (meeting-run-undo.spec.ts tests the undo itself).
  await expect(actionsRegion(page).getByRole('status').filter({ hasText: 'removed.' })).toHaveText(/^Action 2 \(“Step 2: ring the school office”\) removed\./);
  await expect(actionsRegion(page).getByRole('status').filter({ hasText: 'removed.' })).toBeFocused();
  await expect(actionRows(page).nth(1)).toContainText('2. Step 3: ring the school office');
  await page.waitForTimeout(300);
  await reloadAndUnlock(page);
  await expect(actionRows(page)).toHaveCount(8);
  await expect(actionRows(page).nth(0)).toContainText('Done');
});
