import JSZip from 'jszip';
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { PASSPHRASE } from './support/app';
import { goToRunStep, openMeetingRun, planMeeting, type PlannedMeetingRef } from './support/meetings';

const NURSE = { name: 'Sam Lee', role: 'School nurse', agency: 'Oakfield Academy' };
const DRAFT = 'DRAFT - not yet agreed with the family';
const SCHOOL = 'Oakfield Academy';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

/** Every piece of text in a Word file, the headers and footers included (where the DRAFT marking is). */
async function wordText(path: string): Promise<{ body: string; headers: string }> {
  const zip = await JSZip.loadAsync(await readFile(path));
  const text = async (name: string) => ((await zip.file(name)?.async('string')) ?? '').replace(/<w:tab\/>/g, ' ').replace(/<[^>]+>/g, '');
  const headerNames = Object.keys(zip.files).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n));
  return { body: await text('word/document.xml'), headers: (await Promise.all(headerNames.map(text))).join('\n') };
}

/** Records a consent decision for Ana Ruiz through the consent register's form. */
async function recordConsent(page: Page, familyId: string, d: { what: string; about: string; agency?: string; how?: string }): Promise<void> {
  await page.goto(`/#/families/${familyId}/consent`);
  const form = page.getByRole('form', { name: 'Record a decision' });
  await form.getByRole('group', { name: 'What happened?' }).getByRole('radio', { name: d.what }).check();
  await form.getByRole('group', { name: 'What is the decision about?' }).getByRole('radio', { name: d.about }).check();
  if (d.agency) await form.getByRole('combobox', { name: 'Agency or service' }).fill(d.agency);
  await form.getByRole('group', { name: /^Who / }).getByRole('radio', { name: 'Ana Ruiz' }).check();
  if (d.how) await form.getByRole('group', { name: /^How did they/ }).getByRole('radio', { name: d.how }).check();
  await form.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
  await form.getByRole('button', { name: 'Add to the register' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeVisible();
}

/** A meeting with Ana there, her views, closed without a next review, and finished on the live meeting screen. */
async function runAndFinish(page: Page, meeting: PlannedMeetingRef): Promise<void> {
  await openMeetingRun(page, meeting);
  const here = region(page, 'Who is here');
  await here.getByRole('group', { name: 'Ana Ruiz', exact: true }).getByRole('radio', { name: 'Came to the meeting' }).check();
  await goToRunStep(page, "3. The child's voice");
  await region(page, 'The family’s views').getByRole('textbox', { name: 'What the family says, in their words' }).fill('Mornings are the hardest part.');
  await goToRunStep(page, 'Finish the meeting');
  const outcome = region(page, 'Outcome and next review');
  await outcome.getByRole('radio', { name: /^Close the plan/ }).check();
  await outcome.getByRole('textbox', { name: 'Why the team agreed this' }).fill('Leo is doing well at school now');
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();
}

async function openMinutes(page: Page, meeting: PlannedMeetingRef): Promise<void> {
  await page.goto(meeting.meetingUrl);
  await page.getByRole('link', { name: 'Minutes', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Minutes of the meeting: ${meeting.familyName}` })).toBeVisible();
}

async function openExport(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Save and share copies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Save and share copies: / })).toBeVisible();
}

function recipient(page: Page, name: string | RegExp): Locator {
  return page.getByRole('group', { name: 'Who is it for?' }).getByRole('checkbox', typeof name === 'string' ? { name, exact: true } : { name });
}

/** Makes one Word copy for one recipient on the export screen and returns its text. */
async function exportWord(page: Page, document: string, who: string | RegExp): Promise<{ body: string; headers: string }> {
  await page.getByRole('group', { name: 'Which document?' }).first().getByRole('radio', { name: document, exact: true }).check();
  await page.getByRole('group', { name: 'Which format?' }).first().getByRole('radio', { name: 'Word' }).check();
  await recipient(page, who).check();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Make and save the copies' }).click();
  const file = await download;
  await expect(page.getByRole('status').filter({ hasText: /: saved as .*\.docx\.$/ }).first()).toBeVisible();
  return wordText(await file.path());
}

test.describe('minutes', () => {
  test('draft, sent, checked by the family on the laptop by keyboard, agreed, final; DRAFT until agreed; consent gate; a correction keeps version 1', async ({ page }) => {
    test.setTimeout(240_000);
    // The computer's speech, recorded so the test can hear what would be read aloud (the app is already loaded, and is never reloaded here).
    await page.evaluate(() => {
      const spoken: string[] = [];
      Object.assign(window, { __spoken: spoken });
      Object.defineProperty(window, 'speechSynthesis', {
        configurable: true,
        value: {
          speak: (u: { text: string; onend?: () => void }) => {
            spoken.push(u.text);
          },
          cancel: () => undefined,
        },
      });
    });
    const meeting = await planMeeting(page, { practitioners: [NURSE] });
    await recordConsent(page, meeting.familyId, { what: 'They agreed (consent given)', about: 'Early help itself', how: 'Signed form' });
    await recordConsent(page, meeting.familyId, { what: 'They agreed (consent given)', about: 'Sharing information with an agency or service', agency: SCHOOL, how: 'Spoken' });
    await runAndFinish(page, meeting);

    // The draft, made from what was recorded.
    await openMinutes(page, meeting);
    await page.getByRole('button', { name: 'Write the draft minutes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The draft minutes are ready.' })).toBeFocused();
    await expect(page.getByText('Version 1: Draft', { exact: true })).toBeVisible();
    await expect(region(page, 'The minutes, section by section')).toContainText('Mornings are the hardest part.');
    await expect(region(page, 'History of version 1').getByRole('listitem')).toHaveCount(1);
    await expect(region(page, 'History of version 1')).toContainText(/Draft written on \d{1,2} \w+ \d{4} at \d{2}:\d{2}/);
    await expectAccessible(page, 'draft minutes');

    // Before the family has agreed: every copy says DRAFT; the school cannot be chosen yet.
    await openExport(page);
    await expect(recipient(page, SCHOOL)).toBeDisabled();
    await expect(recipient(page, SCHOOL)).toHaveAccessibleDescription(/^Cannot be chosen\. The family has agreed to sharing with Oakfield Academy, but these minutes are not final yet\./);
    await expectAccessible(page, 'export before the family has agreed');
    const draftCopy = await exportWord(page, 'Minutes', /^Ana Ruiz/);
    expect(draftCopy.headers).toContain(DRAFT);
    expect(draftCopy.body).toContain('Mornings are the hardest part.');
    await expect(region(page, 'Copies of version 1 already made').getByRole('row')).toHaveCount(2);
    // A child is never sent a draft: the letter waits until the minutes count as agreed, and nothing is saved or listed.
    await page.getByRole('group', { name: 'Which document?' }).first().getByRole('radio', { name: 'Letter to the child or young person', exact: true }).check();
    await recipient(page, /^Ana Ruiz/).uncheck();
    await recipient(page, /^Leo/).check();
    await page.getByRole('button', { name: 'Make and save the copies' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Letter to the child or young person (Word) for Leo Ruiz: not made.' })).toContainText(
      'The letter for Leo can be made once the minutes count as agreed with the family, so it never says DRAFT. Record the family’s answers first.',
    );
    await expect(region(page, 'Copies of version 1 already made').getByRole('row')).toHaveCount(2);
    await expectAccessible(page, 'export: the child’s letter waits for agreement');
    await page.getByRole('link', { name: 'Back to the minutes' }).click();

    // Sent to the family, on this laptop: review mode opens.
    const send = page.getByRole('form', { name: 'Send the minutes to the family to check' });
    await send.getByRole('radio', { name: 'On this laptop, now' }).check();
    await send.getByRole('button', { name: 'Send to the family for review' }).click();
    // The chair hands over to Ana, the one parent recorded (already chosen).
    await expect(page.getByRole('heading', { level: 1, name: 'Hand the minutes to the family' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Ana Ruiz' })).toBeChecked();
    await tabTo(page, 'Hand over');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
    await expect(page.getByText(/^Part 1 of \d+$/)).toBeVisible();
    await expectAccessible(page, 'family review mode, first part');

    // Ana goes through it with the keyboard alone: the first part is right, the second is read aloud and something is wrong.
    await tabTo(page, 'This is right');
    await page.keyboard.press('Space');
    await expect(page.getByRole('radio', { name: 'This is right' })).toBeChecked();
    await tabTo(page, 'Next part');
    await page.keyboard.press('Enter');
    await expect(page.getByText(/^Part 2 of \d+$/)).toBeVisible();
    const second = page.getByRole('heading', { level: 2 }).first();
    await expect(second).toBeFocused();
    await expect(second).toHaveText(/\S/);
    const secondHeading = (await second.textContent()) ?? '';
    await tabTo(page, 'Read this aloud');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => (window as unknown as { __spoken: string[] }).__spoken.join('\n'))).toContain(secondHeading);
    await tabTo(page, 'This is right');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'Something is wrong here' })).toBeChecked();
    await tabTo(page, 'What is wrong? Write it in your own words');
    await page.keyboard.type('My sister Rosa was there too.');
    await expectAccessible(page, 'family review mode, something is wrong');
    // The rest of the parts: Next until the last step.
    for (let i = 0; i < 30; i++) {
      if (await page.getByRole('heading', { level: 2, name: 'Your answer' }).isVisible()) break;
      await tabTo(page, /^Next(: give your answer| part)$/);
      await page.keyboard.press('Enter');
      // The next part (or the answer) is on screen once focus has moved to its heading.
      await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    }
    await expect(page.getByRole('heading', { level: 2, name: 'Your answer' })).toBeFocused();
    await expect(page.getByText('You said something is wrong in:')).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: secondHeading })).toBeVisible();
    await tabTo(page, 'I agree: these minutes are right');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: 'I agree, if the changes I asked for are made' })).toBeChecked();
    await expectAccessible(page, 'family review mode, the answer');
    await tabTo(page, 'Continue');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
    await expect(page.getByRole('form', { name: 'Check your answers' })).toContainText('My sister Rosa was there too.');
    await tabTo(page, 'Give my answer');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
    await expect(page.getByText('Thank you, Ana Ruiz. Your answer has been recorded.')).toBeVisible();
    await expectAccessible(page, 'family review mode, thank you');

    // Back with the chair, who takes the laptop back with the passphrase: the answer in Ana's words, kept; then final.
    await page.getByRole('button', { name: 'Take the laptop back' }).click();
    await page.getByLabel('Your passphrase').fill(PASSPHRASE);
    await page.getByRole('button', { name: 'End the review' }).click();
    await expect(page.getByText('Version 1: The family has answered', { exact: true })).toBeVisible();
    const answers = region(page, 'The family’s answers');
    await expect(answers).toContainText('Agreed, once the changes they asked for are made');
    await expect(answers).toContainText('in person, reading the minutes on the laptop');
    await expect(answers).toContainText('My sister Rosa was there too.');
    await expect(region(page, 'History of version 1').getByRole('listitem')).toHaveCount(3);
    // The change she asked for goes into that part of the minutes, dated, with why.
    const amend = page.getByRole('form', { name: 'Make a change the family asked for' });
    await amend.getByRole('combobox', { name: 'Which part of the minutes?' }).selectOption({ label: 'Who came and their roles' });
    await amend.getByRole('textbox', { name: 'The change' }).fill('Rosa Diaz, Leo’s aunt, came to the meeting too.');
    await expect(amend.getByRole('textbox', { name: 'Why (optional)' })).toHaveValue('Ana Ruiz asked for this');
    await amend.getByRole('button', { name: 'Add the change' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The change has been added to “Who came and their roles”.' })).toBeFocused();
    await expect(region(page, 'Who came and their roles')).toContainText('Rosa Diaz, Leo’s aunt, came to the meeting too.');
    await expectAccessible(page, 'minutes with a change the family asked for');
    // Agreed, so making them final is the first thing to do; changes come after it.
    const next = region(page, 'What to do next');
    await expect(next.getByRole('heading', { level: 3 })).toHaveText([
      'Make the minutes final',
      'If something still needs to change',
      'Make a change the family asked for',
      'Send the minutes to the family again',
      'Review copy to take home',
      'Review file to open in a web browser',
    ]);
    await page.getByRole('button', { name: 'Make the minutes final' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 1 of the minutes is final and locked.' })).toBeFocused();
    await expect(page.getByText('Version 1: Final', { exact: true })).toBeVisible();
    await expect(region(page, 'History of version 1')).toContainText('Made final (locked)');
    await expectAccessible(page, 'final minutes');

    // Agreed: no DRAFT; the school can now be chosen, and its copy is recorded.
    await openExport(page);
    const agreedCopy = await exportWord(page, 'Minutes', /^Ana Ruiz/);
    expect(agreedCopy.headers).not.toContain('DRAFT');
    expect(agreedCopy.body).toContain('My sister Rosa was there too.');
    expect(agreedCopy.body).toContain('Rosa Diaz, Leo’s aunt, came to the meeting too.');
    // The child's letter now: no DRAFT and no protective marking, a plain line saying who it is for.
    const agreedLetter = await exportWord(page, 'Letter to the child or young person', /^Leo/);
    expect(agreedLetter.headers).not.toContain('DRAFT');
    expect(agreedLetter.headers).not.toContain('OFFICIAL');
    expect(agreedLetter.headers).toContain('Private: for Leo and their family');
    expect(agreedLetter.body).toContain('Dear Leo,');
    // Back to the minutes: who may have a copy is said for the document chosen.
    await page.getByRole('group', { name: 'Which document?' }).first().getByRole('radio', { name: 'Minutes', exact: true }).check();
    await expect(recipient(page, SCHOOL)).toBeEnabled();
    await expect(recipient(page, SCHOOL)).toHaveAccessibleDescription(/^Can have a copy\. Ana Ruiz gave consent to share with Oakfield Academy on /);
    // The school's nurse is covered by the consent to the school, and the reason says so (record 0047).
    await expect(recipient(page, /^Sam Lee/)).toHaveAccessibleDescription(
      /^Can have a copy\. Sam Lee may receive the minutes: they work for Oakfield Academy, and Ana Ruiz gave consent to share with Oakfield Academy on /,
    );
    const schoolCopy = await exportWord(page, 'Minutes', SCHOOL);
    expect(schoolCopy.headers).not.toContain('DRAFT');
    const copies = region(page, 'Copies of version 1 already made');
    await expect(copies.getByRole('row').filter({ hasText: SCHOOL })).toContainText('The family’s consent');
    await expectAccessible(page, 'export after the family agreed');

    // Consent withdrawn: the school can no longer be chosen, and the reason is shown.
    await page.goto(`/#/families/${meeting.familyId}/consent`);
    await page.getByRole('button', { name: `Withdraw consent to share information with ${SCHOOL}` }).click();
    const withdraw = page.getByRole('form', { name: 'Record a decision' });
    await withdraw.getByRole('textbox', { name: 'Your name' }).fill('Sam Patel');
    await withdraw.getByRole('button', { name: 'Add to the register' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Ana Ruiz withdrew consent to share information with ${SCHOOL}.` })).toBeVisible();
    await page.goto(`${meeting.meetingUrl}/minutes/export`);
    await expect(recipient(page, SCHOOL)).toBeDisabled();
    await expect(recipient(page, SCHOOL)).toHaveAccessibleDescription(/^Cannot be chosen\. Ana Ruiz withdrew consent to share with Oakfield Academy on \d{1,2} \w+ \d{4}\. Do not send the minutes to Oakfield Academy\./);
    await expectAccessible(page, 'export after consent was withdrawn');

    // A correction makes version 2; version 1 stays readable as it was.
    await page.getByRole('link', { name: 'Back to the minutes' }).click();
    const correct = page.getByRole('form', { name: 'Correct these minutes' });
    await correct.getByRole('button', { name: 'Make a corrected version' }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveText(['Say why the minutes are being corrected']);
    await correct.getByRole('textbox', { name: 'Why are the minutes being corrected?' }).fill('Rosa Diaz came too and was left off the list');
    await correct.getByRole('button', { name: 'Make a corrected version' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Version 2 has been made to correct version 1.' })).toBeFocused();
    await expect(page.getByText('Version 2: Draft', { exact: true })).toBeVisible();
    const versions = region(page, 'Versions');
    await expect(versions.getByRole('listitem')).toHaveCount(2);
    await expect(versions.getByRole('listitem').first()).toContainText('Read version 1: Replaced by a corrected version.');
    await expect(region(page, 'The family’s answers')).toContainText('My sister Rosa was there too.');
    await expectAccessible(page, 'version 2 of the minutes');
    await versions.getByRole('link', { name: 'Read version 1' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Minutes, version 1: Ruiz family' })).toBeVisible();
    await expect(region(page, 'The minutes as kept in version 1')).toContainText('Mornings are the hardest part.');
    await expect(region(page, 'History of version 1')).toContainText('Corrected in a new version');
    await expect(region(page, 'History of version 1')).toContainText('Corrected in version 2: Rosa Diaz came too and was left off the list');
    await expect(region(page, 'Copies of version 1')).toContainText(SCHOOL);
    await expectAccessible(page, 'version 1, read after the correction');
  });

  test('a review copy taken home, their disagreement recorded and kept, plain words checked, a PDF failure reported, and a safeguarding referral copy never blocked', async ({ page }) => {
    test.setTimeout(180_000);
    const meeting = await planMeeting(page);

    // Before the meeting has been run there is nothing to write minutes from.
    await openMinutes(page, meeting);
    await expect(page.getByText('Nothing has been recorded for this meeting yet, so there is nothing to write minutes from.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Write the draft minutes' })).toHaveCount(0);
    await expectAccessible(page, 'minutes before the meeting was run');

    await openMeetingRun(page, meeting);
    await region(page, 'Who is here').getByRole('group', { name: 'Ana Ruiz', exact: true }).getByRole('radio', { name: 'Came to the meeting' }).check();
    await goToRunStep(page, 'Finish the meeting');
    const outcome = region(page, 'Outcome and next review');
    await outcome.getByRole('radio', { name: /^Close the plan/ }).check();
    await outcome.getByRole('textbox', { name: 'Why the team agreed this' }).fill('We will signpost Ana to the holiday club.');
    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();
    await openMinutes(page, meeting);
    await page.getByRole('button', { name: 'Write the draft minutes' }).click();
    await expect(page.getByText('Version 1: Draft', { exact: true })).toBeVisible();

    // The plain words check points at the jargon; the chair keeps it, and that is recorded.
    await page.getByRole('link', { name: 'Check the family’s version for plain words' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Plain words check: Ruiz family' })).toBeVisible();
    await expect(page.getByText(/^Reading ease \d+ out of 100: /).first()).toBeVisible();
    const flag = page.getByRole('listitem').filter({ hasText: 'Jargon: signpost' });
    await expect(flag).toContainText('Try plain words');
    const still = page.getByRole('definition').filter({ hasText: /^\d+ things?$|^Nothing$/ });
    await expect(still).toBeVisible();
    const before = (await still.textContent()) ?? '';
    await expectAccessible(page, 'plain words check');
    await flag.getByRole('button', { name: /^Keep as it is/ }).click();
    await expect(flag).toContainText('Kept as it is.');
    await expect(flag.getByRole('button', { name: /^Look at it again/ })).toBeFocused();
    await expect(still).not.toHaveText(before);
    await page.getByRole('link', { name: 'Back to the minutes' }).click();

    // Sent as a review copy to take home: Word with DRAFT on every page and space for comments; a PDF needs the desktop app, and says so.
    const send = page.getByRole('form', { name: 'Send the minutes to the family to check' });
    await send.getByRole('radio', { name: 'A review copy to take home' }).check();
    await send.getByRole('button', { name: 'Send to the family for review' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Sent to the family to check. Make the review copy below.' })).toBeFocused();
    const reviewCopy = region(page, 'Review copy to take home');
    const download = page.waitForEvent('download');
    await reviewCopy.getByRole('button', { name: 'Download the review copy as Word for Ana Ruiz' }).click();
    const copy = await wordText(await (await download).path());
    expect(copy.headers).toContain(DRAFT);
    expect(copy.body).toContain('Is this part right?');
    expect(copy.body).toContain('Do you agree these notes are a true record?');
    await expect(reviewCopy.getByRole('status')).toContainText(/Review copy for the family \(Word\) for Ana Ruiz: saved as .*\.docx\./);
    await reviewCopy.getByRole('button', { name: 'Make a PDF of the review copy for Ana Ruiz' }).click();
    await expect(reviewCopy.getByRole('alert')).toHaveText(
      'Review copy for the family (PDF) for Ana Ruiz: not made. Making a PDF needs the Team Around desktop app. In the browser, use Word export or your browser’s Print.',
    );
    await expectAccessible(page, 'minutes with the family, review copy made');

    // Her answer on the review copy: she does not agree. Her words are needed, then kept.
    await page.getByRole('link', { name: 'Record the family’s answer' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Record the family’s answer: Ruiz family' })).toBeVisible();
    const form = page.getByRole('form', { name: 'The family’s answer' });
    await expect(form.getByRole('radio', { name: 'Ana Ruiz' })).toBeChecked();
    await expect(form.getByRole('radio', { name: 'On the review copy they took home' })).toBeChecked();
    await form.getByRole('radio', { name: 'Does not agree with these minutes' }).check();
    await form.getByRole('button', { name: 'Record their answer' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problem).toBeFocused();
    await expect(problem.getByRole('link')).toHaveText(['Write what is not right, in your own words']);
    await expectAccessible(page, 'recording the answer, words missing');
    await problem.getByRole('link').click();
    await expect(form.getByRole('textbox', { name: 'What they said, in their own words' })).toBeFocused();
    await page.keyboard.type('I did not agree to the holiday club. I said I would think about it.');
    await form.getByRole('button', { name: 'Record their answer' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ana Ruiz’s answer has been recorded.' })).toBeVisible();
    const answers = region(page, 'The family’s answers');
    await expect(answers).toContainText('Does not agree with these minutes');
    await expect(answers).toContainText('on the review copy they took home');
    await expect(answers).toContainText('I did not agree to the holiday club. I said I would think about it.');
    await expect(answers.getByRole('button')).toHaveCount(0);

    // Ana is the only parent invited, so by the area's default rule (every parent invited has answered) her answer is
    // the one needed: the minutes count as agreed, copies are not marked DRAFT, and her disagreement is printed in her words.
    await expect(page.getByText('These minutes count as agreed with the family, so copies are not marked as a draft.')).toBeVisible();
    const finalise = page.getByRole('form', { name: 'Make the minutes final' });
    await expect(finalise).not.toContainText(DRAFT);
    await finalise.getByRole('button', { name: 'Make the minutes final' }).click();
    await expect(page.getByText('Version 1: Final', { exact: true })).toBeVisible();
    await openExport(page);
    const agreedByRule = await exportWord(page, 'Minutes', /^Ana Ruiz/);
    expect(agreedByRule.headers).not.toContain('DRAFT');
    expect(agreedByRule.body).toContain('I did not agree to the holiday club. I said I would think about it.');
    // The other documents come from the same content, each for one person.
    const letter = await exportWord(page, 'Letter to the child or young person', /^Leo/);
    expect(letter.body).toContain('Leo');
    expect(letter.headers).not.toContain('DRAFT');
    const pack = await exportWord(page, 'Meeting pack', /^Ana Ruiz/);
    expect(pack.body).toContain('Copy for Ana Ruiz');

    // The safeguarding referral route: no consent has been recorded, yet it is never blocked; it asks for the reason and keeps it.
    const referral = page.getByRole('form', { name: 'Safeguarding referral copy' });
    await referral.getByRole('button', { name: 'Make the referral copy' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText([
      'Say why this is a safeguarding referral: what makes you believe a child may be at risk of significant harm.',
    ]);
    await expectAccessible(page, 'safeguarding referral copy without a reason');
    await referral.getByRole('textbox', { name: 'Why is this a safeguarding referral?' }).fill('Leo said he is scared to go home at weekends.');
    const referralDownload = page.waitForEvent('download');
    await referral.getByRole('button', { name: 'Make the referral copy' }).click();
    const referralCopy = await wordText(await (await referralDownload).path());
    expect(referralCopy.body).toContain('We will signpost Ana to the holiday club.');
    await expect(referral.getByRole('status')).toContainText('Minutes (Word) for Children’s social care: saved as');
    const copies = region(page, 'Copies of version 1 already made');
    await expect(copies.getByRole('row').filter({ hasText: 'Children’s social care' })).toContainText('Safeguarding referral: Leo said he is scared to go home at weekends.');
    await expect(copies.getByRole('row').filter({ hasText: 'Ana Ruiz' }).first()).toContainText('The family’s own copy');

    // The audit trail names each copy: the document, version, format and basis; never what it says.
    await page.goto(`/#/families/${meeting.familyId}/audit`);
    const trail = page.getByRole('table');
    await expect(trail.getByRole('row').filter({ hasText: 'Made a safeguarding referral' }).first()).toContainText('Version 1 of the minutes (Word, for a safeguarding referral)');
    await expect(trail.getByRole('row').filter({ hasText: "Saved version 1 of the review copy of the minutes (Word, the family's own copy) as a file" })).toHaveCount(1);
    await expect(trail).not.toContainText('scared');
  });

  test('family review mode says so when the computer cannot read aloud', async ({ page }) => {
    const meeting = await planMeeting(page);
    await page.evaluate(() => {
      Object.defineProperty(window, 'speechSynthesis', { configurable: true, value: undefined });
    });
    await runAndFinish(page, meeting);
    await openMinutes(page, meeting);
    await page.getByRole('button', { name: 'Write the draft minutes' }).click();
    const send = page.getByRole('form', { name: 'Send the minutes to the family to check' });
    await send.getByRole('radio', { name: 'On this laptop, now' }).check();
    await send.getByRole('button', { name: 'Send to the family for review' }).click();
    await page.getByRole('button', { name: 'Hand over' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
    await expect(page.getByText('Reading aloud is not available on this computer. Ask the person who chaired the meeting to read this part with you.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Read this aloud' })).toHaveCount(0);
    await expectAccessible(page, 'family review mode without speech');
  });
});
