import { expect, type Page } from '@playwright/test';

export interface FamilyDetails {
  familyName: string;
  carer: { name: string; relationship?: string };
  child: { name: string; dateOfBirth: string; school?: string };
}

export async function openAddFamily(page: Page): Promise<void> {
  await page.goto('/#/families');
  await page.getByRole('link', { name: 'Add a family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Add a family' })).toBeVisible();
}

/** Fills the add-a-family form with one carer and one child, as a user would, by label. */
export async function fillFamily(page: Page, details: FamilyDetails): Promise<void> {
  await page.getByLabel('Family name').fill(details.familyName);
  const carer = page.getByRole('group', { name: 'Parent or carer 1' });
  await carer.getByLabel('Full name').fill(details.carer.name);
  if (details.carer.relationship) await carer.getByLabel('Relationship to the children (optional)').fill(details.carer.relationship);
  const child = page.getByRole('group', { name: 'Child 1' });
  await child.getByLabel('Full name').fill(details.child.name);
  await child.getByLabel('Date of birth').fill(details.child.dateOfBirth);
  if (details.child.school) await child.getByLabel('School or setting (optional)').fill(details.child.school);
}

export async function addFamily(page: Page, details: FamilyDetails): Promise<void> {
  await openAddFamily(page);
  await fillFamily(page, details);
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: details.familyName })).toBeVisible();
}
