import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamilyWithChildren } from './support/meeting-journey';
import { slashDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY = {
  familyName: 'Ruiz family',
  carer: { name: 'Ana Ruiz', relationship: 'Mum' },
  children: [
    { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' },
    { name: 'Mia Ruiz', dateOfBirth: '12/06/2019' },
  ],
};

/** Minutes after midnight of "…, 3:15pm to 4:45pm". */
function startMinutes(heading: string): number {
  const m = /, (\d{1,2})(?::(\d{2}))?(am|pm) to /.exec(heading);
  if (!m) throw new Error(`Not a slot heading: ${heading}`);
  return ((Number(m[1]) % 12) + (m[3] === 'pm' ? 12 : 0)) * 60 + Number(m[2] ?? 0);
}

test('with two children, find a time asks about each by name, and only the child who is coming counts', async ({ page }) => {
  const familyId = await addFamilyWithChildren(page, FAMILY);
  await page.goto(`/#/families/${familyId}/find-a-time`);
  const leo = page.getByRole('group', { name: 'Should Leo Ruiz come to the meeting?' });
  const mia = page.getByRole('group', { name: 'Should Mia Ruiz come to the meeting?' });
  await expect(leo.getByRole('radio', { name: 'No' })).toBeChecked();
  await expect(mia.getByRole('radio', { name: 'No' })).toBeChecked();
  await expectAccessible(page, 'find a time, two children');

  // Mia comes, Leo does not: times avoid the school day, and only Mia is invited with Mum.
  await mia.getByRole('radio', { name: 'The whole meeting' }).check();
  const thursday = schoolThursday();
  await page.getByRole('textbox', { name: 'First day' }).fill(slashDate(thursday.subtract({ days: 3 })));
  await page.getByRole('textbox', { name: 'Last day' }).fill(slashDate(thursday.add({ days: 1 })));
  await page.getByRole('button', { name: 'Find meeting times' }).click();
  const results = page.getByRole('region', { name: /^The best/ });
  const headings = await results.getByRole('heading', { level: 3 }).allTextContents();
  expect(headings.length).toBeGreaterThan(0);
  for (const heading of headings) expect(startMinutes(heading), `${heading} is in Mia's school day`).toBeGreaterThanOrEqual(15 * 60 + 15);
  await results.getByRole('button', { name: /^Plan the meeting for this time/ }).first().click();
  await expect(page).toHaveURL(/childAttends=true&invitees=[^&,]+,[^&,]+$/);
  // The meeting form has each child's answer: Mia for the whole meeting, Leo not coming.
  await expect(page.getByRole('group', { name: 'Will Mia Ruiz come?' }).getByRole('radio', { name: 'The whole meeting' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Will Leo Ruiz come?' }).getByRole('radio', { name: 'No' })).toBeChecked();
});
