import { readFile } from 'node:fs/promises';
import ICAL from 'ical.js';
import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { CHAIR } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { londonInstant, londonLocal, slashDate, weekdayDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Ruiz family', carer: { name: 'Ana Ruiz', relationship: 'Mum' }, child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' } };
const DAY = schoolThursday();
const PREFILLED = `?startsAt=${encodeURIComponent(londonInstant(DAY, '16:00'))}&lengthMinutes=60`;
const AT_4PM = `${weekdayDate(DAY)} at 4pm`;
const AT_5PM = `${weekdayDate(DAY)} at 5pm`;

/** The family's id, read from the address of the family page that addFamily ends on. */
function familyIdFrom(page: Page): string {
  const id = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(id).not.toBe('');
  return id;
}

/** Adds the family and plans a first meeting at Oakfield Academy from a prefilled link; ends on the meeting page. */
async function planFirstMeeting(page: Page, check = false): Promise<string> {
  await addFamily(page, FAMILY);
  const familyId = familyIdFrom(page);
  await page.goto(`/#/families/${familyId}/meetings/new${PREFILLED}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Plan a meeting: Ruiz family' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Date' })).toHaveValue(slashDate(DAY));
  await expect(page.getByRole('textbox', { name: 'Start time' })).toHaveValue('16:00');
  await expect(page.getByRole('textbox', { name: 'Length in minutes' })).toHaveValue('60');
  if (check) {
    await expectAccessible(page, 'new meeting form, prefilled');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText([
      'Choose what kind of meeting this is',
      'Choose where the meeting will be',
      'Say whether the child or young person will come',
      'Invite at least one person from the family',
    ]);
    await expectAccessible(page, 'new meeting form with errors');
  }
  await page.getByRole('radio', { name: 'First meeting' }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'Yes, for some or all of it' }).check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Ana Ruiz' }).check();
  if (check) await expectAccessible(page, 'new meeting form, filled in');
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();
  return familyId;
}

function agendaTitles(page: Page) {
  return page.getByRole('region', { name: 'Agenda' }).getByRole('heading', { level: 3 }).filter({ hasNotText: 'Add an item' });
}

test.describe('meetings', () => {
  test("a new meeting's length is its agenda's total unless the chair changes it", async ({ page }) => {
    await addFamily(page, FAMILY);
    const familyId = familyIdFrom(page);
    await page.goto(`/#/families/${familyId}/meetings/new`);
    const length = page.getByRole('textbox', { name: 'Length in minutes' });
    await expect(length).toHaveValue('');
    await page.getByRole('radio', { name: 'First meeting' }).check();
    await expect(length).toHaveValue('90');
    await page.getByRole('radio', { name: 'Pre-meeting with the family' }).check();
    await expect(length).toHaveValue('40');
    await page.getByRole('radio', { name: 'First meeting' }).check();
    await expect(length).toHaveValue('90');
    await expectAccessible(page, 'new meeting form, length from the agenda');

    await page.getByRole('textbox', { name: 'Date' }).fill(slashDate(DAY));
    await page.getByRole('textbox', { name: 'Start time' }).fill('16:00');
    await page.getByRole('radio', { name: /^A place such as/ }).check();
    await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
    await page.getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Ana Ruiz' }).check();
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();
    // The agenda fits the time booked: no warning that it runs over.
    await expect(page.getByRole('region', { name: 'Agenda' })).toBeVisible();
    await expect(page.getByText(/more than the .* the meeting is booked for/)).toHaveCount(0);
  });

  test('plans a first meeting, builds its agenda, sends invitations, and tells the family first about a change', async ({ page }) => {
    const familyId = await planFirstMeeting(page, true);
    await expect(page.getByRole('status').filter({ hasText: 'The meeting has been planned' })).toBeVisible();
    await expect(page.getByText(AT_4PM)).toBeVisible();
    const agenda = page.getByRole('region', { name: 'Agenda' });
    // The first-meeting template is timed for 90 minutes; this meeting is booked for 60.
    await expect(agenda.getByText(/which is 30 minutes more than the 1 hour the meeting is booked for/)).toBeVisible();
    await expectAccessible(page, 'meeting page');

    // Move "What is going well" up, above "The child's voice".
    await agenda.getByRole('button', { name: 'Move up (What is going well)' }).click();
    await expect(agenda.getByRole('button', { name: 'Move up (What is going well)' })).toBeFocused();
    await expect(agendaTitles(page).nth(2)).toHaveText('What is going well');
    await expect(agendaTitles(page).nth(3)).toHaveText("The child's voice");
    await expect(agenda.getByRole('status')).toHaveText('“What is going well” moved up to number 3 of 11.');

    // Add one, time it, remove another.
    await agenda.getByRole('textbox', { name: 'Title of the new item' }).fill('Getting to school');
    await agenda.getByRole('textbox', { name: 'Minutes for the new item' }).fill('5');
    await agenda.getByRole('button', { name: 'Add the item' }).click();
    await expect(agendaTitles(page).last()).toHaveText('Getting to school');
    await agenda.getByRole('textbox', { name: 'Minutes for “Getting to school”' }).fill('15');
    // Removing shows "removed. Undo", and undo puts the item back exactly where it was.
    const before = await agendaTitles(page).allTextContents();
    await agenda.getByRole('button', { name: 'Remove (If things do not get better)' }).click();
    await expect(agendaTitles(page)).toHaveCount(11);
    const undoNotice = agenda.getByRole('status').filter({ hasText: 'removed.' });
    await expect(undoNotice).toHaveText(/^“If things do not get better” removed\./);
    await expect(undoNotice).toBeFocused();
    await expectAccessible(page, 'agenda with an undo notice');
    await page.keyboard.press('Tab');
    await expect(agenda.getByRole('button', { name: 'Undo removing “If things do not get better”' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(agendaTitles(page)).toHaveText(before);
    await expect(agenda.getByRole('heading', { level: 3, name: 'If things do not get better' })).toBeFocused();
    await expect(undoNotice).toHaveCount(0);
    await agenda.getByRole('button', { name: 'Remove (If things do not get better)' }).click();
    await expect(agendaTitles(page)).toHaveCount(11);
    await expect(agendaTitles(page).filter({ hasText: 'If things do not get better' })).toHaveCount(0);
    await expect(agenda.getByText('The items add up to 1 hour 40 minutes.')).toBeVisible();
    await expectAccessible(page, 'meeting page after agenda changes');

    // The agenda is saved: it is still there after a reload.
    await page.goto(`/#/families/${familyId}/meetings`);
    await expectAccessible(page, 'meetings list');
    await page.getByRole('link', { name: new RegExp(`^First meeting: ${AT_4PM}`) }).click();
    await expect(agendaTitles(page).last()).toHaveText('Getting to school');
    await expect(agenda.getByRole('textbox', { name: 'Minutes for “Getting to school”' })).toHaveValue('15');

    // The family's letter as Word.
    const invitations = page.getByRole('region', { name: 'Invitations' });
    const wordDownload = page.waitForEvent('download');
    await invitations.getByRole('button', { name: 'Download the letter as Word for Ana Ruiz' }).click();
    const word = await wordDownload;
    expect(word.suggestedFilename()).toMatch(/\.docx$/);
    const { value: letter } = await mammoth.extractRawText({ path: await word.path() });
    expect(letter).toContain('Dear Ana Ruiz,');
    expect(letter).toContain(weekdayDate(DAY));
    expect(letter).toContain('Who will be there');
    expect(letter).toContain('Getting to school');
    // From a real person the family can reach: the chair's details from first run, never a placeholder.
    expect(letter).toContain(`My name is ${CHAIR.name}.`);
    expect(letter).toContain(CHAIR.phone);
    expect(letter).toContain(CHAIR.email);
    expect(letter).toContain(CHAIR.organisation);
    expect(letter).not.toContain('My name is Your lead professional');
    await expect(invitations.getByText(/^Saved as .*\.docx\.$/)).toBeVisible();

    // The meeting pack, before the meeting: the agenda and who is coming, and no minutes' DRAFT.
    const pack = page.getByRole('region', { name: 'Meeting pack' });
    await expect(pack).toContainText('the reports sent in (none yet)');
    const packDownload = page.waitForEvent('download');
    await pack.getByRole('button', { name: 'Download the meeting pack as Word' }).click();
    const { value: packText } = await mammoth.extractRawText({ path: await (await packDownload).path() });
    expect(packText).toContain('Who is coming');
    expect(packText).toContain('Ana Ruiz, Mum');
    expect(packText).toContain('Getting to school');
    expect(packText).not.toContain('DRAFT');
    await expect(pack.getByText(/^Saved as .*meeting-pack\.docx\.$/)).toBeVisible();
    await expectAccessible(page, 'meeting page after the meeting pack was saved');

    // A PDF needs the desktop app: the browser bridge's message is shown as it is.
    await invitations.getByRole('button', { name: 'Make a PDF of the letter for Ana Ruiz' }).click();
    await expect(invitations.getByText('Making a PDF needs the Team Around desktop app.', { exact: false })).toBeVisible();

    // The calendar invitation: 4pm London time.
    const icsDownload = page.waitForEvent('download');
    await invitations.getByRole('button', { name: 'Download the calendar invitation for Ana Ruiz' }).click();
    const ics = await icsDownload;
    const event = new ICAL.Component(ICAL.parse(await readFile(await ics.path(), 'utf8')) as unknown[]).getFirstSubcomponent('vevent');
    const dtstart = event?.getFirstProperty('dtstart');
    expect(dtstart?.getParameter('tzid')).toBe('Europe/London');
    expect(String(dtstart?.getFirstValue())).toBe(londonLocal(DAY, '16:00'));
    expect(event?.getFirstPropertyValue('sequence')).toBe(0);
    await expectAccessible(page, 'meeting page after downloads');

    // Change the time: the family comes first in who has been told, and the reminder shows.
    const change = page.getByRole('region', { name: 'Change the meeting' });
    await change.getByRole('textbox', { name: 'Start time' }).fill('17:00');
    await change.getByRole('button', { name: 'Save the change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The meeting has been changed. Tell the family first.' })).toBeFocused();
    const told = page.getByRole('region', { name: 'Who has been told' });
    await expect(told.getByRole('heading', { level: 3 })).toHaveText(
      `The date or time changed from ${AT_4PM} to ${AT_5PM}`,
    );
    await expect(told.getByRole('listitem').first()).toContainText('Ana Ruiz (family): not told yet');
    await expect(page.getByText('Tell the family about the change first')).toBeVisible();
    await expectAccessible(page, 'meeting page after a change');

    await page.goto(`/#/families/${familyId}/meetings`);
    await expect(page.getByText('Tell the family about the change first')).toBeVisible();
    await expectAccessible(page, 'meetings list with the reminder');
    await page.getByRole('link', { name: new RegExp(`^First meeting: ${AT_5PM}`) }).click();

    // The new calendar file has the next sequence number.
    const icsDownload2 = page.waitForEvent('download');
    await invitations.getByRole('button', { name: 'Download the calendar invitation for Ana Ruiz' }).click();
    const event2 = new ICAL.Component(ICAL.parse(await readFile(await (await icsDownload2).path(), 'utf8')) as unknown[]).getFirstSubcomponent('vevent');
    expect(String(event2?.getFirstProperty('dtstart')?.getFirstValue())).toBe(londonLocal(DAY, '17:00'));
    expect(event2?.getFirstPropertyValue('sequence')).toBe(1);

    await told.getByRole('combobox', { name: 'How was Ana Ruiz told?' }).selectOption('Phone');
    await told.getByRole('button', { name: 'Mark as told (Ana Ruiz)' }).click();
    await expect(told.getByRole('listitem').first()).toContainText('Ana Ruiz (family): told by phone on');
    await expect(page.getByText('Tell the family about the change first')).toHaveCount(0);
    await expectAccessible(page, 'meeting page after the family is told');

    await page.goto(`/#/families/${familyId}/meetings`);
    await expect(page.getByRole('link', { name: /^First meeting/ })).toBeVisible();
    await expect(page.getByText('Tell the family about the change first')).toHaveCount(0);
  });

  test('reorders the agenda with the keyboard alone, focus following the item', async ({ page }) => {
    await planFirstMeeting(page);
    const agenda = page.getByRole('region', { name: 'Agenda' });
    await agenda.getByRole('button', { name: 'Move down (Welcome and introductions)' }).focus();
    await page.keyboard.press('Enter');
    await expect(agenda.getByRole('button', { name: 'Move down (Welcome and introductions)' })).toBeFocused();
    await expect(agendaTitles(page).nth(1)).toHaveText('Welcome and introductions');
    await expect(agenda.getByRole('status')).toHaveText('“Welcome and introductions” moved down to number 2 of 11.');
    await page.keyboard.press('Space');
    await expect(agendaTitles(page).nth(2)).toHaveText('Welcome and introductions');
    await expect(agenda.getByRole('button', { name: 'Move down (Welcome and introductions)' })).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(agenda.getByRole('button', { name: 'Move up (Welcome and introductions)' })).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    // Back at the top, where there is no "Move up": focus moves to its "Move down".
    await expect(agendaTitles(page).first()).toHaveText('Welcome and introductions');
    await expect(agenda.getByRole('button', { name: 'Move down (Welcome and introductions)' })).toBeFocused();
    await expectAccessible(page, 'agenda after keyboard reordering');
  });
});
