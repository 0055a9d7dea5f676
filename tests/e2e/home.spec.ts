import { test, expect, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { daysFromToday, londonInstant, longDate, slashDate, weekdayDate } from './support/clock';
import { planMeeting, RUIZ_FAMILY } from './support/meetings';

const OKAFOR = { familyName: 'Okafor family', carer: { name: 'Chioma Okafor', relationship: 'Mum' }, child: { name: 'Tobi Okafor', dateOfBirth: '03/02/2016' } };

function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

async function openHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'What needs doing' })).toBeVisible();
}

function section(page: Page, name: RegExp) {
  return page.getByRole('region', { name });
}

/** A review meeting held ten days ago for a family already added, inviting its carer. Returns its page's address. */
async function holdReviewTenDaysAgo(page: Page, familyId: string, familyName: string, carer: string): Promise<string> {
  return holdReview(page, familyId, familyName, carer, -10);
}

/** A review meeting held `daysAgo` days from today (negative) at 10am. Returns its page's address. */
async function holdReview(page: Page, familyId: string, familyName: string, carer: string, daysAgo: number): Promise<string> {
  const startsAt = londonInstant(daysFromToday(daysAgo), '10:00');
  await page.goto(`/#/families/${familyId}/meetings/new?startsAt=${encodeURIComponent(startsAt)}&lengthMinutes=60`);
  await expect(page.getByRole('heading', { level: 1, name: `Plan a meeting: ${familyName}` })).toBeVisible();
  await page.getByRole('radio', { name: 'Review meeting' }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: carer }).check();
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Review meeting: ${familyName}` })).toBeVisible();
  return `/${new URL(page.url()).hash}`;
}

/** An action agreed at a meeting, on its live meeting screen. */
async function agreeAction(page: Page, meetingPath: string, what: string, owner: string, due: string): Promise<void> {
  await page.goto(`${meetingPath}/run?item=actions`);
  const add = page.getByRole('region', { name: 'Add an action' });
  await add.getByRole('textbox', { name: 'What will be done' }).fill(what);
  await add.getByRole('combobox', { name: 'Who will do it' }).fill(owner);
  await add.getByRole('textbox', { name: 'Done by' }).fill(due);
  await add.getByRole('button', { name: 'Add the action' }).click();
  await expect(add.getByRole('status')).toHaveText(`Action 1 added: ${what}`);
}

/** A plan started seventy days ago, reviewed every six weeks, never reviewed: overdue, and drifting. */
async function startOldPlan(page: Page, familyId: string, familyName: string): Promise<void> {
  await page.goto(`/#/families/${familyId}/plan`);
  await expect(page.getByRole('heading', { level: 1, name: `Start a plan: ${familyName}` })).toBeVisible();
  await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
  await page.getByRole('textbox', { name: 'Start date' }).fill(slashDate(daysFromToday(-70)));
  await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Tobi is missing school.');
  await page.getByRole('radio', { name: 'Targeted early help' }).check();
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Plan: ${familyName}` })).toBeVisible();
  // The save is finished when its notice shows (the page itself can appear a moment earlier).
  await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
}

test.describe('Home', () => {
  test('opens on what needs doing, with empty lists that say what to do, and Families one link away', async ({ page }) => {
    await openHome(page);
    await expect(section(page, /^Meetings in the next two weeks/)).toContainText("No meetings in the next two weeks. Plan one from a family's page");
    await expect(section(page, /^Minutes waiting/)).toContainText('No minutes waiting.');
    await expect(section(page, /^Actions overdue or due this week/)).toContainText('No actions overdue or due this week.');
    await expect(section(page, /^Reviews due/)).toContainText('No reviews due in the next two weeks.');
    await expect(section(page, /^Consent due for review/)).toContainText('No consent due for review');
    await expect(section(page, /^Forms left half-way/)).toContainText('No forms left half-way.');
    await expect(section(page, /^Drift alerts/)).toContainText('No plans are drifting.');
    await expectAccessible(page, 'home with nothing to do');

    await page.getByRole('main').getByRole('link', { name: 'Families', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
  });

  test('lists what needs doing, soonest first, and each button lands on the right screen', async ({ page }) => {
    const soonDay = daysFromToday(3);
    const ruiz = await planMeeting(page, { kind: 'Review meeting', startsAt: londonInstant(soonDay, '16:00') });
    const held = await holdReviewTenDaysAgo(page, ruiz.familyId, RUIZ_FAMILY.familyName, RUIZ_FAMILY.carer.name);
    const dueDay = daysFromToday(2);
    await agreeAction(page, held, 'Take Leo to the dentist', 'Ana Ruiz', slashDate(dueDay));
    await addFamily(page, OKAFOR);
    const okaforId = familyIdFrom(page);
    await startOldPlan(page, okaforId, OKAFOR.familyName);
    // A consent form left half-way.
    await page.goto(`/#/families/${okaforId}/consent`);
    await page.getByRole('textbox', { name: 'Anything else to record (optional)' }).fill('Chioma agreed on the phone');
    await expect(page.getByRole('status').filter({ hasText: /^Draft kept at/ })).toBeVisible();

    await openHome(page);
    const meetings = section(page, /^Meetings in the next two weeks/);
    await expect(meetings.getByRole('listitem').first()).toContainText(`The Ruiz family: Review meeting, ${weekdayDate(soonDay)} at 4pm`);
    await expect(meetings).toContainText('The family has not been told yet.');
    await expect(meetings).toContainText('Invitations sent: 0 of 1.');
    const minutes = section(page, /^Minutes waiting/);
    await expect(minutes).toContainText(`The Ruiz family: Review meeting, ${weekdayDate(daysFromToday(-10))} at 10am`);
    await expect(minutes).toContainText('Not drafted yet');
    const actions = section(page, /^Actions overdue or due this week/);
    await expect(actions.getByRole('heading', { level: 3 })).toHaveText(['Ana Ruiz (1)']);
    await expect(actions).toContainText('The Ruiz family: Take Leo to the dentist');
    await expect(actions).toContainText(`due ${longDate(dueDay)} (in 2 days)`);
    const reviews = section(page, /^Reviews due/);
    await expect(reviews).toContainText('The Okafor family: review overdue');
    const drafts = section(page, /^Forms left half-way/);
    await expect(drafts).toContainText('Consent: the Okafor family');
    const drift = section(page, /^Drift alerts/);
    await expect(drift).toContainText("The Okafor family: No review for longer than the plan's review frequency plus 14 days.");
    await expectAccessible(page, 'home with things to do');

    await meetings.getByRole('link', { name: /^Send invitations and tell the family: the Ruiz family/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review meeting: Ruiz family' })).toBeVisible();

    await openHome(page);
    await minutes.getByRole('link', { name: /^Write the minutes: the Ruiz family/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Minutes of the meeting: Ruiz family' })).toBeVisible();

    await openHome(page);
    await actions.getByRole('link', { name: 'Update the action: Take Leo to the dentist, the Ruiz family' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Review meeting: Ruiz family' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Actions: who will do what, by when' })).toBeVisible();

    await openHome(page);
    await reviews.getByRole('link', { name: 'Plan the review: the Okafor family' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting: Okafor family' })).toBeVisible();

    await openHome(page);
    await drafts.getByRole('link', { name: 'Carry on: Consent, the Okafor family' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Consent register: Okafor family' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Anything else to record (optional)' })).toHaveValue('Chioma agreed on the phone');

    await openHome(page);
    await drift.getByRole('link', { name: 'Plan a review: the Okafor family' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting: Okafor family' })).toBeVisible();
  });

  test('shows the oldest twenty minutes waiting with how many more, and all of them by keyboard', async ({ page }) => {
    test.slow();
    await addFamily(page, OKAFOR);
    const okaforId = familyIdFrom(page);
    // Twenty-one reviews held on each of the last twenty-one days, none with minutes.
    for (let day = -21; day <= -1; day++) await holdReview(page, okaforId, OKAFOR.familyName, OKAFOR.carer.name, day);

    await openHome(page);
    const minutes = section(page, /^Minutes waiting \(21\)/);
    const items = minutes.getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(20);
    await expect(items.first()).toContainText(`The Okafor family: Review meeting, ${weekdayDate(daysFromToday(-21))} at 10am`);
    await expect(minutes).toContainText('Showing the oldest 20, which have waited longest; 1 more is waiting.');
    const showAll = minutes.getByRole('button', { name: 'Show all 21 minutes waiting' });
    await expectAccessible(page, 'home with more minutes waiting than shown');

    await showAll.focus();
    await page.keyboard.press('Enter');
    await expect(items).toHaveCount(21);
    await expect(showAll).toHaveCount(0);
    await expect(minutes).not.toContainText('more is waiting');
    // Focus moves to the first minutes that were not shown: the newest, from yesterday.
    await expect(items.nth(20).getByRole('link')).toBeFocused();
    await expect(items.nth(20)).toContainText(`The Okafor family: Review meeting, ${weekdayDate(daysFromToday(-1))} at 10am`);
    await expectAccessible(page, 'home with all minutes waiting shown');
  });

  test('a drift alert is acknowledged with a note, which is kept, by keyboard', async ({ page }) => {
    await addFamily(page, OKAFOR);
    await startOldPlan(page, familyIdFrom(page), OKAFOR.familyName);
    await openHome(page);
    const drift = section(page, /^Drift alerts/);
    await drift.getByRole('button', { name: /^Acknowledge with a note/ }).focus();
    await page.keyboard.press('Enter');
    const note = drift.getByRole('textbox', { name: 'Note' });
    await expect(note).toBeFocused();
    await page.getByRole('button', { name: /^Acknowledge: / }).click();
    await expect(drift.getByText('Write a note saying why, or what is being done')).toBeVisible();
    await expectAccessible(page, 'acknowledging a drift alert with a problem');
    await note.fill('The family were away; the review is booked with school.');
    await note.press('Tab');
    await page.keyboard.press('Enter');
    await expect(drift.getByRole('status')).toHaveText('Alert acknowledged. Your note is kept below.');
    await expect(drift).toContainText('No plans are drifting.');
    await drift.getByText('Acknowledged alerts (1)').click();
    await expect(drift).toContainText('The family were away; the review is booked with school.');
    await expectAccessible(page, 'home after acknowledging');

    // The area decides when alerts appear.
    await page.goto('/#/settings');
    const settings = page.getByRole('region', { name: 'Drift alerts' });
    await settings.getByRole('textbox', { name: 'Days a review can be late' }).fill('100');
    await settings.getByRole('button', { name: 'Save drift alert settings' }).click();
    await expect(settings.getByText('At most 90 days')).toBeVisible();
    await settings.getByRole('textbox', { name: 'Days a review can be late' }).fill('30');
    await settings.getByRole('button', { name: 'Save drift alert settings' }).click();
    await expect(settings.getByRole('status')).toHaveText('The drift alert settings have been saved.');
    await expect(settings).toContainText("No review for longer than the plan's review frequency plus 30 days.");
    await expectAccessible(page, 'settings with drift alerts');
  });
});
