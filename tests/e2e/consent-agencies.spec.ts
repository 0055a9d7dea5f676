import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { longDate, today } from './support/clock';
import { planMeeting } from './support/meetings';

const PRIYA = { name: 'Priya Shah', role: 'Designated safeguarding lead', agency: 'Oak Primary School' };
const TOM = { name: 'Tom Reed', role: 'Health visitor', agency: 'Kirkby Health Visiting' };
const LENA = { name: 'Lena Novak', role: 'Housing officer', agency: 'Leeds Housing' };
const AGENCIES = [TOM.agency, LENA.agency, PRIYA.agency];

/** Records one decision on the register's single form: early help, or a named practitioner. */
async function recordOne(page: Page, what: string, about: string, how: string, practitioner?: string): Promise<void> {
  const f = page.getByRole('form', { name: 'Record a decision' });
  await f.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: what }).check();
  await f.getByRole('group', { name: 'What is the decision about?' }).getByRole('radio', { name: about }).check();
  if (practitioner) await f.getByRole('combobox', { name: 'Practitioner' }).selectOption({ label: practitioner });
  await f.getByRole('group', { name: /^Who / }).getByRole('radio', { name: 'Ana Ruiz' }).check();
  await f.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: how }).check();
  await f.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await f.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeFocused();
}

test.describe('consent per agency', () => {
  test('consent for three agencies in one submission covers a named person at one of them, and the reason is shown where it is used', async ({ page }) => {
    test.setTimeout(150_000);
    const meeting = await planMeeting(page, { practitioners: [PRIYA, TOM, LENA] });
    const invitations = page.getByRole('region', { name: 'Invitations' });
    await expect(invitations).toContainText("The family's consent to early help has not been recorded. Record it before sending the invitation to Priya Shah (Oak Primary School).");

    await page.goto(`/#/families/${meeting.familyId}/consent`);
    await expect(page.getByRole('heading', { level: 1, name: 'Consent register: Ruiz family' })).toBeVisible();
    await recordOne(page, 'They agreed (consent given)', 'Early help itself', 'Signed form');

    // One row per agency people in the directory work for, each covering them.
    const f = page.getByRole('form', { name: 'Answer for several agencies at once' });
    const row = (agency: string) => f.getByRole('group', { name: agency, exact: true });
    for (const agency of AGENCIES) await expect(row(agency).getByRole('radio', { name: 'Not asked' })).toBeChecked();
    await expect(row(PRIYA.agency)).toHaveAccessibleDescription('Today: Not asked yet. Covers Priya Shah, in the directory.');
    await expectAccessible(page, 'consent register with the agencies form');

    // Nothing answered: the form says so at the first agency, and nothing is recorded.
    await f.getByRole('button', { name: 'Add these answers to the register' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Answer yes or no for at least one agency' })).toBeFocused();
    await expectAccessible(page, 'agencies form with a problem');

    for (const agency of AGENCIES) await row(agency).getByRole('radio', { name: 'Yes' }).check();
    await f.getByRole('group', { name: 'Who answered?' }).getByRole('radio', { name: 'Ana Ruiz' }).check();
    await f.getByRole('group', { name: 'How did they give consent?' }).getByRole('radio', { name: 'Spoken' }).check();
    await f.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await f.getByRole('button', { name: 'Add these answers to the register' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added to the register: 3 decisions.' })).toBeFocused();

    // The history is still one event per decision.
    const history = page.getByRole('region', { name: 'Table of consent decisions' }).getByRole('row');
    await expect(history).toHaveCount(5);
    for (const agency of AGENCIES) {
      await expect(history.filter({ hasText: `Consent given. Ana Ruiz gave consent to share information with ${agency}.` })).toHaveCount(1);
    }
    await expect(page.getByText('Kirkby Health Visiting: yes. Leeds Housing: yes. Oak Primary School: yes.', { exact: true })).toBeVisible();

    // A decision about a named person wins over the one about their agency.
    await recordOne(page, 'They said no (consent refused)', 'Sharing information with a named practitioner', 'Spoken', `${LENA.name}, ${LENA.role}, ${LENA.agency}`);
    await expectAccessible(page, 'consent register after the agencies were answered');

    // Where it is used: each practitioner's invitation says whether and why, in words.
    await page.goto(meeting.meetingUrl);
    const on = longDate(today());
    await expect(invitations.getByText(
      `Priya Shah may receive the invitation: they work for Oak Primary School, and Ana Ruiz gave consent to share with Oak Primary School on ${on} (spoken).`,
      { exact: true },
    )).toBeVisible();
    await expect(invitations.getByText(
      `Lena Novak may not receive the invitation: Ana Ruiz said no to sharing with Lena Novak (Leeds Housing) on ${on}. The decision about Lena Novak by name counts, although Ana Ruiz gave consent to share with Leeds Housing on ${on}. Do not send the invitation to Lena Novak (Leeds Housing).`,
      { exact: true },
    )).toBeVisible();
    await expectAccessible(page, 'meeting page with the reasons for each invitation');
  });
});
