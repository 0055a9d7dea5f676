import { expect, test, type Locator, type Page } from './support/test';
import { reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { daysFromToday, longDate, slashDate } from './support/clock';

const FAMILY = { familyName: 'Kaur family', carer: { name: 'Harpreet Kaur', relationship: 'Mum' }, child: { name: 'Jasleen Kaur', dateOfBirth: '12/05/2015' } };
const SUMMARY_REGION = 'Who the family has agreed we can share information with';

/** The family's id, read from the address of the family page that addFamily ends on. */
function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id, 'the family page address').toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return id;
}

async function openConsentRegister(page: Page): Promise<void> {
  await addFamily(page, FAMILY);
  await page.goto(`/#/families/${familyIdFrom(page)}/consent`);
  await expect(page.getByRole('heading', { level: 1, name: 'Consent register: Kaur family' })).toBeVisible();
}

function form(page: Page): Locator {
  return page.getByRole('form', { name: 'Record a decision' });
}

interface Decision {
  what: string;
  about: string;
  agency?: string;
  how?: string;
}

async function recordDecision(page: Page, d: Decision): Promise<void> {
  const f = form(page);
  await f.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: d.what }).check();
  await f.getByRole('group', { name: 'What is the decision about?' }).getByRole('radio', { name: d.about }).check();
  if (d.agency) await f.getByRole('combobox', { name: 'Agency or service' }).fill(d.agency);
  await f.getByRole('group', { name: /^Who / }).getByRole('radio', { name: 'Harpreet Kaur' }).check();
  if (d.how) await f.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: d.how }).check();
  await f.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await f.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeFocused();
}

test.describe('Consent register', () => {
  test('consent to two agencies, one withdrawn: the summary follows and the history keeps every event', async ({ page }) => {
    await openConsentRegister(page);
    const summary = page.getByRole('region', { name: SUMMARY_REGION });
    await expect(summary.getByText('No consent to share information has been recorded.', { exact: true })).toBeVisible();
    await expect(summary).toContainText('Consent to early help: Not recorded yet.');
    await expectAccessible(page, 'empty consent register');

    await recordDecision(page, { what: 'They agreed (consent given)', about: 'Early help itself', how: 'Signed form' });
    await expect(summary).toContainText(/Consent to early help: Yes\. Harpreet Kaur agreed on \d{1,2} \w+ \d{4} \(signed form\)\./);

    await recordDecision(page, { what: 'They agreed (consent given)', about: 'Sharing information with an agency or service', agency: 'School', how: 'Spoken' });
    await recordDecision(page, { what: 'They agreed (consent given)', about: 'Sharing information with an agency or service', agency: 'Housing', how: 'In writing' });
    await expect(summary.getByText('School: yes. Housing: yes.', { exact: true })).toBeVisible();
    await expectAccessible(page, 'consent register with consent recorded');

    // The quick way to withdraw fills the form in for Housing, with the person who gave it.
    await page.getByRole('button', { name: 'Withdraw consent to share information with Housing' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Record a decision' })).toBeFocused();
    const f = form(page);
    await expect(f.getByRole('radio', { name: 'They withdrew consent they had given' })).toBeChecked();
    await expect(f.getByRole('radio', { name: 'Sharing information with an agency or service' })).toBeChecked();
    await expect(f.getByRole('combobox', { name: 'Agency or service' })).toHaveValue('Housing');
    await expect(f.getByRole('group', { name: 'Who withdrew consent?' }).getByRole('radio', { name: 'Harpreet Kaur' })).toBeChecked();
    await expect(f.getByRole('group', { name: 'How did they tell you? (optional)' })).toBeVisible();
    await expectAccessible(page, 'consent form filled in to withdraw');
    await f.getByRole('button', { name: 'Add to the register' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Harpreet Kaur withdrew consent to share information with Housing.' })).toBeFocused();

    await expect(summary.getByText('School: yes. Housing: no.', { exact: true })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Withdraw consent to share information with Housing' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Withdraw consent to share information with School' })).toBeVisible();

    // Nothing was overwritten: four events, newest first, and nothing in the history can be changed.
    const history = page.getByRole('region', { name: 'Full history' });
    const rows = history.getByRole('table').getByRole('row');
    await expect(rows).toHaveCount(5);
    await expect(rows.nth(1)).toContainText('Consent withdrawn. Harpreet Kaur withdrew consent to share information with Housing.');
    await expect(rows.nth(2)).toContainText('Consent given. Harpreet Kaur gave consent to share information with Housing.');
    await expect(rows.nth(3)).toContainText('Consent given. Harpreet Kaur gave consent to share information with School.');
    await expect(rows.nth(4)).toContainText('Consent given. Harpreet Kaur gave consent to early help.');
    await expect(history.getByRole('button')).toHaveCount(0);
    await expect(page.getByText('Entries cannot be changed or deleted.', { exact: false })).toBeVisible();
    await expectAccessible(page, 'consent register after a withdrawal');

    await reloadAndUnlock(page);
    await expect(summary.getByText('School: yes. Housing: no.', { exact: true })).toBeVisible();
    await expect(rows).toHaveCount(5);
  });

  test('messages at the field: a date in the future, a review date before the date, a withdrawal of nothing', async ({ page }) => {
    await openConsentRegister(page);
    const f = form(page);
    await f.getByRole('radio', { name: 'They agreed (consent given)' }).check();
    await f.getByRole('radio', { name: 'Early help itself' }).check();
    await f.getByRole('radio', { name: 'Harpreet Kaur' }).check();
    await f.getByRole('radio', { name: 'Signed form' }).check();
    await f.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    const date = f.getByRole('textbox', { name: 'Date', exact: true });
    await date.fill(slashDate(daysFromToday(1)));
    await f.getByRole('button', { name: 'Add to the register' }).click();

    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problems).toBeFocused();
    await expect(problems.getByRole('link')).toHaveText(['The date must be today or in the past']);
    await expect(date).toHaveAccessibleDescription(/The date must be today or in the past/);
    await expect(date).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'consent form with a date in the future');

    const given = daysFromToday(-30);
    await date.fill(slashDate(given));
    const reviewBy = f.getByRole('textbox', { name: 'Date to check this consent again (optional)' });
    await reviewBy.fill(slashDate(given.subtract({ days: 5 })));
    await f.getByRole('button', { name: 'Add to the register' }).click();
    const tooEarly = `The review date must be after ${longDate(given)}`;
    await expect(problems.getByRole('link')).toHaveText([tooEarly]);
    await expect(reviewBy).toHaveAccessibleDescription(new RegExp(tooEarly));
    await problems.getByRole('link', { name: tooEarly }).click();
    await expect(reviewBy).toBeFocused();

    // Withdrawing consent that was never given is refused, with the way forward.
    await f.getByRole('radio', { name: 'They withdrew consent they had given' }).check();
    await f.getByRole('radio', { name: 'Sharing information with an agency or service' }).check();
    await f.getByRole('combobox', { name: 'Agency or service' }).fill('Police');
    await f.getByRole('button', { name: 'Add to the register' }).click();
    const what = f.getByRole('group', { name: 'What happened?' });
    await expect(what).toHaveAccessibleDescription(/There is no consent to sharing with Police to withdraw\. To record that the family said no, record a refusal/);
    await expectAccessible(page, 'consent form with a withdrawal of nothing');

    await reloadAndUnlock(page);
    await expect(page.getByRole('region', { name: 'Full history' }).getByText('Nothing has been recorded yet.')).toBeVisible();
  });

  test('keyboard only: consent to early help is recorded without a mouse', async ({ page }) => {
    await openConsentRegister(page);
    // Tab from the top of the page to the first question.
    for (let i = 0; i < 40; i += 1) {
      await page.keyboard.press('Tab');
      if (await page.getByRole('radio', { name: 'They agreed (consent given)' }).evaluate((el) => el === document.activeElement)) break;
    }
    await expect(page.getByRole('radio', { name: 'They agreed (consent given)' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Early help itself' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Harpreet Kaur' })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Date', exact: true })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('radio', { name: 'Spoken' })).toBeFocused();
    // Arrow keys move between the answers to one question.
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'In writing' })).toBeChecked();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Date to check this consent again (optional)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Anything else to record (optional)' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
    await page.keyboard.type('Sam Patel');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Add to the register' })).toBeFocused();
    await page.keyboard.press('Enter');

    await expect(page.getByRole('status').filter({ hasText: 'Harpreet Kaur gave consent to early help.' })).toBeFocused();
    await expect(page.getByRole('region', { name: SUMMARY_REGION })).toContainText(/Consent to early help: Yes\. Harpreet Kaur agreed on .* \(in writing\)\./);
    await expectAccessible(page, 'consent register after recording by keyboard');
  });
});
