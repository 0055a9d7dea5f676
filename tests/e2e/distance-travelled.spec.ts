import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { daysFromToday, londonInstant, longDate, slashDate } from './support/clock';
import { addFamily } from './support/families';
import { planMeetingFor } from './support/meeting-journey';
import { goToRunStep, openMeetingRun } from './support/meetings';

const OKAFOR = { familyName: 'Okafor family', carer: { name: 'Chioma Okafor', relationship: 'Mum' }, child: { name: 'Tobi Okafor', dateOfBirth: '03/02/2016' } };
const QUESTION = 'On a scale of 0 to 10, where 0 means very worried and 10 means no worries at all, where are things today?';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** On the live meeting screen: Chioma came, and gave this score to the usual question. */
async function scoreAtMeeting(page: Page, score: number): Promise<void> {
  await goToRunStep(page, 'Who is here');
  await section(page, 'Who is here').getByRole('group', { name: OKAFOR.carer.name, exact: true }).getByRole('radio', { name: 'Came to the meeting' }).check();
  // Scaling is on the "How worried are we?" item (9 at a first meeting, 10 at a review).
  await goToRunStep(page, /^\d+\. How worried are we\?$/);
  const scaling = section(page, 'Scaling: how worried is everyone?');
  await scaling.getByRole('button', { name: 'Use the usual question' }).click();
  await scaling.getByRole('button', { name: 'Add an answer for everyone who came (1)' }).click();
  await scaling.getByRole('group', { name: `Score from ${OKAFOR.carer.name}, from 0 to 10` }).getByRole('radio', { name: String(score), exact: true }).check();
  await expect(page.getByRole('status').filter({ hasText: /^Saved at \d{2}:\d{2}$/ })).toBeVisible();
}

test.describe('Distance travelled', () => {
  test('the plan page shows the scaling across the plan’s meetings as a chart, in words and as a table, and the actions done at each review', async ({ page }) => {
    test.setTimeout(120_000);
    await addFamily(page, OKAFOR);
    const familyId = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';

    // A plan started seventy days ago.
    await page.goto(`/#/families/${familyId}/plan`);
    await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
    await page.getByRole('textbox', { name: 'Start date' }).fill(slashDate(daysFromToday(-70)));
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Tobi is missing school.');
    await page.getByRole('radio', { name: 'Targeted early help' }).check();
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
    const distance = section(page, 'Distance travelled');
    await expect(distance).toContainText('Nothing to show yet.');

    // The first meeting, sixty days ago: Chioma scores 3 and an action is agreed.
    const firstDay = daysFromToday(-60);
    const first = await planMeetingFor(page, { familyId, familyName: OKAFOR.familyName, carerName: OKAFOR.carer.name, kind: 'First meeting', startsAt: londonInstant(firstDay, '10:00') });
    await openMeetingRun(page, first);
    await scoreAtMeeting(page, 3);
    await goToRunStep(page, '7. The plan: what needs to happen');
    const add = page.getByRole('region', { name: 'Add an action' });
    await add.getByRole('textbox', { name: 'What will be done' }).fill('Find a breakfast club near school');
    await add.getByRole('combobox', { name: 'Who will do it' }).fill(OKAFOR.carer.name);
    await add.getByRole('textbox', { name: 'Done by' }).fill(slashDate(daysFromToday(-40)));
    await add.getByRole('button', { name: 'Add the action' }).click();
    await expect(add.getByRole('status')).toHaveText('Action 1 added: Find a breakfast club near school');

    // The review, twenty days ago: Chioma scores 6 and the action was done.
    const reviewDay = daysFromToday(-20);
    const review = await planMeetingFor(page, { familyId, familyName: OKAFOR.familyName, carerName: OKAFOR.carer.name, kind: 'Review meeting', startsAt: londonInstant(reviewDay, '10:00') });
    await openMeetingRun(page, review, 'Review meeting');
    await goToRunStep(page, "3. Review of the last plan's actions");
    await page.getByRole('region', { name: 'Actions from earlier meetings' }).getByRole('group', { name: 'Find a breakfast club near school' }).getByRole('radio', { name: 'Done', exact: true }).check();
    await scoreAtMeeting(page, 6);

    await page.goto(`/#/families/${familyId}/plan`);
    await expect(page.getByRole('heading', { level: 1, name: `Plan: ${OKAFOR.familyName}` })).toBeVisible();
    const trend = `Scaling went up from 3 at the first meeting on ${longDate(firstDay)} to 6 on ${longDate(reviewDay)}.`;
    await expect(distance.getByRole('heading', { level: 3, name: QUESTION })).toBeVisible();
    await expect(distance.getByText(trend, { exact: true })).toBeVisible();
    const chart = distance.getByRole('img', { name: `Scaling at each meeting: ${QUESTION}` });
    await expect(chart).toBeVisible();
    await expect(chart).toHaveAccessibleDescription(trend);
    await expect(distance).toContainText(`${OKAFOR.carer.name} (blue, solid line)`);

    const table = distance.getByRole('table', { name: `Scores from 0 to 10 at each meeting: ${QUESTION}` });
    await expect(table.getByRole('columnheader')).toHaveText(['Meeting', OKAFOR.carer.name]);
    await expect(table.getByRole('row')).toHaveText([`Meeting${OKAFOR.carer.name}`, `${longDate(firstDay)}3`, `${longDate(reviewDay)}6`]);

    await expect(distance.getByText(`At the review on ${longDate(reviewDay)}, 1 earlier action was looked at: 1 done.`)).toBeVisible();
    const actions = distance.getByRole('table', { name: 'Earlier actions at each review: how many were done, partly done and not done' });
    await expect(actions.getByRole('row').nth(1)).toHaveText(`${longDate(reviewDay)}100`);
    await expectAccessible(page, 'plan page with distance travelled');

    // The family's path says it beside the plan.
    await page.goto(`/#/families/${familyId}`);
    const planStep = page.getByRole('region', { name: 'The family’s path' }).getByRole('link', { name: 'Plan – done', exact: true });
    await expect(planStep).toHaveAccessibleDescription(`Started on ${longDate(daysFromToday(-70))}, with Sam Patel as lead professional. ${trend}`);
  });
});
