/**
 * A school without Team Around: the chair's request saved as a form file, opened from disk in
 * Chromium with its code, filled in by keyboard with attendance worked out as they type and pasted
 * from a spreadsheet (tab-separated), kept in the browser across a reload, and the briefing file it
 * makes imported by the chair exactly as today's .tabriefing. Axe on every state; requests recorded.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { addFamily } from './support/families';
import { londonInstant, termsToday } from './support/clock';
import { tabTo } from './support/keyboard';
import { schoolThursday } from './support/school-calendar';

const FAMILY = { familyName: 'Ruiz family', carer: { name: 'Ana Ruiz', relationship: 'Mum' }, child: { name: 'Leo Ruiz', dateOfBirth: '03/02/2016' } };
const PREFILLED = `?startsAt=${encodeURIComponent(londonInstant(schoolThursday(), '16:00'))}&lengthMinutes=60`;
const { thisTerm: THIS_TERM, lastTerm: LAST_TERM } = termsToday();

async function planMeeting(page: Page): Promise<string> {
  await addFamily(page, FAMILY);
  const familyId = /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
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

async function unlock(form: Page, code: string): Promise<void> {
  await tabTo(form, 'Code');
  await form.keyboard.type(code);
  await form.keyboard.press('Enter');
  await expect(form.getByRole('heading', { level: 1, name: 'School briefing about Leo Ruiz' })).toBeVisible();
}

test('a school fills in the briefing form in its browser, and the chair imports the briefing file it makes', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const meetingPage = await planMeeting(page);
  await page.getByRole('link', { name: 'Briefings and written reports' }).click();
  const ask = page.getByRole('region', { name: 'Ask a school or agency for a briefing' });
  await ask.getByRole('radio', { name: 'Someone else' }).check();
  await ask.getByRole('textbox', { name: 'Their name (optional)' }).fill('Kim Wu');
  await ask.getByRole('textbox', { name: 'Their school or service' }).fill('Oak Lane Primary School');
  await ask.getByRole('button', { name: 'Make the request' }).click();
  const sent = page.getByRole('region', { name: 'Send this request to Kim Wu' });
  const download = page.waitForEvent('download');
  await sent.getByRole('button', { name: 'Save as a form to open in a web browser' }).click();
  const saved = await download;
  const told = sent.getByRole('status').filter({ hasText: 'The code for Kim Wu is' });
  await expect(told).toBeVisible();
  const code = /is ([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})\./.exec((await told.textContent()) ?? '')?.[1] ?? '';
  expect(code).not.toBe('');
  await expectAccessible(page, 'briefing request saved as a form');
  const htmlPath = testInfo.outputPath('briefing-form.html');
  await writeFile(htmlPath, await readFile(await saved.path()));
  expect(await readFile(htmlPath, 'utf8')).not.toContain('Leo Ruiz');

  // The school opens it from disk: locked, then the form with the child and the meeting filled in.
  const form = await page.context().newPage();
  const requests: string[] = [];
  form.on('request', (request) => requests.push(request.url()));
  const fileUrl = `file://${htmlPath}`;
  await form.goto(fileUrl);
  await expect(form.getByRole('heading', { level: 1, name: 'A school briefing for a Team Around meeting' })).toBeVisible();
  await expectAccessible(form, 'briefing form, locked');
  await unlock(form, code);
  await expect(form.getByRole('textbox', { name: 'Your name' })).toHaveValue('Kim Wu');
  await expect(form.getByRole('textbox', { name: 'Your school' })).toHaveValue('Oak Lane Primary School');
  await expect(form.getByRole('textbox', { name: 'Child’s name' })).toHaveValue('Leo Ruiz');
  await expect(form.getByRole('textbox', { name: 'Child’s date of birth' })).toHaveValue('03/02/2016');
  await expectAccessible(form, 'briefing form, open');

  // By keyboard: attendance is worked out as they type.
  await tabTo(form, 'Your role');
  await form.keyboard.type('Designated safeguarding lead');
  await tabTo(form, 'Sessions possible');
  await form.keyboard.type('120');
  await form.keyboard.press('Tab');
  await form.keyboard.type('105');
  const thisTerm = form.getByRole('group', { name: /^This term: / });
  await expect(thisTerm).toContainText('Attended 105 of 120 sessions (87.5%). Missed 15 sessions (12.5%).');
  await expect(thisTerm).toContainText('This counts as persistent absence');
  await expectAccessible(form, 'briefing form, attendance worked out');

  // A paste from a spreadsheet (tab-separated) fills both terms, named from the fixed clock's date.
  await expect(thisTerm.locator('legend')).toHaveText(`This term: ${THIS_TERM}`);
  const lastTerm = form.getByRole('group', { name: `Last term: ${LAST_TERM}` });
  await tabTo(form, 'Or paste the figures from a spreadsheet');
  await form.keyboard.insertText(`Term\tSessions possible\tSessions attended\tLate sessions\n${THIS_TERM}\t120\t111\t4\n${LAST_TERM}\t130\t124\t0`);
  await tabTo(form, 'Fill in from the paste');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('status').filter({ hasText: 'The figures have been filled in from the paste.' })).toBeVisible();
  await expect(thisTerm).toContainText('Attended 111 of 120 sessions (92.5%).');
  await expect(lastTerm).toContainText('Attended 124 of 130 sessions (95.4%).');
  await tabTo(form, 'What worries the school');
  await form.keyboard.type('Late on 6 mornings this term.');
  await expect(form.getByText('Kept in this browser.')).toBeVisible();

  // Closed and opened again: what they typed is put back.
  await form.reload();
  await unlock(form, code);
  await expect(form.getByText('What you typed before has been put back.')).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'What worries the school' })).toHaveValue('Late on 6 mornings this term.');
  await expect(form.getByRole('group', { name: /^This term: / })).toContainText('Attended 111 of 120 sessions (92.5%).');

  // The finished briefing file, exactly today's format.
  const made = form.waitForEvent('download');
  await tabTo(form, 'Make the briefing file');
  await form.keyboard.press('Enter');
  const briefingFile = await made;
  expect(briefingFile.suggestedFilename()).toBe('School briefing about Leo Ruiz.tabriefing');
  const bytes = await readFile(await briefingFile.path());
  const briefing = JSON.parse(bytes.toString('utf8')) as { format: string; author: { role: string }; content: { worries: string; attendance: { thisTerm: { sessionsAttended: number } } } };
  expect(briefing.format).toBe('team-around-briefing');
  expect(briefing.author.role).toBe('Designated safeguarding lead');
  expect(briefing.content.worries).toBe('Late on 6 mornings this term.');
  expect(briefing.content.attendance.thisTerm.sessionsAttended).toBe(111);
  await expect(form.getByRole('heading', { level: 2, name: 'Your briefing file is saved' })).toBeVisible();
  await expectAccessible(form, 'briefing form, file made');
  expect(requests.filter((url) => url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  await form.close();

  // The chair brings it in as any briefing file.
  await page.goto(meetingPage);
  await page.getByRole('link', { name: 'Briefings and written reports' }).click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a briefing file' }).click();
  await (await chooser).setFiles({ name: briefingFile.suggestedFilename(), mimeType: 'application/json', buffer: bytes });
  const bringIn = page.getByRole('region', { name: 'Bring in a briefing or report' });
  await expect(bringIn).toContainText('Kim Wu, Designated safeguarding lead, Oak Lane Primary School');
  await bringIn.getByRole('button', { name: 'Bring it into the meeting' }).click();
  await expect(page.getByRole('list', { name: 'Briefings and reports received' }).getByRole('heading', { level: 3 })).toHaveText(['School briefing from Kim Wu']);
  await expectAccessible(page, 'briefing from the form received');

  // Saving the form is in the audit trail.
  const familyId = /families\/([A-Za-z0-9_-]+)/.exec(meetingPage)?.[1] ?? '';
  await page.goto(`/#/families/${familyId}/audit`);
  await expect(page.getByRole('table').getByRole('row').filter({ hasText: 'Shared a request for a briefing as a form file' })).toHaveCount(1);
});
