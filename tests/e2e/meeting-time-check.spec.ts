import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { slashDate, today, type Day } from './support/clock';
import { isBankHoliday, schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Shaw family', carer: { name: 'Jo Shaw', relationship: 'Mum' }, child: { name: 'Sam Shaw', dateOfBirth: '03/02/2016' } };
const DAY = schoolThursday();

function firstBankHoliday(): Day {
  for (let day = today().add({ days: 1 }), i = 0; i < 400; day = day.add({ days: 1 }), i++) if (isBankHoliday(day)) return day;
  throw new Error('No bank holiday in the shipped list after today');
}

/** Adds the family, and Mum's work 9 to 5 on weekdays in the family's week; returns the family's id. */
async function familyWithMumAtWork(page: Page): Promise<string> {
  await addFamily(page, FAMILY);
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.goto(`/#/families/${id}/timetable`);
  const mum = page.getByRole('region', { name: /^Jo Shaw \(/ });
  await mum.getByRole('button', { name: 'Add a weekly busy time for Jo Shaw' }).click();
  const row = mum.getByRole('group', { name: /^Weekly busy time \d+$/ }).last();
  await row.getByLabel('What it is').selectOption({ label: 'Work' });
  for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday']) await row.getByRole('group', { name: 'Days' }).getByRole('checkbox', { name: day }).check();
  await row.getByRole('textbox', { name: 'Start time' }).fill('09:00');
  await row.getByRole('textbox', { name: 'End time' }).fill('17:00');
  await page.getByRole('button', { name: "Save the family's week" }).click();
  await expect(page.getByRole('status').filter({ hasText: "The family's week has been saved." })).toBeVisible();
  return id;
}

test('a typed or changed time is checked against bank holidays, the family’s week and the school day, with a link to find another', async ({ page }) => {
  const familyId = await familyWithMumAtWork(page);
  await page.goto(`/#/families/${familyId}/meetings/new?kind=first`);
  const warning = page.getByText('This time may not suit everyone').locator('..');
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Jo Shaw' }).check();
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('textbox', { name: 'Date' }).fill(slashDate(DAY));
  await page.getByRole('textbox', { name: 'Start time' }).fill('10:00');
  await expect(warning).toContainText('Jo Shaw cannot come then: Work, 09:00 to 17:00.');
  await expectAccessible(page, 'new meeting form, a time that clashes');

  // After work: nothing to warn about.
  await page.getByRole('textbox', { name: 'Start time' }).fill('17:00');
  await expect(page.getByText('This time may not suit everyone')).toHaveCount(0);

  // The child should come: the school day counts (in term time).
  await page.getByRole('textbox', { name: 'Start time' }).fill('13:00');
  await page.getByRole('textbox', { name: 'Length in minutes' }).fill('30');
  await page.getByRole('radio', { name: 'Yes, for some or all of it' }).check();
  // Offered the items the template marks as right for a child, from the first.
  await expect(warning).toContainText('Sam Shaw is at school then (School, 08:45 to 15:15), and is meant to come for items 1, 2, 3, 4, 7, 9, 10 and 11.');
  await page.getByRole('group', { name: 'Will Sam Shaw come?' }).getByRole('radio', { name: 'The whole meeting' }).check();
  await expect(warning).toContainText('Sam Shaw is at school then (School, 08:45 to 15:15), and is meant to come to the meeting.');

  // A bank holiday.
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('textbox', { name: 'Date' }).fill(slashDate(firstBankHoliday()));
  await page.getByRole('textbox', { name: 'Start time' }).fill('17:00');
  await expect(warning).toContainText(/is a bank holiday \(.+\)\./);
  await expect(warning).not.toContainText('Jo Shaw');

  // The link goes to "find a time" for this kind of meeting.
  await warning.getByRole('link', { name: 'Find another time' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a meeting time' })).toBeVisible();
  expect(page.url()).toMatch(/find-a-time\?kind=first$/);

  // A meeting booked after work, then changed to the middle of Mum's working day.
  await page.goto(`/#/families/${familyId}/meetings/new?kind=first`);
  await page.getByRole('textbox', { name: 'Date' }).fill(slashDate(DAY));
  await page.getByRole('textbox', { name: 'Start time' }).fill('17:00');
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Jo Shaw' }).check();
  await expect(page.getByText('This time may not suit everyone')).toHaveCount(0);
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Shaw family' })).toBeVisible();
  const change = page.getByRole('region', { name: 'Change the meeting' });
  await expect(change.getByText('This time may not suit everyone')).toHaveCount(0);
  await change.getByRole('textbox', { name: 'Start time' }).fill('11:00');
  await expect(change).toContainText('Jo Shaw cannot come then: Work, 09:00 to 17:00.');
  await expect(change.getByRole('link', { name: 'Find another time' })).toBeVisible();
  await expectAccessible(page, 'change the meeting, a time that clashes');
});
