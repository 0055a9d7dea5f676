/**
 * Actions by owner: one practitioner's open actions across families, on a screen reached from the
 * directory, and as a Word file to send them. A family that has not agreed to share with the
 * practitioner's agency is left out of both, and the file does not name it. Seeded through the
 * screens on the fixed clock.
 */
import mammoth from 'mammoth';
import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { daysFromToday, londonInstant, longDate, slashDate } from './support/clock';
import { tabTo } from './support/keyboard';
import { addPractitioner, planMeeting, RUIZ_FAMILY, type PlannedMeetingRef } from './support/meetings';

const PRIYA = { name: 'Priya Shah', role: 'School nurse', agency: 'Oak Health' };
const OKAFOR = { familyName: 'Okafor family', carer: { name: 'Chioma Okafor', relationship: 'Mum' }, child: { name: 'Tobi Okafor', dateOfBirth: '03/02/2016' } };

/** Actions agreed at a meeting already held, on its live meeting screen, in order. */
async function agreeActions(page: Page, meeting: PlannedMeetingRef, actions: ReadonlyArray<{ what: string; owner: string; due: string }>): Promise<void> {
  // The item with the actions, as the home screen links to it.
  await page.goto(`${meeting.runUrl}?item=actions`);
  // The screen has read the meeting's actions before anything is typed.
  await expect(page.getByText('No actions agreed yet.')).toBeVisible();
  const add = page.getByRole('region', { name: 'Add an action' });
  for (const [i, a] of actions.entries()) {
    await add.getByRole('textbox', { name: 'What will be done' }).fill(a.what);
    await add.getByRole('combobox', { name: 'Who will do it' }).fill(a.owner);
    await add.getByRole('textbox', { name: 'Done by' }).fill(a.due);
    await expect(add.getByRole('textbox', { name: 'What will be done' })).toHaveValue(a.what);
    await add.getByRole('button', { name: 'Add the action' }).click();
    await expect(add.getByRole('status')).toHaveText(`Action ${i + 1} added: ${a.what}`);
  }
}

/** A decision recorded on the family's consent register, given by its carer. */
async function recordConsent(page: Page, familyId: string, carer: string, agency?: string): Promise<void> {
  await page.goto(`/#/families/${familyId}/consent`);
  const f = page.getByRole('form', { name: 'Record a decision' });
  await f.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: 'They agreed (consent given)' }).check();
  const about = f.getByRole('group', { name: 'What is the decision about?' });
  if (agency) {
    await about.getByRole('radio', { name: 'Sharing information with an agency or service' }).check();
    await f.getByRole('combobox', { name: 'Agency or service' }).fill(agency);
  } else {
    await about.getByRole('radio', { name: 'Early help itself' }).check();
  }
  await f.getByRole('group', { name: /^Who / }).getByRole('radio', { name: carer }).check();
  await f.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: 'Signed form' }).check();
  await f.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await f.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeFocused();
}

test('lists one practitioner’s open actions by family, leaves out a family without consent, and saves the list as Word, by keyboard', async ({ page }) => {
  const held = londonInstant(daysFromToday(-7), '10:00');
  await addPractitioner(page, PRIYA);
  const ruiz = await planMeeting(page, { kind: 'Review meeting', startsAt: held });
  const okafor = await planMeeting(page, { family: OKAFOR, kind: 'Review meeting', startsAt: held });

  await agreeActions(page, ruiz, [
    { what: 'Book the hearing test', owner: PRIYA.name, due: slashDate(daysFromToday(20)) },
    // Due today: within "this week" whatever day of the week the fixed clock falls on (so is Tobi's visit below).
    { what: 'Take Leo to the dentist', owner: RUIZ_FAMILY.carer.name, due: slashDate(daysFromToday(0)) },
    { what: 'Check Leo’s growth', owner: PRIYA.name, due: slashDate(daysFromToday(-2)) },
  ]);
  await agreeActions(page, okafor, [{ what: 'Visit Tobi at home', owner: PRIYA.name, due: slashDate(daysFromToday(0)) }]);
  await recordConsent(page, ruiz.familyId, RUIZ_FAMILY.carer.name);
  await recordConsent(page, ruiz.familyId, RUIZ_FAMILY.carer.name, PRIYA.agency);
  // The Okafors agreed to early help, but not to sharing with Oak Health.
  await recordConsent(page, okafor.familyId, OKAFOR.carer.name);

  // From the directory, by keyboard.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Directory' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /directory/i })).toBeVisible();
  await tabTo(page, `Open actions for ${PRIYA.name}`);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: `Open actions for ${PRIYA.name}` })).toBeFocused();

  const list = page.getByRole('region', { name: 'Their open actions' });
  await expect(list.getByRole('heading', { level: 3 })).toHaveText(['The Ruiz family']);
  await expect(list.getByRole('listitem')).toHaveText([
    `Check Leo’s growth. Done by ${longDate(daysFromToday(-2))} (overdue). Not started.`,
    `Book the hearing test. Done by ${longDate(daysFromToday(20))}. Not started.`,
  ]);
  await expect(list).not.toContainText('Okafor');
  await expect(list).not.toContainText('Visit Tobi at home');
  await expect(list).not.toContainText('dentist');
  const leftOut = page.getByRole('region', { name: 'Not in the list' });
  await expect(leftOut).toContainText('The Okafor family: The family has not been asked about sharing with Priya Shah');
  await expectAccessible(page, 'open actions for one practitioner');

  const download = page.waitForEvent('download');
  await tabTo(page, 'Save as Word');
  await page.keyboard.press('Enter');
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^Open actions for Priya Shah \d{4}-\d{2}-\d{2}\.docx$/);
  const { value: text } = await mammoth.extractRawText({ path: await file.path() });
  for (const expected of ['Open actions for Priya Shah', 'The Ruiz family', 'Check Leo’s growth', 'Book the hearing test', "1 other family's actions are not in this list"]) {
    expect(text).toContain(expected);
  }
  for (const absent of ['Okafor', 'Chioma', 'Tobi', 'dentist']) expect(text).not.toContain(absent);
  await expect(page.getByRole('status').filter({ hasText: /^Saved as Open actions for Priya Shah/ })).toBeVisible();

  // In the browser there is no PDF printer: the screen says so, and nothing is recorded as saved.
  await page.getByRole('button', { name: 'Save as PDF' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Making a PDF needs the Team Around desktop app.' })).toBeVisible();

  // Home's "actions due" lists Priya's overdue action, with the way to all of hers.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
  const due = page.getByRole('region', { name: /^Actions overdue or due this week/ });
  await expect(due.getByRole('heading', { level: 3 })).toHaveText(['Priya Shah (2)', 'Ana Ruiz (1)']);
  await expect(due.getByRole('link', { name: /^All open actions for / })).toHaveText(['All open actions for Priya Shah']);
  await due.getByRole('link', { name: 'All open actions for Priya Shah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Open actions for ${PRIYA.name}` })).toBeVisible();

  // The export is in the record of who did what.
  await page.goto('/#/settings/record');
  await expect(page.getByRole('main')).toContainText('Sam Patel saved the list of open actions for Priya Shah as a Word file');
  await expect(page.getByRole('main')).not.toContainText('as a PDF file');
});
