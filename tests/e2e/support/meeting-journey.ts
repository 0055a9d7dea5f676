import { expect, type Page } from '@playwright/test';
import { fillFamily, formRow, openAddFamily, relationshipRow } from './families';
import type { PlannedMeetingRef } from './meetings';

/** A family with one home, one parent or carer and two or more children in it. */
export interface FamilyWithChildren {
  familyName: string;
  carer: { name: string; relationship: string };
  children: ReadonlyArray<{ name: string; dateOfBirth: string; preferredName?: string }>;
}

/** Adds the family through its form, by label, as a user would; returns its id. Ends on the family page. */
export async function addFamilyWithChildren(page: Page, details: FamilyWithChildren): Promise<string> {
  const [first, ...others] = details.children;
  if (!first) throw new Error('A family needs at least one child');
  await openAddFamily(page);
  await fillFamily(page, { familyName: details.familyName, carer: details.carer, child: first });
  for (const [i, child] of others.entries()) {
    await page.getByRole('button', { name: 'Add another child' }).click();
    const row = formRow(page, `Child ${i + 2}`);
    await row.getByRole('textbox', { name: 'Full name' }).fill(child.name);
    if (child.preferredName) await row.getByRole('textbox', { name: 'Name they like to be called (optional)' }).fill(child.preferredName);
    await row.getByRole('textbox', { name: 'Date of birth' }).fill(child.dateOfBirth);
    await row.getByRole('group', { name: 'Which homes does this child live in or stay at?' }).getByRole('checkbox', { name: 'Home 1' }).check();
    await relationshipRow(formRow(page, 'Parent or carer 1'), child.name).getByRole('textbox', { name: 'Relationship', exact: true }).fill(details.carer.relationship);
  }
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: details.familyName })).toBeVisible();
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

export interface MeetingForFamily {
  familyId: string;
  familyName: string;
  carerName: string;
  kind: 'First meeting' | 'Review meeting';
  /** An ISO instant with offset. */
  startsAt: string;
  /** Practitioners already in the directory, by name. */
  practitioners?: readonly string[];
}

/** Plans a meeting for a family that already exists (carer and practitioners invited). Ends on the meeting page. */
export async function planMeetingFor(page: Page, m: MeetingForFamily): Promise<PlannedMeetingRef> {
  await page.goto(`/#/families/${m.familyId}/meetings/new?startsAt=${encodeURIComponent(m.startsAt)}&lengthMinutes=90`);
  await expect(page.getByRole('heading', { level: 1, name: `Plan a meeting: ${m.familyName}` })).toBeVisible();
  await page.getByRole('radio', { name: m.kind }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'Yes, for some or all of it' }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: m.carerName }).check();
  for (const name of m.practitioners ?? []) {
    await page.getByRole('group', { name: 'Which practitioners are invited?' }).getByRole('checkbox', { name }).check();
  }
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${m.kind}: ${m.familyName}` })).toBeVisible();
  const meetingId = /#\/families\/[A-Za-z0-9_-]+\/meetings\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(meetingId).not.toBe('');
  const meetingUrl = `/#/families/${m.familyId}/meetings/${meetingId}`;
  return { familyId: m.familyId, meetingId, familyName: m.familyName, meetingUrl, runUrl: `${meetingUrl}/run` };
}
