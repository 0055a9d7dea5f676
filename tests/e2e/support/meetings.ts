import { expect, type Page } from '@playwright/test';
import { addFamily, type FamilyDetails } from './families';
import { londonInstant } from './clock';
import { schoolThursday } from './school-calendar';

export const RUIZ_FAMILY: FamilyDetails = {
  familyName: 'Ruiz family',
  carer: { name: 'Ana Ruiz', relationship: 'Mum' },
  child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' },
};

export interface PractitionerDetails {
  name: string;
  role: string;
  agency: string;
  email?: string;
}

export interface MeetingOptions {
  family?: FamilyDetails;
  /** As the form labels it. */
  kind?: 'Pre-meeting with the family' | 'First meeting' | 'Review meeting' | 'Closing meeting';
  /** An ISO instant with offset; the form arrives with it filled in. By default 4pm on a school Thursday at least ten days after the fixed clock's today. */
  startsAt?: string;
  lengthMinutes?: number;
  place?: string;
  childComes?: boolean;
  /** Added to the directory first, then invited. */
  practitioners?: readonly PractitionerDetails[];
}

export interface PlannedMeetingRef {
  familyId: string;
  meetingId: string;
  familyName: string;
  /** `/#/families/<id>/meetings/<id>`: the meeting page. */
  meetingUrl: string;
  /** The live meeting screen. */
  runUrl: string;
}

/** Adds a practitioner to the directory through its form. */
export async function addPractitioner(page: Page, p: PractitionerDetails): Promise<void> {
  await page.goto('/#/directory/practitioners/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Add a practitioner' })).toBeVisible();
  await page.getByLabel('Full name').fill(p.name);
  await page.getByLabel('Role', { exact: true }).fill(p.role);
  await page.getByLabel('Agency or organisation').fill(p.agency);
  await page.getByLabel('Secure email address').fill(p.email ?? `${p.name.split(' ')[0]?.toLowerCase() ?? 'someone'}@example.gov.uk`);
  await page.getByRole('button', { name: 'Save practitioner' }).click();
  await expect(page.getByRole('status').filter({ hasText: `${p.name} has been added to the directory.` })).toBeVisible();
}

/**
 * Adds a family (the Ruiz family unless told), any practitioners, and plans a meeting for the
 * family's carer and the practitioners, with the agenda from the template. Ends on the meeting page.
 */
export async function planMeeting(page: Page, options: MeetingOptions = {}): Promise<PlannedMeetingRef> {
  const family = options.family ?? RUIZ_FAMILY;
  const kind = options.kind ?? 'First meeting';
  for (const p of options.practitioners ?? []) await addPractitioner(page, p);
  await addFamily(page, family);
  const familyId = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(familyId).not.toBe('');
  const startsAt = options.startsAt ?? londonInstant(schoolThursday(), '16:00');
  const length = options.lengthMinutes ?? 90;
  await page.goto(`/#/families/${familyId}/meetings/new?startsAt=${encodeURIComponent(startsAt)}&lengthMinutes=${length}`);
  await expect(page.getByRole('heading', { level: 1, name: `Plan a meeting: ${family.familyName}` })).toBeVisible();
  await page.getByRole('radio', { name: kind }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill(options.place ?? 'Oakfield Academy');
  await page.getByRole('radio', { name: options.childComes ? 'Yes, for some or all of it' : 'No', exact: true }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: family.carer.name }).check();
  for (const p of options.practitioners ?? []) {
    await page.getByRole('group', { name: 'Which practitioners are invited?' }).getByRole('checkbox', { name: p.name }).check();
  }
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${kind}: ${family.familyName}` })).toBeVisible();
  const meetingId = /#\/families\/[A-Za-z0-9_-]+\/meetings\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(meetingId).not.toBe('');
  const meetingUrl = `/#/families/${familyId}/meetings/${meetingId}`;
  return { familyId, meetingId, familyName: family.familyName, meetingUrl, runUrl: `${meetingUrl}/run` };
}

/** From the meeting page, follows "Run the meeting" to the live meeting screen. */
export async function openMeetingRun(page: Page, meeting: PlannedMeetingRef, kind = 'First meeting'): Promise<void> {
  if (!page.url().endsWith(meeting.meetingUrl.slice(1))) await page.goto(meeting.meetingUrl);
  await page.getByRole('link', { name: 'Run the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${kind}: ${meeting.familyName}` })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();
}

/** The live meeting screen's agenda list, down the side. */
export const runAgenda = (page: Page) => page.getByRole('navigation', { name: 'Agenda' });

/**
 * On the live meeting screen, follows the agenda list's link to a step: "Who is here", an item
 * ("4. What is going well", or a pattern), "Other parts of the record" or "Finish the meeting".
 */
export async function goToRunStep(page: Page, name: string | RegExp): Promise<void> {
  const link = runAgenda(page).getByRole('link', { name, exact: typeof name === 'string' ? true : undefined });
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'step');
}
