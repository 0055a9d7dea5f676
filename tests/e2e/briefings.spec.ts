/**
 * From a school's briefing to the chair's meeting. The chair plans a meeting and asks the school
 * for a briefing; the school starts it from the chair's reference, fills it in (attendance pasted
 * as CSV), and saves the briefing file; the chair brings the file in after a preview, and it shows
 * beside the agenda item in the live meeting with its author marked as having sent a report.
 *
 * The school would use Team Around on its own computer. Here both sides use the same browser
 * profile: the school's briefing lives in its own table and the only thing that crosses between
 * the two sides is what would cross in real life, the reference text and the briefing file.
 */
import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { CHAIR, reloadAndUnlock } from './support/app';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { goToRunStep } from './support/meetings';
import { requestReference } from '../../shared/briefing/request';
import { daysFromToday, isoDate, londonInstant, longDate, termsToday, weekdayDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Ruiz family', carer: { name: 'Ana Ruiz', relationship: 'Mum' }, child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' } };
const DAY = schoolThursday();
const PREFILLED = `?startsAt=${encodeURIComponent(londonInstant(DAY, '16:00'))}&lengthMinutes=60`;
const { thisTerm: THIS_TERM, lastTerm: LAST_TERM } = termsToday();
const ATTENDANCE_CSV = `Term,Sessions possible,Sessions attended,Late sessions\n${THIS_TERM},120,105,6\n${LAST_TERM},130,124,0`;

/** Adds the family, plans a first meeting and returns the meeting page's address. */
async function planMeeting(page: Page): Promise<string> {
  await addFamily(page, FAMILY);
  const familyId = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
  expect(familyId).not.toBe('');
  await page.goto(`/#/families/${familyId}/meetings/new${PREFILLED}`);
  await page.getByRole('radio', { name: 'First meeting' }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oak Lane Primary School');
  await page.getByRole('radio', { name: 'No', exact: true }).first().check();
  await page.getByRole('group', { name: 'Who from the family is invited?' }).getByRole('checkbox', { name: 'Ana Ruiz' }).check();
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();
  return page.url().replace(/^.*#/, '/#');
}

async function chooseBriefingFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a briefing file' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer });
}

test('a school prepares a briefing from the chair’s request, and the chair brings it into the meeting', async ({ page }) => {
  test.setTimeout(120_000);
  // The chair: plan the meeting, open its Briefings page from "On the day".
  const meetingPage = await planMeeting(page);
  await page.getByRole('link', { name: 'Briefings and written reports' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings and written reports: Ruiz family' })).toBeVisible();
  await expect(page.getByText(`For the first meeting on ${weekdayDate(DAY)} at 4pm.`)).toBeVisible();
  await expect(page.getByRole('region', { name: 'Briefings and reports received' })).toContainText('None yet.');
  await expectAccessible(page, 'chair’s briefings page');

  // Ask for a briefing: a missing answer is named first.
  const ask = page.getByRole('region', { name: 'Ask a school or agency for a briefing' });
  await ask.getByRole('button', { name: 'Make the request' }).click();
  const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(summary).toBeFocused();
  await expect(summary.getByRole('link')).toHaveText(['Choose who you are asking']);
  await expectAccessible(page, 'briefing request with a problem');
  await ask.getByRole('radio', { name: 'Someone else' }).check();
  await ask.getByRole('textbox', { name: 'Their name (optional)' }).fill('Kim Wu');
  await ask.getByRole('textbox', { name: 'Their school or service' }).fill('Oak Lane Primary School');
  await expect(ask.getByRole('radio', { name: 'School briefing' })).toBeChecked();
  await ask.getByRole('button', { name: 'Make the request' }).click();
  const sent = page.getByRole('region', { name: 'Send this request to Kim Wu' });
  await expect(sent.getByRole('heading', { level: 2 })).toBeFocused();
  const reference = await sent.getByRole('textbox', { name: 'Reference for Kim Wu' }).inputValue();
  expect(reference).toMatch(/^TAREQ1-[A-Za-z0-9_-]+-[0-9a-f]{8}$/);
  await expectAccessible(page, 'briefing request made');

  // The school: Briefings in the main navigation, start from the reference.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Briefings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings and reports' })).toBeFocused();
  await expect(page.getByRole('region', { name: 'Your briefings and reports' })).toContainText('None yet.');
  await expectAccessible(page, 'school’s briefings page');
  const reference_box = page.getByRole('textbox', { name: 'Paste the reference from the chair' });
  await reference_box.fill(reference.slice(0, -5));
  await page.getByRole('button', { name: 'Use this reference' }).click();
  await expect(page.getByText('This reference is not complete or has been changed', { exact: false })).toBeVisible();
  await expectAccessible(page, 'a reference cut short');
  await reference_box.fill(`${reference.slice(0, 60)}\n${reference.slice(60)}`);
  await page.getByRole('button', { name: 'Use this reference' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check this is the right child' })).toBeFocused();
  await expect(page.getByText('Leo Ruiz, born 3 February 2016')).toBeVisible();
  await expect(page.getByText(`for a school briefing for the meeting on ${weekdayDate(DAY)}`, { exact: false })).toBeVisible();
  await expectAccessible(page, 'check the child');
  await page.getByRole('button', { name: 'Yes, start the briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'School briefing about Leo Ruiz' })).toBeFocused();
  // The writer is the person using the app (first run's details); here the same app plays the school.
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue(CHAIR.name);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Kim Wu');
  await page.getByRole('textbox', { name: 'Your role' }).fill('');
  await expect(page.getByRole('textbox', { name: 'Your school' })).toHaveValue('Oak Lane Primary School');
  await expect(page.getByRole('textbox', { name: 'Child’s full name' })).toHaveValue('Leo Ruiz');
  await expect(page.getByRole('textbox', { name: 'Date of birth' })).toHaveValue('03/02/2016');
  await expectAccessible(page, 'new school briefing');

  // Saving the file too early names what is missing.
  await page.getByRole('button', { name: 'Save the briefing file for the chair' }).click();
  const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
  await expect(problems).toBeFocused();
  await expect(problems.getByRole('link')).toHaveText(['Enter your role, for example Designated safeguarding lead', 'Write at least one section of the briefing before you save it for the chair']);
  await expectAccessible(page, 'school briefing with problems');
  await problems.getByRole('link', { name: /^Enter your role/ }).click();
  await expect(page.getByRole('textbox', { name: 'Your role' })).toBeFocused();
  await page.getByRole('textbox', { name: 'Your role' }).fill('SENCO (special educational needs co-ordinator)');

  // Attendance pasted from the school's records, worked out and explained.
  await page.getByText('Paste the figures from your school’s records (CSV)').click();
  await page.getByRole('textbox', { name: 'Figures to paste' }).fill(`Term,Sessions,Present\n${THIS_TERM},120,105`);
  await page.getByRole('button', { name: 'Fill in the figures' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'The figures could not be filled in' })).toContainText('This column is missing: Sessions possible. The line has “Term”, “Sessions”, “Present”.');
  await page.getByRole('textbox', { name: 'Figures to paste' }).fill(ATTENDANCE_CSV);
  await page.getByRole('button', { name: 'Fill in the figures' }).click();
  await expect(page.getByText(`Filled in the figures for the ${THIS_TERM} and the ${LAST_TERM}. Check them below.`)).toBeVisible();
  const thisTerm = page.getByRole('group', { name: `This term: ${THIS_TERM}` });
  await expect(thisTerm.getByRole('textbox', { name: 'Sessions possible' })).toHaveValue('120');
  await expect(thisTerm).toContainText('Attended 105 of 120 sessions (87.5%). Missed 15 sessions (12.5%). Late for 6 sessions: 5.7% of the sessions attended.');
  await expect(thisTerm).toContainText('This counts as persistent absence');
  await expect(page.getByRole('group', { name: `Last term: ${LAST_TERM}` })).toContainText('Attended 124 of 130 sessions (95.4%).');
  await expectAccessible(page, 'attendance filled in');

  await page.getByRole('group', { name: 'Progress compared with what is expected for their age' }).getByRole('radio', { name: 'Below what is expected for their age', exact: true }).check();
  await page.getByRole('textbox', { name: 'Progress in learning' }).fill('Reading is about a year behind.');
  await page.getByRole('textbox', { name: 'What worries the school' }).fill('Late on 6 mornings this term; says there is no breakfast some days.');
  await page.getByRole('textbox', { name: 'What the child has said in school, in their own words' }).fill('Mornings are hard because Mum is poorly.');
  await page.getByRole('textbox', { name: 'How and when they said it' }).fill(`In a chat with his class teacher on ${longDate(daysFromToday(-11))}.`);
  await expect(page.getByRole('status').filter({ hasText: /^Saved at \d{2}:\d{2}$/ })).toBeVisible();

  // Saved as typed: it is all still there after the window is closed and opened again.
  await reloadAndUnlock(page);
  await expect(page.getByRole('heading', { level: 1, name: 'School briefing about Leo Ruiz' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'What worries the school' })).toHaveValue('Late on 6 mornings this term; says there is no breakfast some days.');
  await expect(page.getByRole('group', { name: `This term: ${THIS_TERM}` }).getByRole('textbox', { name: 'Sessions attended' })).toHaveValue('105');

  // Word, read back.
  const word = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download as Word' }).click();
  const { value: wordText } = await mammoth.extractRawText({ path: await (await word).path() });
  for (const expected of ['School briefing about Leo Ruiz', 'Written by: Kim Wu', '87.5%', 'Mornings are hard because Mum is poorly.', 'Leo Ruiz, in their own words']) {
    expect(wordText).toContain(expected);
  }

  // The briefing file for the chair.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the briefing file for the chair' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('Leo Ruiz school briefing.tabriefing');
  const briefingBytes = await readFile(await file.path());
  const briefing = JSON.parse(briefingBytes.toString('utf8')) as { format: string; content: { worries: string }; checksum: { value: string } };
  expect(briefing.format).toBe('team-around-briefing');
  expect(briefing.content.worries).toBe('Late on 6 mornings this term; says there is no breakfast some days.');
  await expect(page.getByText(/^Saved as Leo Ruiz school briefing\.tabriefing\. Send this file to the chair of the meeting\./)).toBeVisible();
  await expectAccessible(page, 'school briefing saved for the chair');
  await page.getByRole('link', { name: 'Back to briefings and reports' }).click();
  await expect(page.getByRole('region', { name: 'Your briefings and reports' }).getByRole('link', { name: 'School briefing about Leo Ruiz' })).toBeVisible();
  await expect(page.getByText(/Saved for the chair on \d{1,2} \w+ \d{4}\./)).toBeVisible();

  // The chair: bring the file in, after a preview.
  await page.goto(meetingPage);
  await page.getByRole('link', { name: 'Briefings and written reports' }).click();
  await chooseBriefingFile(page, 'Leo Ruiz school briefing.tabriefing', briefingBytes);
  const check = page.getByRole('heading', { level: 3, name: 'Check before you bring it in' });
  await expect(check).toBeFocused();
  const bringIn = page.getByRole('region', { name: 'Bring in a briefing or report' });
  await expect(bringIn).toContainText('Kim Wu, SENCO (special educational needs co-ordinator), Oak Lane Primary School');
  await expect(bringIn).toContainText('Leo Ruiz, born 3 February 2016');
  await expect(bringIn).toContainText(`This meeting: the first meeting on ${weekdayDate(DAY)} at 4pm`);
  await expect(bringIn.getByRole('combobox', { name: 'Show it beside which agenda item?' })).toHaveValue(/.+/);
  await expect(bringIn.getByRole('combobox', { name: 'Show it beside which agenda item?' }).locator('option:checked')).toHaveText('6. Updates from each service');
  await bringIn.getByText('Read the whole school briefing').click();
  await expect(bringIn.getByRole('blockquote')).toHaveText('Mornings are hard because Mum is poorly.');
  await expectAccessible(page, 'briefing preview');
  await bringIn.getByRole('button', { name: 'Bring it into the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The school briefing from Kim Wu is now in the meeting, beside “Updates from each service”.' })).toBeFocused();
  const received = page.getByRole('list', { name: 'Briefings and reports received' });
  await expect(received.getByRole('heading', { level: 3 })).toHaveText(['School briefing from Kim Wu']);
  await expectAccessible(page, 'briefing received');

  // The same file again: already here, nothing changed.
  await chooseBriefingFile(page, 'Leo Ruiz school briefing (1).tabriefing', briefingBytes);
  const refused = page.getByRole('alert').filter({ hasText: 'This file was not brought in' });
  await expect(refused).toBeFocused();
  await expect(refused).toContainText(/This briefing is already here: it was brought in on \d{1,2} \w+ \d{4}\. Nothing was changed\./);
  await expectAccessible(page, 'briefing already here');

  // A tampered copy: its checksum no longer matches.
  const tampered = Buffer.from(briefingBytes.toString('utf8').replace('no breakfast some days', 'breakfast every day'), 'utf8');
  await chooseBriefingFile(page, 'Leo Ruiz school briefing.tabriefing', tampered);
  await expect(refused).toContainText('This briefing has been changed since its author saved it, so it cannot be trusted. Nothing was brought in.');
  // A copy cut short on the way.
  await chooseBriefingFile(page, 'Leo Ruiz school briefing.tabriefing', briefingBytes.subarray(0, 400));
  await expect(refused).toContainText('This briefing file is incomplete');
  await expect(received.getByRole('listitem')).toHaveCount(1);
  await expectAccessible(page, 'tampered briefing refused');

  // In the live meeting: beside "Updates from each service", and Kim Wu has sent a written report.
  await page.goto(meetingPage.replace(/$/, '/run'));
  await expect(page.getByRole('region', { name: 'Who is here' }).getByRole('group', { name: 'Kim Wu' }).getByRole('radio', { name: 'Sent a written report' })).toBeChecked();
  await goToRunStep(page, '6. Updates from each service');
  const updates = page.getByRole('region', { name: '6. Updates from each service' });
  await expect(updates.getByRole('heading', { level: 4, name: 'A report sent for this item' })).toBeVisible();
  await expect(updates).toContainText('School briefing from Kim Wu');
  await updates.getByText('Read the whole report').click();
  await expect(updates.getByRole('blockquote')).toHaveText('Mornings are hard because Mum is poorly.');
  await expect(page.getByRole('heading', { level: 4, name: 'A report sent for this item' })).toHaveCount(1);
  await expectAccessible(page, 'live meeting with the report beside its item');

  // In the minutes: Kim Wu is listed as having sent a written report, and the report is printed.
  await page.goto(meetingPage);
  await page.getByRole('link', { name: 'Minutes', exact: true }).click();
  await page.getByRole('button', { name: 'Write the draft minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft minutes are ready.' })).toBeFocused();
  const minutes = page.getByRole('region', { name: 'The minutes, section by section', exact: true });
  await expect(minutes).toContainText('Sent a written report: Kim Wu');
  await expect(minutes).toContainText('Report from Kim Wu, SENCO');
  await expect(minutes).toContainText('Late on 6 mornings this term; says there is no breakfast some days.');
});

test('another service writes a written report (no attendance), makes a PDF only in the desktop app, and deletes it once sent', async ({ page }) => {
  // A reference as a chair would send it; the meeting is on the chair's computer, not this one.
  const REPORT_DAY = schoolThursday(17);
  const reference = requestReference({
    meetingId: 'meeting0000000000000000000000042',
    childId: 'child00000000000000000000000042',
    child: { name: 'Amira Haddad', dateOfBirth: '2014-09-01' },
    meetingDate: isoDate(REPORT_DAY),
    kind: 'written-report',
    askedOf: { practitionerId: null, name: 'Priya Shah', agency: 'Kirkby Community Health' },
    askedBy: { name: 'Sam Taylor', role: 'Family support worker' },
    askedOn: isoDate(daysFromToday(-3)),
  });
  await page.goto('/#/briefings');
  await page.getByRole('textbox', { name: 'Paste the reference from the chair' }).fill(reference);
  await page.getByRole('button', { name: 'Use this reference' }).click();
  await expect(page.getByText(`Sam Taylor (Family support worker) asks Priya Shah (Kirkby Community Health) for a written report for the meeting on ${weekdayDate(REPORT_DAY)}`, { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Yes, start the briefing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Written report about Amira Haddad' })).toBeFocused();
  await expect(page.getByRole('group', { name: 'Attendance' })).toHaveCount(0);
  await expect(page.getByRole('group', { name: 'Progress compared with what is expected for their age' })).toHaveCount(0);
  await expect(page.getByRole('textbox', { name: 'Your service or organisation' })).toHaveValue('Kirkby Community Health');
  await page.getByRole('textbox', { name: 'Your role' }).fill('School nurse');
  await page.getByRole('textbox', { name: 'What worries us' }).fill('Missed two hearing appointments.');
  await page.getByRole('textbox', { name: 'What our service can offer next' }).fill('A home visit before the meeting.');
  await expectAccessible(page, 'written report');

  // In the browser there is no PDF printer: the bridge says so plainly.
  await page.getByRole('button', { name: 'Make a PDF' }).click();
  await expect(page.getByText('Making a PDF needs the Team Around desktop app.', { exact: false })).toBeVisible();

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Save the briefing file for the chair' }).click();
  const saved = JSON.parse(await readFile(await (await download).path(), 'utf8')) as { kind: string; content: { attendance: unknown; worries: string } };
  expect(saved).toMatchObject({ kind: 'written-report', content: { attendance: null, worries: 'Missed two hearing appointments.' } });

  // Once sent, delete it from this computer: asked first, then gone from the list.
  await page.getByRole('button', { name: 'Delete this briefing' }).click();
  await expect(page.getByRole('heading', { level: 3, name: '“Written report about Amira Haddad”', exact: false })).toBeFocused();
  await expectAccessible(page, 'delete a briefing');
  await page.getByRole('button', { name: 'Yes, delete it' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Briefings and reports' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: '“Written report about Amira Haddad” has been deleted from this computer.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your briefings and reports' })).toContainText('None yet.');
});
