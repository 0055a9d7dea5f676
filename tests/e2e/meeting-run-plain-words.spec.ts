import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';

const ONE_OWNER = 'An action works best with one person who makes sure it happens. Who is that?';
const ENDS = 'On this scale, 0 means very worried and 10 means no worries at all.';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('plain words in the room: one owner per action, and one scale with both ends labelled', async ({ page }) => {
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);

  // Actions are added on "The plan" item.
  await goToRunStep(page, '7. The plan: what needs to happen');
  // An owner that names two people gets a gentle check at the field; the action is still added.
  const add = page.getByRole('region', { name: 'Add an action' });
  const owner = add.getByRole('combobox', { name: 'Who will do it' });
  await expect(owner).toHaveAccessibleDescription('One person: start typing a name, or type anyone’s');
  await owner.fill('Mum and school');
  await expect(owner).toHaveAccessibleDescription(ONE_OWNER);
  await expect(owner).not.toHaveAttribute('aria-invalid', 'true');
  const what = add.getByRole('textbox', { name: 'What will be done' });
  await what.fill('Walk Leo to school on Mondays');
  await what.press('Enter');
  await expect(add.getByRole('status')).toHaveText('Action 1 added: Walk Leo to school on Mondays');

  // The action is a row of the list; "Edit" opens it.
  const actions = section(page, 'Actions: who will do what, by when');
  await actions.getByRole('button', { name: 'Edit action 1', exact: true }).click();
  const action = actions.getByRole('group', { name: /^Action 1:/ });
  const actionOwner = action.getByRole('combobox', { name: 'Who will do it' });
  await expect(actionOwner).toHaveValue('Mum and school');
  await expect(actionOwner).toHaveAccessibleDescription(ONE_OWNER);
  await expectAccessible(page, 'an action owned by two people, with the check');
  await actionOwner.fill('Ana Ruiz');
  await expect(actionOwner).toHaveAccessibleDescription('One person: a practitioner, a parent or carer, or the young person');

  // Scaling, on "How worried are we?": the usual question and every score say what both ends mean.
  await goToRunStep(page, '9. How worried are we?');
  const scaling = section(page, 'Scaling: how worried is everyone?');
  await expect(scaling).toContainText(`Each person gives a number from 0 to 10 and says why. ${ENDS}`);
  await scaling.getByRole('button', { name: 'Use the usual question' }).click();
  await expect(scaling.getByRole('textbox', { name: 'The question' })).toHaveValue('On a scale of 0 to 10, where 0 means very worried and 10 means no worries at all, where are things today?');
  await scaling.getByRole('button', { name: 'Add an answer', exact: true }).click();
  await expect(scaling.getByRole('group', { name: 'Score from answer 1, from 0 to 10' })).toHaveAccessibleDescription(ENDS);
  await expectAccessible(page, 'scaling with both ends labelled');
});
