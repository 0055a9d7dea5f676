import { expect, test, type Page } from './support/test';
import { CHAIR, reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';

/** The family's id, read from the address of the family page that addFamily ends on. */
function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id, 'the family page address').toMatch(/^[A-Za-z0-9_-]{8,}$/);
  return id;
}

async function openReferral(page: Page, familyName: string, carer: string, child: string): Promise<string> {
  await addFamily(page, { familyName, carer: { name: carer, relationship: 'Dad' }, child: { name: child, dateOfBirth: '20/09/2018' } });
  const familyId = familyIdFrom(page);
  await page.goto(`/#/families/${familyId}/safeguarding`);
  await expect(page.getByRole('heading', { level: 1, name: `Referral to children's social care: ${familyName}` })).toBeVisible();
  return familyId;
}

test.describe('Safeguarding referral', () => {
  test('a referral where the family was not told is recorded with the reason, and listed', async ({ page }) => {
    await openReferral(page, 'Novak family', 'Marek Novak', 'Ela Novak');
    await expect(page.getByText("You do not need the family's consent to make a referral.", { exact: false })).toBeVisible();
    await expect(page.getByText('No referrals have been recorded for this family.')).toBeVisible();
    // The only child is already chosen.
    await expect(page.getByRole('group', { name: 'Which children is the referral about?' }).getByRole('checkbox', { name: 'Ela Novak' })).toBeChecked();
    await expectAccessible(page, 'record a referral');

    await page.getByRole('button', { name: 'Record the referral' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problems).toBeFocused();
    // Who made it and who records it start as the chair, from first run.
    await expect(page.getByRole('textbox', { name: 'Who made the referral?' })).toHaveValue(CHAIR.name);
    await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue(CHAIR.name);
    await expect(problems.getByRole('link')).toHaveText(['Enter the reason for the referral', 'Say whether the family was told about the referral']);
    await expectAccessible(page, 'referral with errors');

    await page.getByRole('textbox', { name: 'Who made the referral?' }).fill('Sam Patel');
    await page.getByRole('textbox', { name: 'Their role (optional)' }).fill('Designated safeguarding lead');
    await page.getByRole('textbox', { name: 'Why was the referral made?' }).fill('Ela said Dad hurt her arm last night. There is a bruise on her upper arm.');
    const told = page.getByRole('group', { name: 'Was the family told about the referral?' });
    await told.getByRole('radio', { name: 'No' }).check();
    const whyNot = page.getByRole('textbox', { name: 'Why were they not told?' });
    await expect(whyNot).toBeVisible();
    await page.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await page.getByRole('button', { name: 'Record the referral' }).click();
    await expect(problems.getByRole('link')).toHaveText(['Enter the reason the family was not told']);
    await expect(whyNot).toHaveAccessibleDescription(/Enter the reason the family was not told/);
    await expectAccessible(page, 'referral with the reason for not telling missing');

    await whyNot.fill('Social care advised us not to, because telling Dad could put Ela at more risk.');
    await page.getByRole('button', { name: 'Record the referral' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'The referral has been recorded.' })).toBeFocused();
    const listed = page.getByRole('listitem').filter({ hasText: "referred to Children's social care" });
    await expect(listed).toHaveCount(1);
    await expect(listed).toContainText('Ela Novak');
    await expect(listed).toContainText('Sam Patel, Designated safeguarding lead');
    await expect(listed).toContainText('Ela said Dad hurt her arm last night.');
    await expect(listed).toContainText('The family was not told, because: Social care advised us not to, because telling Dad could put Ela at more risk.');
    // The form is ready for another referral.
    await expect(page.getByRole('textbox', { name: 'Why was the referral made?' })).toHaveValue('');
    await expectAccessible(page, 'referral recorded');

    await reloadAndUnlock(page);
    await expect(page.getByRole('listitem').filter({ hasText: "referred to Children's social care" })).toHaveCount(1);
  });

  test('a family with no consent recorded at all can still be referred, straight away', async ({ page }) => {
    const familyId = await openReferral(page, 'Silva family', 'Rui Silva', 'Inês Silva');

    // Nothing at all in the consent register...
    await page.goto(`/#/families/${familyId}/consent`);
    await expect(page.getByText('No consent to share information has been recorded.', { exact: true })).toBeVisible();
    await expect(page.getByText('Consent to early help: Not recorded yet.', { exact: false })).toBeVisible();

    // ...and the referral is still recorded, with nothing in the way.
    await page.goto(`/#/families/${familyId}/safeguarding`);
    await page.getByRole('textbox', { name: 'Who made the referral?' }).fill('Priya Shah');
    await page.getByRole('textbox', { name: 'Who was the referral made to?' }).fill('Leeds children’s social care front door');
    await page.getByRole('textbox', { name: 'Why was the referral made?' }).fill('Inês told her teacher she is often left alone overnight.');
    await page.getByRole('group', { name: 'Was the family told about the referral?' }).getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('textbox', { name: 'Which family members were told, and how (optional)' }).fill('Dad, by phone');
    await page.getByRole('textbox', { name: 'Who told them?' }).fill('Priya Shah');
    await page.getByRole('textbox', { name: 'Your name' }).fill('Priya Shah');
    await expectAccessible(page, 'referral with the family told');
    await page.getByRole('button', { name: 'Record the referral' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'The referral has been recorded.' })).toBeFocused();
    const listed = page.getByRole('listitem').filter({ hasText: 'referred to Leeds children’s social care front door' });
    await expect(listed).toContainText(/The family \(Dad, by phone\) was told on \d{1,2} \w+ \d{4} by Priya Shah\./);
  });
});
