import { expectAccessible } from './support/axe';
import { slashDate } from './support/clock';
import { addFamily } from './support/families';
import { schoolThursday } from './support/school-calendar';
import { expect, test, type Page } from './support/test';

const FAMILY = { familyName: 'Ruiz family', carer: { name: 'Ana Ruiz', relationship: 'Mum' }, child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' } };
const SHIPPED_FIRST = [
  'Welcome and introductions',
  'Why we are meeting, and what is shared',
  "The child's voice",
  'What is going well',
  'What we are worried about',
  'Updates from each service',
  'The plan: what needs to happen',
  'If things do not get better',
  'How worried are we?',
  'The next meeting',
  'Anything else, and how was the meeting for you?',
];
const EDITED_FIRST = [
  'Welcome and introductions',
  'Why we are meeting, and what is shared',
  'What is going well',
  "The child's voice",
  'What we are worried about',
  'Updates from each service',
  'The plan: what needs to happen',
  'How worried are we?',
  'The next meeting',
  'Anything else, and how was the meeting for you?',
  'Getting to school',
];

const editor = (page: Page, kind: string) => page.getByRole('region', { name: `${kind} agenda` });
const titles = (page: Page, kind = 'First meeting') => editor(page, kind).getByRole('list').getByRole('heading', { level: 3 });
const status = (page: Page, text: string | RegExp) => page.getByRole('status').filter({ hasText: text });

test('the area edits the first meeting agenda in Settings, new meetings use it, and it can go back to the one that came with the app', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/#/settings');
  await page.getByRole('link', { name: 'Check or change the agenda templates' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Agenda templates' })).toBeVisible();
  await expect(page.getByRole('radio', { name: 'First meeting' })).toBeChecked();
  const first = editor(page, 'First meeting');
  await expect(titles(page)).toHaveText(SHIPPED_FIRST);
  await expect(first).toContainText('This is the agenda that came with the app. The items add up to 1 hour 30 minutes');
  await expectAccessible(page, 'agenda templates, as shipped');

  // Reorder: focus stays on the moved item's button, and the move is announced.
  await first.getByRole('button', { name: 'Move up (What is going well)' }).click();
  await expect(status(page, '“What is going well” moved up to number 3 of 11.')).toBeAttached();
  await expect(titles(page).nth(2)).toHaveText('What is going well');
  await expect(first.getByRole('button', { name: 'Move up (What is going well)' })).toBeFocused();

  // Time an item: the total follows.
  await first.getByRole('textbox', { name: 'Minutes for “Welcome and introductions”' }).fill('15');
  await expect(first).toContainText('The items add up to 1 hour 35 minutes');
  await first.getByRole('textbox', { name: 'Minutes for “Welcome and introductions”' }).fill('300');
  await expect(first.getByText('The minutes must be a whole number from 0 to 240')).toBeVisible();
  await first.getByRole('textbox', { name: 'Minutes for “Welcome and introductions”' }).fill('15');
  await expect(first.getByText('The minutes must be a whole number from 0 to 240')).toHaveCount(0);

  // Remove, with undo; then remove for good.
  await first.getByRole('button', { name: 'Remove (If things do not get better)' }).click();
  await expect(titles(page)).toHaveCount(10);
  const undo = first.getByRole('status').filter({ hasText: 'removed.' });
  await expect(undo).toHaveText(/^“If things do not get better” removed\./);
  await expect(undo).toBeFocused();
  await expectAccessible(page, 'agenda templates with an undo notice');
  await first.getByRole('button', { name: 'Undo removing “If things do not get better”' }).click();
  await expect(titles(page).nth(7)).toHaveText('If things do not get better');
  await expect(first.getByRole('heading', { level: 3, name: 'If things do not get better' })).toBeFocused();
  await first.getByRole('button', { name: 'Remove (If things do not get better)' }).click();
  await expect(titles(page)).toHaveCount(10);

  // Add an item: checked first, then added at the end.
  await first.getByRole('button', { name: 'Add the item' }).click();
  await expect(first.getByText('Enter a title for the item')).toBeVisible();
  await expect(first.getByRole('textbox', { name: 'Title of the new item' })).toBeFocused();
  await first.getByRole('textbox', { name: 'Title of the new item' }).fill('Getting to school');
  await first.getByRole('button', { name: 'Add the item' }).click();
  await expect(first.getByRole('textbox', { name: 'What the item is for' })).toBeFocused();
  await first.getByRole('textbox', { name: 'What the item is for' }).fill('How mornings can go better');
  await first.getByRole('checkbox', { name: 'The child or young person can be there for this item' }).check();
  await first.getByRole('button', { name: 'Add the item' }).click();
  await expect(titles(page)).toHaveText(EDITED_FIRST);
  await expect(first.getByRole('heading', { level: 3, name: 'Getting to school' })).toBeFocused();
  await expect(first).toContainText('Your area has changed this agenda. The items add up to 1 hour 40 minutes');
  await expectAccessible(page, 'agenda templates, changed');

  // A review keeps the item where the last plan's actions are looked at.
  await page.getByRole('radio', { name: 'Review meeting' }).check();
  const review = editor(page, 'Review meeting');
  await review.getByRole('button', { name: "Remove (Review of the last plan's actions)" }).click();
  await expect(review.getByRole('alert')).toHaveText("A review meeting needs “Review of the last plan's actions”: it is where the last plan’s open actions are looked at");
  await expect(titles(page, 'Review meeting')).toHaveCount(12);

  // A new first meeting is booked for the changed agenda's length, and gets its items.
  await addFamily(page, FAMILY);
  const familyId = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  await page.goto(`/#/families/${familyId}/meetings/new`);
  await page.getByRole('radio', { name: 'First meeting' }).check();
  await expect(page.getByRole('textbox', { name: 'Length in minutes' })).toHaveValue('100');
  await page.getByRole('textbox', { name: 'Date' }).fill(slashDate(schoolThursday()));
  await page.getByRole('textbox', { name: 'Start time' }).fill('16:00');
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Ana Ruiz' }).check();
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();
  const agenda = page.getByRole('region', { name: 'Agenda' });
  await expect(agenda.getByRole('list').first().getByRole('heading', { level: 3 })).toHaveText(EDITED_FIRST);
  await expect(agenda.getByRole('textbox', { name: 'Minutes for “Welcome and introductions”' })).toHaveValue('15');
  await expect(agenda.getByText('The items add up to 1 hour 40 minutes. The meeting is booked for 1 hour 40 minutes.')).toBeVisible();

  // "Find a time" and a kind passed in the address use the area's agenda too, not the shipped one.
  await page.goto(`/#/families/${familyId}/find-a-time?kind=first`);
  await expect(page.getByRole('group', { name: 'How long is the meeting?' })).toContainText('First meeting: the agenda runs 100 minutes.');
  await expect(page.getByRole('radio', { name: '100 minutes' })).toBeChecked();
  await page.goto(`/#/families/${familyId}/meetings/new?kind=first`);
  await expect(page.getByRole('radio', { name: 'First meeting' })).toBeChecked();
  await expect(page.getByRole('textbox', { name: 'Length in minutes' })).toHaveValue('100');

  // Back to the one that came with the app.
  await page.goto('/#/settings/agendas');
  await first.getByRole('button', { name: 'Go back to the first meeting agenda that came with the app' }).click();
  await expect(status(page, 'The first meeting agenda that came with the app is back.')).toBeAttached();
  await expect(titles(page)).toHaveText(SHIPPED_FIRST);
  await expect(first).toContainText('This is the agenda that came with the app. The items add up to 1 hour 30 minutes');
  await expect(first.getByRole('button', { name: /^Go back to/ })).toHaveCount(0);
});
