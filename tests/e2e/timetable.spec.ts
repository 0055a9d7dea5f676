import { test, expect, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { reloadAndUnlock } from './support/app';
import { longDate, slashDate, weekdayDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Shaw family', carer: { name: 'Jo Shaw', relationship: 'Mum' }, child: { name: 'Sam Shaw', dateOfBirth: '03/02/2016' } };
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

async function addFamilyAndGetId(page: Page): Promise<string> {
  await addFamily(page, FAMILY);
  const id = /#\/families\/([^/?]+)/.exec(page.url())?.[1];
  if (!id) throw new Error('No family id in the address');
  return id;
}

function person(page: Page, name: string) {
  return page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
}

/** Adds a weekly busy time the way a mouse user would. */
async function addBusy(page: Page, name: string, kind: string, start: string, end: string, days = WEEKDAYS) {
  const section = person(page, name);
  await section.getByRole('button', { name: `Add a weekly busy time for ${name}` }).click();
  const row = section.getByRole('group', { name: /^Weekly busy time \d+$/ }).last();
  await row.getByLabel('What it is').selectOption({ label: kind });
  const dayGroup = row.getByRole('group', { name: 'Days' });
  for (const day of days) await dayGroup.getByRole('checkbox', { name: day }).check();
  await row.getByRole('textbox', { name: 'Start time' }).fill(start);
  await row.getByRole('textbox', { name: 'End time' }).fill(end);
}

async function saveWeek(page: Page) {
  await page.getByRole('button', { name: "Save the family's week" }).click();
  await expect(page.getByRole('status').filter({ hasText: "The family's week has been saved." })).toBeVisible();
}

/** 24-hour start time from "Thursday 3 December 2026, 4:30pm to 5:30pm". */
function startHour(heading: string): number {
  const m = /, (\d{1,2})(?::(\d{2}))?(am|pm) to /.exec(heading) ?? /, (midday) to /.exec(heading);
  if (!m) throw new Error(`Not a slot heading: ${heading}`);
  if (m[1] === 'midday') return 12;
  const h = Number(m[1]) % 12;
  return (m[3] === 'pm' ? h + 12 : h) + Number(m[2] ?? 0) / 60;
}

test.describe("The family's week and finding a time", () => {
  test("times are found around Mum's work and explain themselves", async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    await expect(page.getByRole('heading', { level: 1, name: "The family's week" })).toBeVisible();
    await expectAccessible(page, "the family's week, empty");

    await addBusy(page, 'Jo Shaw', 'Work', '09:00', '17:00');
    await person(page, 'Jo Shaw').getByRole('checkbox', { name: 'Evenings are fine for Jo Shaw' }).check();
    await addBusy(page, 'Sam Shaw', 'School day', '08:45', '15:15');
    await person(page, 'Sam Shaw').getByRole('checkbox', { name: 'Evenings are fine for Sam Shaw' }).check();
    await expectAccessible(page, "the family's week, filled in");
    await saveWeek(page);

    await page.goto(`/#/families/${id}/find-a-time`);
    await expect(page.getByRole('heading', { level: 1, name: 'Find a meeting time' })).toBeVisible();
    await expectAccessible(page, 'find a time');
    await page.getByRole('radio', { name: '60 minutes' }).check();
    await page.getByRole('group', { name: 'Should the child come to the meeting?' }).getByRole('radio', { name: 'No' }).check();
    await page.getByRole('button', { name: 'Find meeting times' }).click();

    const results = page.getByRole('region', { name: /^The best \d+ times$/ });
    await expect(results).toBeVisible();
    await expect(results.getByRole('heading', { level: 2 })).toBeFocused();
    const cards = results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(cards.first()).toContainText("Jo Shaw finishes work at 17:00, so they can come.");
    await expect(cards.first()).toContainText('It is in the evening, which the family said is fine.');
    const headings = await results.getByRole('heading', { level: 3 }).allTextContents();
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.length).toBeLessThanOrEqual(10);
    for (const heading of headings) {
      expect(heading).toMatch(/^(Monday|Tuesday|Wednesday|Thursday|Friday) \d{1,2} [A-Z][a-z]+ \d{4}, /);
      expect(startHour(heading), `${heading} overlaps Mum's work`).toBeGreaterThanOrEqual(17);
    }
    await expectAccessible(page, 'find a time, with results');

    await cards.first().getByRole('button', { name: /^Plan the meeting for this time/ }).click();
    // Sam is not coming (his answer travels with the time), so only Jo is invited.
    await expect(page).toHaveURL(/#\/families\/[^/]+\/meetings\/new\?startsAt=\d{4}-\d{2}-\d{2}T17%3A00%3A00%2B0[01]%3A00&lengthMinutes=60&children=[^&:]+%3Ano&childAttends=false&invitees=[^&,]+$/);
  });

  test('with its defaults, a child who is not coming does not narrow the times, and the length is the agenda total', async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    // Mum works until 17:00 and evenings are fine for her; Sam has not said evenings are fine.
    await addBusy(page, 'Jo Shaw', 'Work', '09:00', '17:00');
    await person(page, 'Jo Shaw').getByRole('checkbox', { name: 'Evenings are fine for Jo Shaw' }).check();
    await saveWeek(page);

    await page.goto(`/#/families/${id}/find-a-time`);
    await expect(page.getByRole('group', { name: 'Should the child come to the meeting?' }).getByRole('radio', { name: 'No' })).toBeChecked();
    const family = page.getByRole('group', { name: 'Who from the family is invited?' });
    await expect(family.getByRole('checkbox', { name: /Jo Shaw/ })).toBeChecked();
    await expect(family.getByRole('checkbox', { name: /Sam Shaw/ })).toHaveCount(0);
    await expect(page.getByRole('radio', { name: '90 minutes' })).toBeChecked();
    await page.getByRole('button', { name: 'Find meeting times' }).click();
    const results = page.getByRole('region', { name: /^The best (\d+ times|time)$/ });
    await expect(results).toBeVisible();
    await expect(results.getByRole('heading', { level: 3 }).first()).toContainText('5pm to 6:30pm');
    await expectAccessible(page, 'find a time, defaults');
  });

  test('a week with no acceptable time says why and what to try', async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    await addBusy(page, 'Jo Shaw', 'Work', '09:00', '17:00');
    await saveWeek(page);

    await page.goto(`/#/families/${id}/find-a-time`);
    // A school week (Monday to Friday) at least a week ahead.
    const thursday = schoolThursday();
    await page.getByRole('textbox', { name: 'First day' }).fill(slashDate(thursday.subtract({ days: 3 })));
    await page.getByRole('textbox', { name: 'Last day' }).fill(slashDate(thursday.add({ days: 1 })));
    await page.getByRole('button', { name: 'Find meeting times' }).click();
    const results = page.getByRole('region', { name: 'No time suits the whole family' });
    await expect(results).toContainText('Jo Shaw works every weekday until 17:00');
    await expect(results).toContainText('Try allowing evenings');
    await expect(results).toContainText('Ask the family when suits them');
    // Every candidate clashes with Mum's work: none is offered for booking.
    await expect(results).toContainText('No time is offered for booking: every time found clashes with someone in the family.');
    await expect(results.getByRole('heading', { level: 3 })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Plan the meeting for this time/ })).toHaveCount(0);
    await expectAccessible(page, 'find a time, nothing fits');
  });

  test('an end time before the start time gets a message at the field', async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    await addBusy(page, 'Jo Shaw', 'Work', '17:00', '09:00');
    await page.getByRole('button', { name: "Save the family's week" }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    const end = person(page, 'Jo Shaw').getByRole('textbox', { name: 'End time' });
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    await expect(end).toHaveAccessibleDescription(/The end time must be after the start time/);
    await expectAccessible(page, "the family's week with a problem");
    await summary.getByRole('link', { name: /The end time must be after the start time/ }).click();
    await expect(end).toBeFocused();
  });

  test('a busy time can be entered with the keyboard alone', async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    await expect(page.getByRole('heading', { level: 1, name: "The family's week" })).toBeFocused();
    const add = page.getByRole('button', { name: 'Add a weekly busy time for Jo Shaw' });
    for (let i = 0; i < 30 && !(await add.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
    await expect(add).toBeFocused();
    await page.keyboard.press('Enter');
    const row = person(page, 'Jo Shaw').getByRole('group', { name: 'Weekly busy time 1' });
    await expect(row.getByLabel('What it is')).toBeFocused();
    await page.keyboard.press('ArrowDown'); // School run
    await page.keyboard.press('ArrowDown'); // Work
    await expect(row.getByLabel('What it is')).toHaveValue('work');
    await page.keyboard.press('Tab'); // Description
    await page.keyboard.type('Shift at the care home');
    await page.keyboard.press('Tab'); // Monday
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab'); // Tuesday
    await page.keyboard.press('Tab'); // Wednesday
    await page.keyboard.press('Space');
    for (let i = 0; i < 5; i++) await page.keyboard.press('Tab'); // past Thursday to Sunday, to the start time
    await expect(row.getByRole('textbox', { name: 'Start time' })).toBeFocused();
    await page.keyboard.type('07:00');
    await page.keyboard.press('Tab');
    await page.keyboard.type('15:00');
    await expectAccessible(page, "the family's week, entering by keyboard");
    await page.keyboard.press('Enter'); // submits the form
    await expect(page.getByRole('status').filter({ hasText: "The family's week has been saved." })).toBeVisible();

    await page.goto(`/#/families/${id}/timetable`);
    const saved = person(page, 'Jo Shaw').getByRole('group', { name: 'Weekly busy time 1' });
    await expect(saved.getByLabel('What it is')).toHaveValue('work');
    await expect(saved.getByRole('textbox', { name: 'Description (optional)' })).toHaveValue('Shift at the care home');
    await expect(saved.getByRole('checkbox', { name: 'Monday' })).toBeChecked();
    await expect(saved.getByRole('checkbox', { name: 'Tuesday' })).not.toBeChecked();
    await expect(saved.getByRole('checkbox', { name: 'Wednesday' })).toBeChecked();
    await expect(saved.getByRole('textbox', { name: 'Start time' })).toHaveValue('07:00');
    await expect(saved.getByRole('textbox', { name: 'End time' })).toHaveValue('15:00');
  });

  test('term dates edited in the area calendar are kept, and can be reset', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByRole('link', { name: 'Check or change the area calendar' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Area calendar' })).toBeVisible();
    await expect(page.getByRole('table', { name: 'Bank holidays' })).toContainText('25 December 2026');
    await expectAccessible(page, 'area calendar');

    const term1 = page.getByRole('group', { name: 'Term 1' });
    await expect(term1.getByRole('textbox', { name: 'Last day' })).toHaveValue('18/12/2026');
    await term1.getByRole('textbox', { name: 'Last day' }).fill('31/08/2027x');
    await page.getByRole('button', { name: 'Save the term dates' }).click();
    await expect(term1.getByRole('textbox', { name: 'Last day' })).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'area calendar with a problem');

    await term1.getByRole('textbox', { name: 'Last day' }).fill('11/12/2026');
    await page.getByRole('button', { name: 'Add a term' }).click();
    const added = page.getByRole('group', { name: /^Term \d+$/ }).last();
    await expect(added.getByRole('textbox', { name: 'Name of the term' })).toBeFocused();
    await added.getByRole('textbox', { name: 'Name of the term' }).fill('Extra summer term');
    await added.getByRole('textbox', { name: 'First day' }).fill('01/09/2028');
    await added.getByRole('textbox', { name: 'Last day' }).fill('20/12/2028');
    await page.getByRole('button', { name: 'Save the term dates' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The term dates have been saved.' })).toBeVisible();

    await reloadAndUnlock(page);
    await page.goto('/#/settings/calendar');
    await expect(page.getByRole('group', { name: 'Term 1' }).getByRole('textbox', { name: 'Last day' })).toHaveValue('11/12/2026');
    await expect(page.getByRole('group', { name: /^Term \d+$/ }).last().getByRole('textbox', { name: 'Name of the term' })).toHaveValue('Extra summer term');
    await expect(page.getByText('These are example dates')).toHaveCount(0);

    await page.getByRole('button', { name: 'Go back to the term dates that came with the app' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'back to the ones that came with the app' })).toBeVisible();
    await page.goto('/#/settings/calendar');
    await expect(page.getByRole('group', { name: 'Term 1' }).getByRole('textbox', { name: 'Last day' })).toHaveValue('18/12/2026');
  });

  test('the area adds a local holiday, moves it, removes it with undo, and goes back to the shipped list', async ({ page }) => {
    const day = schoolThursday();
    const later = day.add({ days: 1 });
    await page.goto('/#/settings/calendar');
    await expect(page.getByRole('heading', { level: 1, name: 'Area calendar' })).toBeVisible();
    const holidays = page.getByRole('region', { name: 'Bank holidays in England and Wales' });
    const table = holidays.getByRole('table', { name: 'Bank holidays' });
    const add = holidays.getByRole('form', { name: 'Add a holiday' });

    // Checked at the field: a name is needed, and a date already on the list is refused.
    await add.getByRole('textbox', { name: 'Date' }).fill(slashDate(day));
    await add.getByRole('button', { name: 'Add the holiday' }).click();
    await expect(add.getByRole('textbox', { name: 'Name of the holiday' })).toHaveAccessibleDescription(/Error: Enter the name of the holiday/);
    await expect(add.getByRole('textbox', { name: 'Name of the holiday' })).toBeFocused();
    await add.getByRole('textbox', { name: 'Name of the holiday' }).fill('Kirkby Carnival Day');
    await add.getByRole('button', { name: 'Add the holiday' }).click();
    const row = table.getByRole('row').filter({ hasText: 'Kirkby Carnival Day' });
    await expect(row).toContainText(`${longDate(day)}Kirkby Carnival Day (added by your area)`);
    await expect(holidays.getByText('Your area has changed the list that came with the app')).toBeVisible();
    await expectAccessible(page, 'area calendar with a local holiday');

    // Moved to the next day, by keyboard.
    await holidays.getByRole('button', { name: `Change the date of Kirkby Carnival Day on ${longDate(day)}` }).click();
    await expect(holidays.getByRole('textbox', { name: 'New date for Kirkby Carnival Day' })).toBeFocused();
    await page.keyboard.type(slashDate(later));
    await holidays.getByRole('button', { name: 'Move Kirkby Carnival Day' }).click();
    await expect(row).toContainText(longDate(later));

    // Removed, then put back with undo; then removed for good.
    await holidays.getByRole('button', { name: `Remove Kirkby Carnival Day on ${longDate(later)}` }).click();
    await expect(row).toHaveCount(0);
    const undo = holidays.getByRole('status').filter({ hasText: 'removed.' });
    await expect(undo).toHaveText(new RegExp(`^Kirkby Carnival Day on ${longDate(later)} removed\\.`));
    await expect(undo).toBeFocused();
    await expectAccessible(page, 'area calendar after a removal');
    await undo.getByRole('button', { name: /^Undo/ }).click();
    await expect(row).toContainText(longDate(later));

    await reloadAndUnlock(page);
    await page.goto('/#/settings/calendar');
    await expect(row).toContainText(longDate(later));
    await holidays.getByRole('button', { name: 'Go back to the bank holidays that came with the app' }).click();
    await expect(row).toHaveCount(0);
    await expect(table).toContainText('25 December 2026');
    await expect(holidays.getByText('These come with the app')).toBeVisible();
  });

  test("a practitioner's leave is kept and counted when finding a time", async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto('/#/directory/practitioners/new');
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Role', { exact: true }).fill('Health visitor');
    await page.getByLabel('Agency or organisation').fill('Leeds Community Health');
    await page.getByLabel('Secure email address').fill('priya@nhs.net');
    await page.getByRole('button', { name: 'Save practitioner' }).click();
    await expect(page.getByRole('link', { name: 'Edit Priya Shah' })).toHaveAttribute('href', /practitioners\/[0-9a-f]{32}\/edit/);
    const href = await page.getByRole('link', { name: 'Edit Priya Shah' }).getAttribute('href');
    const practitionerId = /practitioners\/([^/]+)\/edit/.exec(href ?? '')?.[1];
    expect(practitionerId).toMatch(/^[0-9a-f]{32}$/);

    await page.goto(`/#/directory/practitioners/${practitionerId}/unavailability`);
    await expect(page.getByRole('heading', { level: 1, name: 'When Priya Shah is not available' })).toBeVisible();
    await expectAccessible(page, 'practitioner unavailability');
    await page.getByRole('button', { name: 'Add a date Priya Shah cannot make' }).click();
    const date = page.getByRole('group', { name: 'Date 1' });
    await expect(date.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
    const away = schoolThursday();
    await date.getByRole('textbox', { name: 'Date', exact: true }).fill(slashDate(away));
    await date.getByRole('textbox', { name: 'What it is' }).fill('Annual leave');
    await page.getByRole('button', { name: 'Save when they are not available' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'When Priya Shah is not available has been saved.' })).toBeVisible();

    await page.goto(`/#/families/${id}/find-a-time`);
    await page.getByRole('textbox', { name: 'First day' }).fill(slashDate(away));
    await page.getByRole('textbox', { name: 'Last day' }).fill(slashDate(away));
    await page.getByRole('group', { name: 'Which practitioners are invited?' }).getByRole('checkbox', { name: /Priya Shah/ }).check();
    await page.getByRole('button', { name: 'Find meeting times' }).click();
    const cards = page.getByRole('region', { name: /^The best/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    await expect(cards.first()).toContainText(weekdayDate(away));
    await expect(cards.first()).toContainText('Priya Shah (Annual leave, all day)');
    await expect(cards.first()).toContainText('They could send a written report.');
    await expectAccessible(page, 'find a time with a practitioner away');
  });

  test("a practitioner's working hours are 9 to 5 unless changed in the directory, and finding a time keeps to them", async ({ page }) => {
    const id = await addFamilyAndGetId(page);
    await page.goto(`/#/families/${id}/timetable`);
    await addBusy(page, 'Jo Shaw', 'Work', '09:00', '17:00');
    await person(page, 'Jo Shaw').getByRole('checkbox', { name: 'Evenings are fine for Jo Shaw' }).check();
    await saveWeek(page);

    await page.goto('/#/directory/practitioners/new');
    await page.getByLabel('Full name').fill('Priya Shah');
    await page.getByLabel('Role', { exact: true }).fill('Health visitor');
    await page.getByLabel('Agency or organisation').fill('Leeds Community Health');
    await page.getByLabel('Secure email address').fill('priya@nhs.net');
    const hours = page.getByRole('group', { name: 'Working hours' });
    await expect(hours.getByRole('textbox', { name: 'Starts work at' })).toHaveValue('09:00');
    await expect(hours.getByRole('textbox', { name: 'Finishes work at' })).toHaveValue('17:00');
    await expectAccessible(page, 'practitioner form with working hours');
    await page.getByRole('button', { name: 'Save practitioner' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Priya Shah has been added to the directory.' })).toBeVisible();

    const find = async () => {
      await page.goto(`/#/families/${id}/find-a-time`);
      await page.getByRole('radio', { name: '60 minutes' }).check();
      await page.getByRole('group', { name: 'Which practitioners are invited?' }).getByRole('checkbox', { name: /Priya Shah/ }).check();
      await page.getByRole('button', { name: 'Find meeting times' }).click();
      return page.getByRole('region', { name: /^The best/ }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) });
    };
    // Mum can only come after work; Priya finishes at 5.
    let cards = await find();
    await expect(cards.first()).toContainText('Priya Shah (outside working hours, 09:00 to 17:00)');

    // Priya works late on the family's patch: her hours are changed in the directory.
    await page.goto('/#/directory');
    await page.getByRole('link', { name: 'Edit Priya Shah' }).click();
    await hours.getByRole('textbox', { name: 'Finishes work at' }).fill('16:00');
    await hours.getByRole('textbox', { name: 'Starts work at' }).fill('17:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('link', { name: 'The time they finish work must be after the time they start' })).toBeVisible();
    await hours.getByRole('textbox', { name: 'Starts work at' }).fill('12:00');
    await hours.getByRole('textbox', { name: 'Finishes work at' }).fill('19:00');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByText('12:00 to 19:00')).toBeVisible();

    cards = await find();
    await expect(cards.first()).toContainText('5pm to 6pm');
    await expect(cards.first()).not.toContainText('Cannot come');
  });
});
