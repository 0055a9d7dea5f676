import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';
import { expect, test, type Page } from './support/test';

const actionsRegion = (page: Page) => page.getByRole('region', { name: 'Actions: who will do what, by when' });

test('an action owner who is not in the directory is added from the action, without leaving the meeting, and lands in the directory', async ({ page }) => {
  test.setTimeout(120_000);
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);
  await goToRunStep(page, '7. The plan: what needs to happen');
  const add = page.getByRole('region', { name: 'Add an action' });
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Arrange a hearing test for Leo');
  await add.getByRole('combobox', { name: 'Who will do it' }).fill('Tom Reed');
  await add.getByRole('button', { name: 'Add the action' }).click();
  await expect(add.getByRole('status')).toHaveText('Action 1 added: Arrange a hearing test for Leo');

  await actionsRegion(page).getByRole('button', { name: 'Edit action 1', exact: true }).click();
  const action = actionsRegion(page).getByRole('group', { name: /^Action 1:/ });
  await action.getByRole('button', { name: 'Add an owner who is not in the directory (action 1)' }).click();
  const inline = action.getByRole('region', { name: 'Someone who is not in the directory' });
  await expect(inline.getByRole('heading', { name: 'Someone who is not in the directory' })).toBeFocused();
  // The name already typed as the owner starts the form.
  await expect(inline.getByRole('textbox', { name: 'Full name' })).toHaveValue('Tom Reed');
  await expectAccessible(page, 'an action with the inline practitioner form');

  // Checked like the directory's own form: a contact is needed.
  await inline.getByRole('textbox', { name: 'Role' }).fill('School nurse');
  await inline.getByRole('textbox', { name: 'Agency or organisation' }).fill('Kirkby Health Visiting');
  await inline.getByRole('button', { name: 'Add to the directory and make them the owner' }).click();
  await expect(inline.getByRole('alert').filter({ hasText: 'Enter a phone number or a secure email address' })).toBeVisible();
  await inline.getByRole('textbox', { name: 'Secure email address' }).fill('tom.reed@example.nhs.uk');
  await inline.getByRole('button', { name: 'Add to the directory and make them the owner' }).click();

  // Back on the action, with them as its owner, still on the live meeting screen.
  await expect(inline).toHaveCount(0);
  const owner = action.getByRole('combobox', { name: 'Who will do it' });
  await expect(owner).toHaveValue('Tom Reed');
  await expect(owner).toBeFocused();
  expect(page.url()).toContain(meeting.runUrl.slice(1));
  // They are now offered as an owner for the next action.
  await expect(page.locator('#action-owner-suggestions option[value="Tom Reed"]')).toHaveAttribute('label', 'School nurse, Kirkby Health Visiting');
  await expectAccessible(page, 'an action after adding its owner to the directory');

  await page.waitForTimeout(300);
  await reloadAndUnlock(page);
  await expect(actionsRegion(page).getByRole('list', { name: 'Actions agreed at this meeting' }).getByRole('listitem').first()).toContainText('Tom Reed');

  // In the directory.
  await page.goto('/#/directory');
  await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
  const card = page.getByRole('list', { name: 'Practitioners' }).getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: 'Tom Reed' }) });
  await expect(card).toContainText('School nurse');
  await expect(card).toContainText('tom.reed@example.nhs.uk');
});

test("the quick-add row adds an owner who is not in the directory, and the action is theirs", async ({ page }) => {
  test.setTimeout(120_000);
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);
  await goToRunStep(page, '7. The plan: what needs to happen');
  const add = page.getByRole('region', { name: 'Add an action' });
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Book a sleep clinic for Leo');
  await add.getByRole('combobox', { name: 'Who will do it' }).fill('Grace Obi');
  await add.getByRole('button', { name: 'Add an owner who is not in the directory' }).click();
  const inline = add.getByRole('region', { name: 'Someone who is not in the directory' });
  await expect(inline.getByRole('heading', { name: 'Someone who is not in the directory' })).toBeFocused();
  await expect(inline.getByRole('textbox', { name: 'Full name' })).toHaveValue('Grace Obi');
  await expectAccessible(page, 'the quick-add row with the inline practitioner form');
  await inline.getByRole('textbox', { name: 'Role' }).fill('Health visitor');
  await inline.getByRole('textbox', { name: 'Agency or organisation' }).fill('Kirkby Community Health');
  await inline.getByRole('textbox', { name: 'Phone number' }).fill('01632 960 222');
  await inline.getByRole('button', { name: 'Add to the directory and make them the owner' }).click();

  await expect(inline).toHaveCount(0);
  const owner = add.getByRole('combobox', { name: 'Who will do it' });
  await expect(owner).toHaveValue('Grace Obi');
  await expect(owner).toBeFocused();
  await expect(page.locator('#action-owner-suggestions option[value="Grace Obi"]')).toHaveAttribute('label', 'Health visitor, Kirkby Community Health');
  await add.getByRole('button', { name: 'Add the action' }).click();
  await expect(add.getByRole('status')).toHaveText('Action 1 added: Book a sleep clinic for Leo');
  await expect(actionsRegion(page).getByRole('list', { name: 'Actions agreed at this meeting' }).getByRole('listitem').first()).toContainText('Grace Obi');
  expect(page.url()).toContain(meeting.runUrl.slice(1));
});
