import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { CHAIR } from './support/app';
import { addFamily } from './support/families';

/** The family's id, read from the address of the family page that addFamily ends on. */
function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id, 'the family page address').toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return id;
}

test.describe('Plan', () => {
  test('a chair starts a plan, steps it down with a reason, and sees the history', async ({ page }) => {
    await addFamily(page, { familyName: 'Okafor family', carer: { name: 'Chioma Okafor', relationship: 'Mum' }, child: { name: 'Tobi Okafor', dateOfBirth: '03/02/2016' } });
    const familyId = familyIdFrom(page);
    await page.goto(`/#/families/${familyId}/plan`);

    // With no plan yet, the plan page is where one is started.
    await expect(page.getByRole('heading', { level: 1, name: 'Start a plan: Okafor family' })).toBeVisible();
    await expect(page.getByRole('combobox', { name: 'How often the plan will be reviewed' })).toHaveValue('6-weeks');
    await expect(page.getByRole('group', { name: 'Level of need' }).getByRole('radio')).toHaveCount(4);
    await expectAccessible(page, 'start a plan');

    await page.getByRole('button', { name: 'Start the plan' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveText(['Enter the reason for the plan, in plain words', 'Choose the level of need']);
    await expectAccessible(page, 'start a plan with errors');

    // The chair's own details from first run are the lead professional's to start with.
    const lead = page.getByRole('group', { name: 'Lead professional' });
    await expect(lead.getByRole('textbox', { name: 'Name' })).toHaveValue(CHAIR.name);
    await lead.getByRole('textbox', { name: 'Name' }).fill('');
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(problems.getByRole('link')).toHaveText(["Enter the lead professional's name", 'Enter the reason for the plan, in plain words', 'Choose the level of need']);
    await lead.getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
    await lead.getByRole('textbox', { name: 'Role (optional)' }).fill('Family support worker');
    await lead.getByRole('textbox', { name: 'Agency or service (optional)' }).fill('Northfield Family Hub');
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Tobi is missing school and Chioma would like help with mornings.');
    await page.getByRole('radio', { name: 'Targeted early help' }).check();
    await expect(page.getByRole('radio', { name: 'Targeted early help' })).toHaveAccessibleDescription('Several needs, with services working together in a plan.');
    await page.getByRole('button', { name: 'Start the plan' }).click();

    await expect(page.getByRole('heading', { level: 1, name: 'Plan: Okafor family' })).toBeFocused();
    await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
    await expect(page.getByText('Active', { exact: true })).toBeVisible();
    await expect(page.getByText('Sam Patel, Family support worker, Northfield Family Hub')).toBeVisible();
    await expect(page.getByText('Every 6 weeks')).toBeVisible();
    await expect(page.getByText(/\(in 42 days\)/)).toBeVisible();
    const history = page.getByRole('list', { name: 'Status history' });
    await expect(history.getByRole('listitem')).toHaveCount(1);
    await expectAccessible(page, 'plan page');

    // A status change needs a status and a reason.
    await page.getByRole('button', { name: 'Record the change' }).click();
    // Who records it is the chair, from first run.
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue(CHAIR.name);
    await expect(problems.getByRole('link')).toHaveText(['Choose the new status', 'Say why the status is changing, in plain words']);
    await expectAccessible(page, 'status change with errors');

    const newStatus = page.getByRole('group', { name: 'New status' });
    await expect(newStatus.getByRole('radio')).toHaveCount(3);
    await newStatus.getByRole('radio', { name: 'Stepped down' }).check();
    await page.getByRole('textbox', { name: 'Why the status is changing' }).fill('Mornings are calmer and Tobi is in school every day. School will keep supporting him.');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await page.getByRole('button', { name: 'Record the change' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'The plan is now stepped down.' })).toBeFocused();
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(history.getByRole('listitem').nth(0)).toContainText('Plan started on');
    await expect(history.getByRole('listitem').nth(1)).toContainText('Stepped down on');
    await expect(history.getByRole('listitem').nth(1)).toContainText('Mornings are calmer and Tobi is in school every day.');
    await expect(history.getByRole('listitem').nth(1)).toContainText('Recorded by Sam Patel');
    // From stepped down, the plan can become active again or close.
    await expect(newStatus.getByRole('radio')).toHaveCount(2);
    await expect(newStatus.getByRole('radio', { name: 'Active' })).toBeVisible();
    await expect(newStatus.getByRole('radio', { name: 'Closed' })).toBeVisible();
    await expect(page.getByText('No review is due: the plan is not active.')).toBeVisible();
    await expectAccessible(page, 'plan page after stepping down');

    // Changing the details keeps the history as it was.
    await page.getByRole('link', { name: 'Change the plan details' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change the plan: Okafor family' })).toBeFocused();
    await expectAccessible(page, 'change the plan');
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Tobi was missing school; Chioma wanted help with mornings.');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Your changes to the plan have been saved.' })).toBeVisible();
    await expect(page.getByText('Tobi was missing school; Chioma wanted help with mornings.')).toBeVisible();
    await expect(history.getByRole('listitem')).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Back to Okafor family' })).toHaveAttribute('href', `#/families/${familyId}`);
  });
  test('a closed plan keeps its history, and a new plan can be started after it', async ({ page }) => {
    await addFamily(page, { familyName: 'Byrne family', carer: { name: 'Aoife Byrne', relationship: 'Mum' }, child: { name: 'Cian Byrne', dateOfBirth: '11/11/2019' } });
    await page.goto(`/#/families/${familyIdFrom(page)}/plan`);
    await expect(page.getByRole('heading', { level: 1, name: 'Start a plan: Byrne family' })).toBeVisible();
    await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Help with sleep and routines.');
    await page.getByRole('radio', { name: 'Early help', exact: true }).check();
    await page.getByRole('combobox', { name: 'How often the plan will be reviewed' }).selectOption({ label: 'Every 8 weeks' });
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plan: Byrne family' })).toBeFocused();
    await expect(page.getByText('Every 8 weeks')).toBeVisible();

    await page.getByRole('radio', { name: 'Closed' }).check();
    await page.getByRole('textbox', { name: 'Why the status is changing' }).fill('Routines are settled and Aoife says she no longer needs the plan.');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The plan is now closed.' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'This plan is closed' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Record the change' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Change the plan details' })).toHaveCount(0);
    await expectAccessible(page, 'closed plan');

    await page.getByRole('link', { name: 'Start a new plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Start a plan: Byrne family' })).toBeFocused();
    await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Cian is finding nursery hard.');
    await page.getByRole('radio', { name: 'Targeted early help' }).check();
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.getByText('Cian is finding nursery hard.')).toBeVisible();

    const earlier = page.getByRole('group').filter({ hasText: /^Plan started .*: closed on / });
    await expect(page.getByRole('heading', { level: 2, name: 'Earlier plans' })).toBeVisible();
    await expect(earlier).toHaveCount(1);
    await earlier.getByText(/: closed on /).click();
    await expect(earlier.getByRole('list').getByRole('listitem')).toHaveCount(2);
    await expect(earlier).toContainText('Routines are settled and Aoife says she no longer needs the plan.');
    await expectAccessible(page, 'new plan with an earlier plan');
  });
});
