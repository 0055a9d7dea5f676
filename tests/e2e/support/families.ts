import { expect, type Locator, type Page } from '@playwright/test';

/** The simplest family: one home with one parent or carer and one child in it. Other specs use this to set up a family. */
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

/** A section of the family form (Homes, Children, Parents and carers, Safety). */
export function formSection(page: Page, title: 'Homes' | 'Children' | 'Parents and carers' | 'Safety'): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

/** "Child 1", "Parent or carer 2", "Home 1": one row of the family form. */
export function formRow(page: Page, legend: string): Locator {
  return page.getByRole('group', { name: legend, exact: true });
}

/** Inside a parent or carer's row: their relationship to one child, and parental responsibility. */
export function relationshipRow(carer: Locator, childName: string): Locator {
  return carer.getByRole('group', { name: 'Relationship to each child' }).getByRole('group', { name: childName, exact: true });
}

/** Fills the add-a-family form with one home holding one carer and one child, as a user would, by label. */
export async function fillFamily(page: Page, details: FamilyDetails): Promise<void> {
  await page.getByRole('textbox', { name: 'Family name' }).fill(details.familyName);

  const child = formRow(page, 'Child 1');
  await child.getByRole('textbox', { name: 'Full name' }).fill(details.child.name);
  await child.getByRole('textbox', { name: 'Date of birth' }).fill(details.child.dateOfBirth);
  if (details.child.school) await child.getByRole('textbox', { name: 'School or setting (optional)' }).fill(details.child.school);
  await child.getByRole('group', { name: 'Which homes does this child live in or stay at?' }).getByRole('checkbox', { name: 'Home 1' }).check();

  const carer = formRow(page, 'Parent or carer 1');
  await carer.getByRole('textbox', { name: 'Full name' }).fill(details.carer.name);
  await carer.getByRole('group', { name: 'Which homes do they live in?' }).getByRole('checkbox', { name: 'Home 1' }).check();
  if (details.carer.relationship) {
    await relationshipRow(carer, details.child.name).getByRole('textbox', { name: 'Relationship', exact: true }).fill(details.carer.relationship);
  }
}

export async function addFamily(page: Page, details: FamilyDetails): Promise<void> {
  await openAddFamily(page);
  await fillFamily(page, details);
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: details.familyName })).toBeVisible();
}
