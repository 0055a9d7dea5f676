import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];

async function addWork(page: Page, name: string) {
  const section = page.getByRole('region', { name: new RegExp(`^${name} \\(`) });
  await section.getByRole('button', { name: `Add a weekly busy time for ${name}` }).click();
  const row = section.getByRole('group', { name: /^Weekly busy time \d+$/ }).last();
  await row.getByLabel('What it is').selectOption({ label: 'Work' });
  for (const day of WEEKDAYS) await row.getByRole('group', { name: 'Days' }).getByRole('checkbox', { name: day }).check();
  await row.getByRole('textbox', { name: 'Start time' }).fill('09:00');
  await row.getByRole('textbox', { name: 'End time' }).fill('17:00');
  await section.getByRole('checkbox', { name: `Evenings are fine for ${name}` }).check();
}

test('a chair enters the family’s week, picks a suggested time, builds the agenda and exports the invitation', async ({ page }) => {
  await addFamily(page, { familyName: 'Okafor family', carer: { name: 'Ngozi Okafor', relationship: 'Mum' }, child: { name: 'Tobi Okafor', dateOfBirth: '12/05/2015' } });

  // From the family's path on the family page: the family's week.
  const familyPath = page.getByRole('region', { name: 'The family’s path' });
  await familyPath.getByRole('link', { name: 'The family’s week – not started', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: "The family's week" })).toBeVisible();
  await addWork(page, 'Ngozi Okafor');
  await page.getByRole('region', { name: /^Tobi Okafor \(/ }).getByRole('checkbox', { name: 'Evenings are fine for Tobi Okafor' }).check();
  await page.getByRole('button', { name: "Save the family's week" }).click();
  await expect(page.getByRole('status').filter({ hasText: "The family's week has been saved." })).toBeVisible();

  // Find a time that fits around Mum's work: the path's step opens the finder, with no date asked for first.
  await familyPath.getByRole('link', { name: 'Find a time – not started', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Find a meeting time' })).toBeVisible();
  await page.getByRole('radio', { name: '60 minutes' }).check();
  await page.getByRole('group', { name: 'Should the child come to the meeting?' }).getByRole('radio', { name: 'No' }).check();
  await page.getByRole('button', { name: 'Find meeting times' }).click();
  const results = page.getByRole('region', { name: /^The best \d+ times$/ });
  const first = results.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3 }) }).first();
  await expect(first).toContainText('Ngozi Okafor finishes work at 17:00, so they can come.');
  const slotHeading = (await first.getByRole('heading', { level: 3 }).textContent()) ?? '';
  const slotDay = /^(\w+ \d{1,2} \w+ \d{4})/.exec(slotHeading)?.[1] ?? '';
  expect(slotDay).not.toBe('');
  await first.getByRole('button', { name: /Plan the meeting for this time/ }).click();

  // The meeting form arrives filled in with the chosen time.
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting: Okafor family' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Start time' })).not.toHaveValue('');
  await page.getByRole('radio', { name: 'First meeting' }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Larkfield Family Hub');
  await page.getByRole('radio', { name: /^No/ }).first().check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Ngozi Okafor' }).check();
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Okafor family' })).toBeVisible();

  // Build the agenda: add an item the family asked for.
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await agenda.getByRole('textbox', { name: 'Title of the new item' }).fill('Help with housing forms');
  await agenda.getByRole('textbox', { name: 'Minutes for the new item' }).fill('10');
  await agenda.getByRole('button', { name: 'Add the item' }).click();
  await expect(agenda.getByRole('heading', { level: 3, name: 'Help with housing forms' })).toBeVisible();
  await expectAccessible(page, 'meeting planned from a suggested time');

  // Export the family's invitation letter and read it back.
  const invitations = page.getByRole('region', { name: 'Invitations' });
  const download = page.waitForEvent('download');
  await invitations.getByRole('button', { name: 'Download the letter as Word for Ngozi Okafor' }).click();
  const { value: letter } = await mammoth.extractRawText({ path: await (await download).path() });
  expect(letter).toContain('Dear Ngozi Okafor,');
  expect(letter).toContain(slotDay);
  expect(letter).toContain('Larkfield Family Hub');
  expect(letter).toContain('Help with housing forms');
});
