import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';

const FAMILY = { familyName: 'Kaur family', carer: { name: 'Harpreet Kaur', relationship: 'Mum' }, child: { name: 'Jasleen Kaur', dateOfBirth: '12/05/2015' } };

async function openConsentRegister(page: Page): Promise<void> {
  await addFamily(page, FAMILY);
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  await page.goto(`/#/families/${id}/consent`);
  await expect(page.getByRole('heading', { level: 1, name: 'Consent register: Kaur family' })).toBeVisible();
}

test('consent to share with a named practitioner who is not in the directory: added from the consent form, without leaving it', async ({ page }) => {
  await openConsentRegister(page);
  const form = page.getByRole('form', { name: 'Record a decision' });
  await form.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: 'They agreed (consent given)' }).check();
  await form.getByRole('group', { name: 'What is the decision about?' }).getByRole('radio', { name: 'Sharing information with a named practitioner' }).check();
  await form.getByRole('button', { name: 'Add someone who is not in the directory' }).click();

  const inline = page.getByRole('region', { name: 'Someone who is not in the directory' });
  await expect(inline.getByRole('heading', { name: 'Someone who is not in the directory' })).toBeFocused();
  await expectAccessible(page, 'consent form with the inline practitioner form');
  await inline.getByRole('textbox', { name: 'Full name' }).fill('Tom Reed');
  await inline.getByRole('textbox', { name: 'Role' }).fill('School nurse');
  await inline.getByRole('textbox', { name: 'Agency or organisation' }).fill('Kirkby Health');
  await inline.getByRole('button', { name: 'Add to the directory and choose them' }).click();
  await expect(inline.getByRole('alert').filter({ hasText: 'Enter a phone number or a secure email address' })).toBeVisible();
  await inline.getByRole('textbox', { name: 'Secure email address' }).fill('tom.reed@example.nhs.uk');
  await inline.getByRole('button', { name: 'Add to the directory and choose them' }).click();

  await expect(inline).toHaveCount(0);
  const chosen = form.getByRole('combobox', { name: 'Practitioner' });
  await expect(chosen).toBeFocused();
  await expect(chosen.locator('option:checked')).toHaveText('Tom Reed, School nurse, Kirkby Health');

  await form.getByRole('group', { name: /^Who / }).getByRole('radio', { name: 'Harpreet Kaur' }).check();
  await form.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: 'Spoken' }).check();
  await form.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await form.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toContainText('Tom Reed');
  await expectAccessible(page, 'consent register after a named practitioner was added');

  await page.goto('/#/directory');
  await expect(page.getByText('Tom Reed').first()).toBeVisible();
});
