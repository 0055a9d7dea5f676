import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { longDate, slashDate, today } from './support/clock';

const OLD = { familyName: 'Achterberg family', carer: { name: 'Marieke Achterberg' }, child: { name: 'Sem Achterberg', dateOfBirth: '14/05/2012' } };
const CURRENT = { familyName: 'Brightwell family', carer: { name: 'Dana Brightwell' }, child: { name: 'Rui Brightwell', dateOfBirth: '02/03/2018' } };

function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id, 'the family page address').toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return id;
}

// Seven years before the fixed clock's today (on the 1st of the month, so adding months never overflows).
const CLOSED = today().with({ day: 1 }).subtract({ years: 7 });
const STARTED = CLOSED.subtract({ months: 13 });

/** A plan started 8 years ago and closed 7 years ago, entered through the plan screens. */
async function planClosedLongAgo(page: Page, familyId: string): Promise<void> {
  await page.goto(`/#/families/${familyId}/plan`);
  await page.getByRole('textbox', { name: 'Start date' }).fill(slashDate(STARTED));
  await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
  await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Sem was missing school.');
  await page.getByRole('radio', { name: 'Targeted early help' }).check();
  await page.getByRole('button', { name: 'Start the plan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
  await page.getByRole('group', { name: 'New status' }).getByRole('radio', { name: 'Closed' }).check();
  await page.getByRole('textbox', { name: 'Date of the change' }).fill(slashDate(CLOSED));
  await page.getByRole('textbox', { name: 'Why the status is changing' }).fill('Sem is settled in school.');
  await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await page.getByRole('button', { name: 'Record the change' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The plan is now closed.' })).toBeVisible();
}

async function openReviewList(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await page.getByRole('region', { name: 'Keeping records' }).getByRole('link', { name: 'Records due for disposal' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Records due for disposal' })).toBeFocused();
}

test.describe('Records due for disposal', () => {
  test('a family whose plan closed long ago is listed, and its records are disposed of only after two confirmations', async ({ page }) => {
    await addFamily(page, CURRENT);
    await addFamily(page, OLD);
    const familyId = familyIdFrom(page);
    await planClosedLongAgo(page, familyId);

    await page.goto('/#/settings');
    await expect(page.getByRole('region', { name: 'Keeping records' })).toContainText('kept for 6 years after');
    await expectAccessible(page, 'settings with keeping records');
    await openReviewList(page);
    const row = page.getByRole('row').filter({ hasText: OLD.familyName });
    await expect(row.getByRole('cell')).toHaveText([OLD.familyName, longDate(CLOSED), longDate(CLOSED.add({ years: 6 })), /Dispose of this family's records/]);
    await expect(page.getByRole('row').filter({ hasText: CURRENT.familyName })).toHaveCount(0);
    await expectAccessible(page, 'records due for disposal');

    // First confirmation: says what goes and that it cannot be undone. "No" keeps everything.
    const dispose = page.getByRole('link', { name: `Dispose of this family's records (${OLD.familyName})` });
    await dispose.click();
    await expect(page.getByRole('heading', { level: 1, name: `Dispose of the records about ${OLD.familyName}?` })).toBeFocused();
    await expect(page.getByText('It cannot be undone.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'first confirmation of disposal');
    await page.getByRole('link', { name: 'No, keep the records' }).click();
    await expect(row).toHaveCount(1);

    // The second confirmation cannot be reached by its address alone.
    await page.goto(`/#/retention/${familyId}/confirm`);
    await expect(page.getByRole('heading', { level: 1, name: `Dispose of the records about ${OLD.familyName}?` })).toBeVisible();

    // Second confirmation: the family's name, typed.
    await page.getByRole('link', { name: 'Continue' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Confirm disposal of the records about ${OLD.familyName}` })).toBeFocused();
    await expectAccessible(page, 'second confirmation of disposal');
    const button = page.getByRole('button', { name: 'Dispose of the records permanently' });
    await button.click();
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problem).toBeFocused();
    await expect(problem.getByRole('link')).toHaveText(`Type the family's name exactly as shown: ${OLD.familyName}`);
    await expectAccessible(page, 'second confirmation with an error');
    await page.getByRole('textbox', { name: "Type the family's name to confirm" }).fill('Achterberg');
    await button.click();
    await expect(problem).toBeFocused();
    await page.getByRole('textbox', { name: "Type the family's name to confirm" }).fill('achterberg family');
    await button.click();

    await expect(page.getByRole('heading', { level: 1, name: 'Records due for disposal' })).toBeVisible();
    const done = page.getByRole('status').filter({ hasText: `The records about ${OLD.familyName} have been disposed of: 1 family record and 1 plan.` });
    await expect(done).toBeFocused();
    await expect(page.getByText('No records are due for disposal.')).toBeVisible();
    await expectAccessible(page, 'records due for disposal after disposing');

    // The record of who did what keeps a disposal entry, with no names.
    await done.getByRole('link', { name: 'See the record of who did what' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record of who did what: a disposed family' })).toBeFocused();
    const entries = page.getByRole('table').getByRole('row').filter({ has: page.getByRole('cell') });
    await expect(entries.first().getByRole('cell').nth(2)).toHaveText("Disposed of the family's records");
    await expect(page.getByRole('table')).not.toContainText('Achterberg');
    await expectAccessible(page, 'record of who did what for a disposed family');

    // The family is gone; the other family is not.
    await page.goto(`/#/families/${familyId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Family not found' })).toBeVisible();
    await page.goto('/#/families');
    const cards = page.getByRole('list', { name: 'Families' }).getByRole('listitem');
    await expect(cards).toHaveCount(1);
    await expect(cards).toContainText(CURRENT.familyName);
  });

  test('how long records are kept can be changed, in years or months', async ({ page }) => {
    await addFamily(page, OLD);
    await planClosedLongAgo(page, familyIdFrom(page));
    await page.goto('/#/settings');
    const section = page.getByRole('region', { name: 'Keeping records' });
    const count = section.getByRole('textbox', { name: 'How long to keep the records of families whose plans have all closed' });
    const save = section.getByRole('button', { name: 'Save how long records are kept' });

    await count.fill('six');
    await save.click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' })).toBeFocused();
    await expect(count).toHaveAccessibleDescription(/Error: Enter how long to keep the records, as a whole number/);
    await expectAccessible(page, 'keeping records with an error');

    await count.fill('20');
    await save.click();
    await expect(section.getByRole('status')).toBeFocused();
    await expect(section).toContainText('kept for 20 years after');
    await openReviewList(page);
    await expect(page.getByText('No records are due for disposal.')).toBeVisible();

    await page.goto('/#/settings');
    await count.fill('18');
    await section.getByRole('radio', { name: 'Months' }).check();
    await save.click();
    await expect(section).toContainText('kept for 18 months after');
    await openReviewList(page);
    await expect(page.getByRole('row').filter({ hasText: OLD.familyName }).getByRole('cell').nth(2)).toHaveText(longDate(CLOSED.add({ months: 18 })));
  });
});
