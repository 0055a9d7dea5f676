import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { londonInstant, longDate, slashDate } from './support/clock';
import { planMeetingFor } from './support/meeting-journey';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';
import { schoolThursday } from './support/school-calendar';
import { expect, test, type Page } from './support/test';

const NURSE = { name: 'Sam Lee', role: 'School nurse', agency: 'Oakfield Academy' };
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const actionsRegion = (page: Page) => section(page, 'Actions: who will do what, by when');
const actionRows = (page: Page) => actionsRegion(page).getByRole('list', { name: 'Actions agreed at this meeting' }).locator(':scope > li');

interface ListCase {
  step: string;
  region: string;
  add: string;
  entry: string;
  texts: [string, string, string];
}

const LISTS: ListCase[] = [
  { step: '4. What is going well', region: 'What is going well', add: 'Add something that is going well', entry: 'Going well', texts: ['Leo loves football club', 'Ana walks him to school', 'Grandad helps on Fridays'] },
  { step: '5. What we are worried about', region: 'What we are worried about', add: 'Add a worry', entry: 'Worry', texts: ['Leo is late most Mondays', 'Leo is tired in class', 'Ana has no help at home'] },
  {
    step: '7. The plan: what needs to happen',
    region: 'What needs to happen',
    add: 'Add something that needs to happen',
    entry: 'Needs to happen',
    texts: ['Leo gets to school on time', 'Leo sleeps better', 'Ana gets some help at home'],
  },
];

const entries = (page: Page, list: ListCase) => section(page, list.region).getByRole('textbox', { name: new RegExp(`^${list.entry} \\d+$`) });

test.describe('undo on the live meeting screen', () => {
  test('an entry removed from each of the three lists comes back with undo, with the same words at the same place', async ({ page }) => {
    test.setTimeout(120_000);
    const meeting = await planMeeting(page);
    await openMeetingRun(page, meeting);
    for (const list of LISTS) {
      await goToRunStep(page, list.step);
      const region = section(page, list.region);
      await region.getByRole('button', { name: list.add }).click();
      for (const [i, text] of list.texts.entries()) {
        await page.keyboard.type(text);
        if (i < list.texts.length - 1) await page.keyboard.press('Enter');
      }
      await expect(entries(page, list)).toHaveCount(3);

      // Removing the middle one: the notice takes focus and says what went.
      await region.getByRole('button', { name: `Remove ${list.entry.toLocaleLowerCase('en-GB')} 2` }).click();
      await expect(entries(page, list)).toHaveCount(2);
      const notice = region.getByRole('status').filter({ hasText: 'removed.' });
      await expect(notice).toHaveText(new RegExp(`^“${list.texts[1]}” removed\\.`));
      await expect(notice).toBeFocused();
      if (list === LISTS[0]) await expectAccessible(page, 'a list with an undo notice');

      // Undo is the next Tab; it puts the entry back where it was and focus goes to it.
      await page.keyboard.press('Tab');
      await expect(region.getByRole('button', { name: `Undo removing “${list.texts[1]}”` })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(entries(page, list)).toHaveCount(3);
      for (const [i, text] of list.texts.entries()) await expect(region.getByRole('textbox', { name: `${list.entry} ${i + 1}`, exact: true })).toHaveValue(text);
      await expect(region.getByRole('textbox', { name: `${list.entry} 2`, exact: true })).toBeFocused();
      await expect(notice).toHaveCount(0);
    }

    // Closing the notice keeps the removal; an empty entry goes without a notice, as before.
    const well = LISTS[0];
    if (!well) throw new Error('no list');
    await goToRunStep(page, well.step);
    const region = section(page, well.region);
    await region.getByRole('button', { name: 'Remove going well 3' }).click();
    await region.getByRole('button', { name: 'Close this message' }).click();
    await expect(region.getByRole('status').filter({ hasText: 'removed.' })).toHaveCount(0);
    await expect(entries(page, well)).toHaveCount(2);

    // What undo put back was saved.
    await page.waitForTimeout(300);
    await reloadAndUnlock(page);
    for (const list of LISTS) {
      await goToRunStep(page, list.step);
      const texts = list === well ? list.texts.slice(0, 2) : list.texts;
      await expect(entries(page, list)).toHaveCount(texts.length);
      for (const [i, text] of texts.entries()) await expect(section(page, list.region).getByRole('textbox', { name: `${list.entry} ${i + 1}`, exact: true })).toHaveValue(text);
    }
  });

  test('a removed action comes back with undo: the same words, owner, due date and place in the plan', async ({ page }) => {
    test.setTimeout(120_000);
    const meeting = await planMeeting(page, { practitioners: [NURSE] });
    await openMeetingRun(page, meeting);
    await goToRunStep(page, '7. The plan: what needs to happen');
    const add = section(page, 'Add an action');
    const due = schoolThursday().add({ days: 21 });
    const planned = [
      { what: 'Ring the school office each Monday', owner: 'Ana Ruiz' },
      { what: 'Check Leo’s hearing', owner: 'Sam Lee' },
      { what: 'Find a breakfast club', owner: 'Ana Ruiz' },
    ];
    for (const [i, a] of planned.entries()) {
      await add.getByRole('textbox', { name: 'What will be done' }).fill(a.what);
      await add.getByRole('combobox', { name: 'Who will do it' }).fill(a.owner);
      await add.getByRole('textbox', { name: 'Done by' }).fill(slashDate(due.add({ days: i })));
      await add.getByRole('button', { name: 'Add the action' }).click();
      await expect(add.getByRole('status')).toHaveText(`Action ${i + 1} added: ${a.what}`);
    }
    await expect(actionRows(page)).toHaveCount(3);
    const before = await actionRows(page).allTextContents();
    expect(before[1]).toContain(`Sam Lee`);
    expect(before[1]).toContain(`By ${longDate(due.add({ days: 1 }))}`);

    // Open action 2 and write a note, then remove it.
    await actionsRegion(page).getByRole('button', { name: 'Edit action 2', exact: true }).click();
    const two = actionsRegion(page).getByRole('group', { name: /^Action 2:/ });
    await two.getByRole('textbox', { name: 'Note (optional)' }).fill('Sam has asked the audiology clinic');
    await two.getByRole('button', { name: 'Remove action 2' }).click();
    await expect(actionRows(page)).toHaveCount(2);
    const notice = actionsRegion(page).getByRole('status').filter({ hasText: 'removed.' });
    await expect(notice).toHaveText(/^Action 2 \(“Check Leo’s hearing”\) removed\./);
    await expect(notice).toBeFocused();
    await expect(actionRows(page).nth(1)).toContainText('2. Find a breakfast club');
    await expectAccessible(page, 'actions with an undo notice');

    await page.keyboard.press('Tab');
    await expect(actionsRegion(page).getByRole('button', { name: 'Undo removing Action 2 (“Check Leo’s hearing”)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(actionRows(page)).toHaveText(before);
    await expect(actionsRegion(page).getByRole('button', { name: 'Edit action 2', exact: true })).toBeFocused();
    await expect(notice).toHaveCount(0);
    await expect(actionsRegion(page).getByRole('status').filter({ hasText: 'Action 2 is back.' })).toBeVisible();

    // Kept after a reload, note and all.
    await page.waitForTimeout(300);
    await reloadAndUnlock(page);
    await expect(actionRows(page)).toHaveText(before);
    await actionsRegion(page).getByRole('button', { name: 'Edit action 2', exact: true }).click();
    await expect(actionsRegion(page).getByRole('group', { name: /^Action 2:/ }).getByRole('textbox', { name: 'Note (optional)' })).toHaveValue('Sam has asked the audiology clinic');
  });

  test('a carried-forward action taken out of the plan comes back with undo, still carried forward from the earlier one', async ({ page }) => {
    test.setTimeout(150_000);
    const first = await planMeeting(page);
    await openMeetingRun(page, first);
    await goToRunStep(page, '7. The plan: what needs to happen');
    const add = section(page, 'Add an action');
    await add.getByRole('textbox', { name: 'What will be done' }).fill('Find a breakfast club near school');
    await add.getByRole('button', { name: 'Add the action' }).click();
    await expect(add.getByRole('status')).toHaveText('Action 1 added: Find a breakfast club near school');

    const reviewDay = schoolThursday(35, schoolThursday());
    const review = await planMeetingFor(page, { familyId: first.familyId, familyName: first.familyName, carerName: 'Ana Ruiz', kind: 'Review meeting', startsAt: londonInstant(reviewDay, '16:00') });
    await openMeetingRun(page, review, 'Review meeting');
    await goToRunStep(page, "3. Review of the last plan's actions");
    const club = section(page, 'Actions from earlier meetings').getByRole('group', { name: 'Find a breakfast club near school' });
    await club.getByRole('radio', { name: 'Partly done' }).check();
    await club.getByRole('button', { name: 'Carry forward into this plan' }).click();
    await expect(club.getByText('Carried forward into this plan as action 1.')).toBeVisible();

    await goToRunStep(page, '8. The plan: what needs to happen next');
    await actionsRegion(page).getByRole('button', { name: 'Edit action 1', exact: true }).click();
    const carried = actionsRegion(page).getByRole('group', { name: /^Action 1:/ });
    await carried.getByRole('combobox', { name: 'Who will do it' }).fill('Ana Ruiz');
    await carried.getByRole('textbox', { name: 'Done by' }).fill(slashDate(reviewDay.add({ days: 28 })));
    const row = `1. Find a breakfast club near schoolAna RuizBy ${longDate(reviewDay.add({ days: 28 }))}`;
    await carried.getByRole('button', { name: 'Remove action 1' }).click();
    await expect(actionRows(page)).toHaveCount(0);
    await actionsRegion(page).getByRole('button', { name: 'Undo removing Action 1 (“Find a breakfast club near school”)' }).click();
    await expect(actionRows(page)).toHaveCount(1);
    await expect(actionRows(page).nth(0)).toContainText(row);
    await actionsRegion(page).getByRole('button', { name: 'Edit action 1', exact: true }).click();
    await expect(actionsRegion(page).getByText('Carried forward from an earlier meeting.')).toBeVisible();

    // The review says it is carried forward again, and it stays so after a reload.
    await page.waitForTimeout(300);
    await reloadAndUnlock(page);
    await expect(actionRows(page).nth(0)).toContainText(row);
    await goToRunStep(page, "3. Review of the last plan's actions");
    await expect(section(page, 'Actions from earlier meetings').getByRole('group', { name: 'Find a breakfast club near school' }).getByText('Carried forward into this plan as action 1.')).toBeVisible();
  });
});
