import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamilyWithChildren } from './support/meeting-journey';
import { slashDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Ruiz family', carer: { name: 'Ana Ruiz', relationship: 'Mum' }, children: [{ name: 'Leo Ruiz', dateOfBirth: '03/02/2016' }] };
// The shipped first-meeting agenda runs 90 minutes; its last item, 5 minutes long, starts 85 minutes in.
const LAST_ITEM = 'Anything else, and how was the meeting for you?';

/** Minutes after midnight of "…, 2pm to 3:30pm". */
function startMinutes(heading: string): number {
  const m = /, (\d{1,2})(?::(\d{2}))?(am|pm) to /.exec(heading);
  if (!m) throw new Error(`Not a slot heading: ${heading}`);
  return ((Number(m[1]) % 12) + (m[3] === 'pm' ? 12 : 0)) * 60 + Number(m[2] ?? 0);
}

async function findTimes(page: Page): Promise<string[]> {
  await page.getByRole('button', { name: 'Find meeting times' }).click();
  const results = page.getByRole('region', { name: /^The best/ });
  await expect(results.getByRole('heading', { level: 3 }).first()).toBeVisible();
  return results.getByRole('heading', { level: 3 }).allTextContents();
}

test('a child coming for one agenda item only needs to be out of school for that item, and the meeting and letter say when', async ({ page }) => {
  test.setTimeout(120_000);
  const familyId = await addFamilyWithChildren(page, FAMILY);
  await page.goto(`/#/families/${familyId}/find-a-time?kind=first`);
  const child = page.getByRole('group', { name: 'Should the child come to the meeting?' });
  await expect(child.getByRole('radio', { name: 'No' })).toBeChecked();
  const thursday = schoolThursday();
  await page.getByRole('textbox', { name: 'First day' }).fill(slashDate(thursday));
  await page.getByRole('textbox', { name: 'Last day' }).fill(slashDate(thursday));

  // "Only some items" with none chosen: a message at the item list.
  await child.getByRole('radio', { name: 'Only some items' }).check();
  const items = page.getByRole('group', { name: 'Which items will Leo Ruiz come for?' });
  await expect(items.getByRole('checkbox', { name: '3. The child\'s voice (10 minutes)' })).toBeVisible();
  await page.getByRole('button', { name: 'Find meeting times' }).click();
  const message = 'Choose at least one item Leo Ruiz comes for, or choose "The whole meeting"';
  await expect(page.getByRole('alert').getByRole('link', { name: message })).toBeVisible();
  await expect(items).toContainText(message);
  await expectAccessible(page, 'find a time, a child coming for some items with none chosen');

  // The whole meeting: every time offered is after school (15:15).
  await child.getByRole('radio', { name: 'The whole meeting' }).check();
  for (const heading of await findTimes(page)) expect(startMinutes(heading), `${heading} is in Leo's school day`).toBeGreaterThanOrEqual(15 * 60 + 15);

  // Only the last item (85 to 90 minutes in): a 2pm start has him there from 3:25pm, after school.
  await child.getByRole('radio', { name: 'Only some items' }).check();
  await items.getByRole('checkbox', { name: `11. ${LAST_ITEM} (5 minutes)` }).check();
  const headings = await findTimes(page);
  expect(headings.some((h) => startMinutes(h) < 15 * 60 + 15)).toBe(true);
  const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: /, 2pm to 3:30pm$/ }) });
  await expect(card).toContainText('Leo Ruiz comes for item 11 only, 15:25 to 15:30.');
  await expect(card).toContainText('It is after school, so Leo Ruiz can come.');
  await expectAccessible(page, 'find a time, a child coming for one item');

  // Plan it: the meeting form has Leo down for that item, and nothing clashes with school.
  await card.getByRole('button', { name: /^Plan the meeting for this time/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting: Ruiz family' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'Yes, for some or all of it' })).toBeChecked();
  const leo = page.getByRole('group', { name: 'Will Leo Ruiz come?' });
  await expect(leo.getByRole('radio', { name: 'Only some items' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Which items will Leo Ruiz come for?' }).getByRole('checkbox', { name: `11. ${LAST_ITEM} (5 minutes)` })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Start time' })).toHaveValue('14:00');
  await expect(page.getByText('This time may not suit everyone')).toHaveCount(0);
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await expectAccessible(page, 'new meeting form, a child coming for one item');
  await page.getByRole('button', { name: 'Save the meeting' }).click();

  // The meeting page says when Leo comes.
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();
  await expect(page.getByText(`Leo Ruiz comes for: 11. ${LAST_ITEM} (15:25 to 15:30)`)).toBeVisible();
  await expectAccessible(page, 'meeting page, a child coming for one item');

  // The family's letter tells them when to bring him.
  const invitations = page.getByRole('region', { name: 'Invitations' });
  const file = page.waitForEvent('download');
  await invitations.getByRole('button', { name: 'Download the letter as Word for Ana Ruiz' }).click();
  const { value: letter } = await mammoth.extractRawText({ path: await (await file).path() });
  expect(letter).toContain(`Leo Ruiz is welcome to come for part of the meeting: ${LAST_ITEM} (3:25pm to 3:30pm).`);
});
