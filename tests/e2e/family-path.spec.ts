import { expect, test, type Locator, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { daysFromToday, londonInstant, longDate, slashDate, today } from './support/clock';
import { addFamily } from './support/families';
import { tabTo } from './support/keyboard';
import { planMeeting } from './support/meetings';

const FAMILY = { familyName: 'Adeyemi family', carer: { name: 'Funmi Adeyemi', relationship: 'Mum' }, child: { name: 'Tayo Adeyemi', dateOfBirth: '14/03/2016' } };

function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id, 'the family page address').toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return id;
}

const nextStep = (page: Page): Locator => page.getByRole('region', { name: 'What to do next' });
const path = (page: Page): Locator => page.getByRole('region', { name: 'The family’s path' });
/** A step of the path, by its name and the status a screen reader hears with it: "Consent – done". */
const step = (page: Page, name: string, status: string): Locator => path(page).getByRole('link', { name: `${name} – ${status}`, exact: true });

async function openFamily(page: Page, familyId: string): Promise<void> {
  await page.goto(`/#/families/${familyId}`);
  await expect(page.getByRole('heading', { level: 1, name: FAMILY.familyName })).toBeVisible();
}

async function expectNext(page: Page, reason: string | RegExp, button: string): Promise<void> {
  await expect(nextStep(page)).toContainText(reason);
  await expect(nextStep(page).getByRole('link', { name: button, exact: true })).toBeVisible();
}

async function recordConsent(page: Page, about: string, agency?: string): Promise<void> {
  const form = page.getByRole('form', { name: 'Record a decision' });
  await form.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: 'They agreed (consent given)' }).check();
  await form.getByRole('group', { name: 'What is the decision about?' }).getByRole('radio', { name: about }).check();
  if (agency) await form.getByRole('combobox', { name: 'Agency or service' }).fill(agency);
  await form.getByRole('group', { name: /^Who / }).getByRole('radio', { name: FAMILY.carer.name }).check();
  await form.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: 'Signed form' }).check();
  await form.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await form.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeFocused();
}

test.describe('The family’s path', () => {
  test('what to do next comes first, and the path’s statuses change as each step is done', async ({ page }) => {
    // A long walk through seven screens, on a machine other work shares.
    test.setTimeout(180_000);
    await addFamily(page, FAMILY);
    const familyId = familyIdFrom(page);

    // "What to do next" is the first section of the page, then the path as an ordered task list.
    await expect(page.locator('#main h2').first()).toHaveText('What to do next');
    const items = path(page).getByRole('list').first().getByRole('listitem');
    await expect(items).toHaveCount(11);
    await expect(path(page).getByRole('list').first()).toHaveJSProperty('tagName', 'OL');
    await expect(step(page, 'Family details', 'needs attention')).toHaveAccessibleDescription('No phone number, email or address is recorded, so the family cannot be sent an invitation.');
    for (const name of ['Consent', 'Plan', 'The family’s week', 'Find a time', 'Agenda and invitations', 'Run the meeting', 'Minutes', 'The family’s review', 'Sharing', 'The next review']) {
      await expect(step(page, name, 'not started')).toBeVisible();
    }
    await expectNext(page, 'Family details: No phone number, email or address is recorded', 'Add contact details');
    await expectAccessible(page, 'family page with its path');

    // Add a way to reach the family: the details are done and consent comes next.
    await nextStep(page).getByRole('link', { name: 'Add contact details' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Edit ${FAMILY.familyName}` })).toBeVisible();
    await page.getByRole('group', { name: 'Parent or carer 1', exact: true }).getByRole('textbox', { name: 'Phone number (optional)' }).fill('07700 900321');
    await page.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: FAMILY.familyName })).toBeVisible();
    await expect(step(page, 'Family details', 'done')).toBeVisible();
    await expectNext(page, 'Consent: The family’s agreement to early help has not been recorded.', 'Record consent');

    // Consent to early help alone is in progress; with consent to share with school, done.
    await nextStep(page).getByRole('link', { name: 'Record consent' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Consent register: ${FAMILY.familyName}` })).toBeVisible();
    await recordConsent(page, 'Early help itself');
    await openFamily(page, familyId);
    await expect(step(page, 'Consent', 'in progress')).toBeVisible();
    await expectNext(page, 'Who they agree to share information with is not recorded yet.', 'Record consent to share');
    await nextStep(page).getByRole('link', { name: 'Record consent to share' }).click();
    await recordConsent(page, 'Sharing information with an agency or service', 'School');
    await openFamily(page, familyId);
    await expect(step(page, 'Consent', 'done')).toBeVisible();
    await expectNext(page, 'Plan: There is no plan for this family yet.', 'Start a plan');

    // Start a plan: done, and the family's week comes next.
    await nextStep(page).getByRole('link', { name: 'Start a plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Start a plan: ${FAMILY.familyName}` })).toBeVisible();
    await page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' }).fill('Sam Patel');
    await page.getByRole('textbox', { name: 'Why the family is getting early help' }).fill('Tayo is missing school and Funmi would like help with mornings.');
    await page.getByRole('radio', { name: 'Targeted early help' }).check();
    await page.getByRole('button', { name: 'Start the plan' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Plan: ${FAMILY.familyName}` })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
    await openFamily(page, familyId);
    await expect(step(page, 'Plan', 'done')).toHaveAccessibleDescription(`Started on ${longDate(today())}, with Sam Patel as lead professional.`);
    await expectNext(page, 'The family’s week: When the family are busy and when suits them is not recorded yet.', 'Record the family’s week');
    await expectAccessible(page, 'family page part-way along the path');

    // Each step's link lands on the screen that does it.
    const lands: Array<[string, string, string]> = [
      ['Family details', 'done', `Edit ${FAMILY.familyName}`],
      ['Consent', 'done', `Consent register: ${FAMILY.familyName}`],
      ['Plan', 'done', `Plan: ${FAMILY.familyName}`],
      ['The family’s week', 'not started', "The family's week"],
      ['Find a time', 'not started', 'Find a meeting time'],
      ['Agenda and invitations', 'not started', 'Find a meeting time'],
      ['Run the meeting', 'not started', 'Find a meeting time'],
      ['The next review', 'not started', 'Find a meeting time'],
    ];
    for (const [name, status, heading] of lands) {
      await step(page, name, status).click();
      await expect(page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible();
      await openFamily(page, familyId);
    }

    // Find a time straight from the path: no date is asked for first; the slot plans a first meeting.
    await step(page, 'Find a time', 'not started').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Find a meeting time' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'First day' })).toHaveValue(slashDate(today()));
    await page.getByRole('button', { name: 'Find meeting times' }).click();
    const first = page.getByRole('region', { name: /^The best \d+ times$/ }).getByRole('button', { name: /^Plan the meeting for this time/ }).first();
    await first.click();
    await expect(page.getByRole('heading', { level: 1, name: `Plan a meeting: ${FAMILY.familyName}` })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'First meeting' })).toBeChecked();
    await expect(page.getByRole('textbox', { name: 'Date' })).not.toHaveValue('');
    await page.getByRole('radio', { name: /^A place such as/ }).check();
    await page.getByRole('textbox', { name: 'Name of the place' }).fill('Larkfield Family Hub');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `First meeting: ${FAMILY.familyName}` })).toBeVisible();

    // The week was left out: it stays "not started", but what to do next has moved on to the invitations.
    await openFamily(page, familyId);
    await expect(step(page, 'Find a time', 'done')).toHaveAccessibleDescription(/^First meeting planned for \w+ \d{1,2} \w+ \d{4} at /);
    await expect(step(page, 'The family’s week', 'not started')).toBeVisible();
    await expectNext(page, /Agenda and invitations: The agenda is ready\. No invitations have been made yet/, 'Send the invitations');
    await nextStep(page).getByRole('link', { name: 'Send the invitations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: `First meeting: ${FAMILY.familyName}` })).toBeVisible();
    await openFamily(page, familyId);
    await step(page, 'Run the meeting', 'not started').click();
    await expect(page.getByRole('heading', { level: 1, name: `First meeting: ${FAMILY.familyName}` })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();
  });

  test('a meeting that has already happened shows no "tell the family" notice', async ({ page }) => {
    const meeting = await planMeeting(page, { family: FAMILY, startsAt: londonInstant(daysFromToday(3), '16:00') });
    const change = page.getByRole('region', { name: 'Change the meeting' });
    await change.getByRole('textbox', { name: 'Start time' }).fill('17:00');
    await change.getByRole('button', { name: 'Save the change' }).click();
    await expect(page.getByText('Tell the family about the change first')).toBeVisible();

    // Moved to earlier today, before the fixed clock's 10am: it has happened, so the notice goes.
    await change.getByRole('textbox', { name: 'Date' }).fill(slashDate(today()));
    await change.getByRole('textbox', { name: 'Start time' }).fill('08:00');
    await change.getByRole('button', { name: 'Save the change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The meeting has been changed.' })).toBeFocused();
    await expect(page.getByText('Tell the family about the change first')).toHaveCount(0);
    await openFamily(page, meeting.familyId);
    await expect(page.getByText('Tell the family about the change first')).toHaveCount(0);
    await expect(step(page, 'Agenda and invitations', 'done')).toHaveAccessibleDescription('The meeting has taken place.');
    await expect(step(page, 'Run the meeting', 'not started')).toBeVisible();
  });

  test('the first meeting guide and the glossary open from the header and the path, and work by keyboard', async ({ page }) => {
    await addFamily(page, FAMILY);

    // From a step of the path to its part of the guide, which takes focus.
    await path(page).getByRole('link', { name: 'Help with Consent', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Your first meeting' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '2. Consent' })).toBeFocused();
    await expectAccessible(page, 'first meeting guide');

    // From the header, by keyboard: the contents move focus to each part.
    await page.getByRole('link', { name: 'Families', exact: true }).click();
    await tabTo(page, 'Help');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Your first meeting' })).toBeFocused();
    const contents = page.getByRole('navigation', { name: 'The steps' });
    await expect(contents.getByRole('link')).toHaveCount(11);
    await tabTo(page, 'Run the meeting');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '7. Run the meeting' })).toBeFocused();

    // The glossary, reached from the guide by keyboard.
    await page.getByRole('heading', { level: 1, name: 'Your first meeting' }).focus();
    await tabTo(page, 'glossary of roles and abbreviations');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Glossary of roles and abbreviations' })).toBeFocused();
    const abbreviations = page.getByRole('region', { name: 'Abbreviations' });
    await expect(abbreviations.getByRole('term').filter({ hasText: 'TAF' })).toHaveText('TAF: Team Around the Family');
    await expect(page.getByRole('region', { name: 'Roles and other words' }).getByRole('term').filter({ hasText: 'Lead professional' })).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'The one person who keeps in touch with you' }).first()).toBeVisible();
    await expectAccessible(page, 'glossary');
  });
});

