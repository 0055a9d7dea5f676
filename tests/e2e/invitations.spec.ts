import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { CHAIR } from './support/app';
import { expectAccessible } from './support/axe';
import { planMeeting } from './support/meetings';

const NURSE = { name: 'Grace Obi', role: 'Health visitor', agency: 'Kirkby Community Health', email: 'grace.obi@example.nhs.uk' };

async function download(page: Page, button: ReturnType<Page['getByRole']>): Promise<string> {
  const file = page.waitForEvent('download');
  await button.click();
  return (await file).path();
}

test('the family and a practitioner each get a letter that explains roles and how to reach the chair, and a calendar file from the chair', async ({ page }) => {
  test.setTimeout(120_000);
  await planMeeting(page, { practitioners: [NURSE] });
  const invitations = page.getByRole('region', { name: 'Invitations' });
  await expectAccessible(page, 'meeting page with practitioner letters');

  // The family's letter: the chair's name, phone and email, how to ask for another time, each role explained.
  const { value: family } = await mammoth.extractRawText({ path: await download(page, invitations.getByRole('button', { name: 'Download the letter as Word for Ana Ruiz' })) });
  expect(family).toContain(`My name is ${CHAIR.name}.`);
  expect(family).toContain(`You can ring me on ${CHAIR.phone} or email me at ${CHAIR.email}.`);
  expect(family).toContain('If this time does not suit you');
  expect(family).toContain('Health visitor. A nurse who helps families with babies and young children, up to age 5.');
  // No consent is recorded for this family: the letter does not say Ana agreed.
  expect(family).toContain('You can choose whether to have it');
  expect(family).not.toContain('You agreed to it');

  // The health visitor's short letter, with the agenda and what may be shared with her.
  const { value: nurse } = await mammoth.extractRawText({ path: await download(page, invitations.getByRole('button', { name: `Download the letter as Word for ${NURSE.name}` })) });
  expect(nurse).toContain(`Dear ${NURSE.name},`);
  expect(nurse).toContain(`${NURSE.name} (you)`);
  expect(nurse).toContain('What will happen');
  expect(nurse).toContain('Welcome and introductions');
  expect(nurse).toContain('The family has not agreed (or not yet been asked) that information about them can be shared with you.');
  expect(nurse).toContain(`ring me on ${CHAIR.phone} or email me at ${CHAIR.email}`);
  await expect(invitations.getByText(/^Saved as .*Grace-Obi\.docx\.$/)).toBeVisible();

  // Her calendar file: the chair as ORGANIZER with a mailto: address, her as the only ATTENDEE, CRLF line endings.
  const raw = await readFile(await download(page, invitations.getByRole('button', { name: `Download the calendar invitation for ${NURSE.name}` })), 'utf8');
  expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const vevent = new ICAL.Component(ICAL.parse(raw) as unknown[]).getFirstSubcomponent('vevent');
  const organizer = vevent?.getFirstProperty('organizer');
  expect(organizer?.getFirstValue()).toBe(`mailto:${CHAIR.email}`);
  expect(organizer?.getParameter('cn')).toBe(CHAIR.name);
  // URI schemes are case-insensitive (RFC 3986): ical-generator writes MAILTO: for attendees.
  expect(vevent?.getAllProperties('attendee').map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([`mailto:${NURSE.email}`]);
  expect(String(vevent?.getFirstPropertyValue('description'))).toContain(`If this time does not suit you, please tell ${CHAIR.name}`);
  await expectAccessible(page, 'meeting page after the downloads');
});
