/**
 * The family's review file as a parent would use it: made by the chair, opened from disk in
 * Chromium with no app and no network, unlocked with the code (a wrong code told plainly and slowed
 * down), answered by keyboard alone, the reply read back and imported into the minutes with a
 * preview; a changed or cut-short reply refused. Axe on every state; every request recorded.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { goToRunStep, openMeetingRun, planMeeting } from './support/meetings';

const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function heading(page: Page): Promise<string> {
  return ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
}

test('a review file opened in the browser, answered by keyboard, its reply imported into the minutes', async ({ page }, testInfo) => {
  test.setTimeout(240_000);
  const meeting = await planMeeting(page);
  await openMeetingRun(page, meeting);
  await region(page, 'Who is here').getByRole('group', { name: 'Ana Ruiz', exact: true }).getByRole('radio', { name: 'Came to the meeting' }).check();
  await goToRunStep(page, "3. The child's voice");
  await region(page, 'The family’s views').getByRole('textbox', { name: 'What the family says, in their words' }).fill('Mornings are the hardest part.');
  await goToRunStep(page, 'Finish the meeting');
  const outcome = region(page, 'Outcome and next review');
  await outcome.getByRole('radio', { name: /^Close the plan/ }).check();
  await outcome.getByRole('textbox', { name: 'Why the team agreed this' }).fill('Leo is doing well at school now');
  await page.getByRole('button', { name: 'Finish the meeting' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();
  await page.goto(meeting.meetingUrl);
  await page.getByRole('link', { name: 'Minutes', exact: true }).click();
  await page.getByRole('button', { name: 'Write the draft minutes' }).click();
  const send = page.getByRole('form', { name: 'Send the minutes to the family to check' });
  await send.getByRole('radio', { name: 'A review copy to take home' }).check();
  await send.getByRole('button', { name: 'Send to the family for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Sent to the family to check.' })).toBeVisible();

  // The chair makes Ana's review file; the code is shown once, to give her separately.
  const files = region(page, 'Review file to open in a web browser');
  const download = page.waitForEvent('download');
  await files.getByRole('button', { name: 'Make a review file for Ana Ruiz' }).click();
  const saved = await download;
  const told = files.getByRole('status').filter({ hasText: 'The code for Ana Ruiz is' });
  await expect(told).toBeVisible();
  const code = /is ([0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4})\./.exec((await told.textContent()) ?? '')?.[1] ?? '';
  expect(code).toMatch(/^[0-9A-Z]{4} [0-9A-Z]{4} [0-9A-Z]{4}$/);
  await expectAccessible(page, 'minutes with a review file made');
  const htmlPath = testInfo.outputPath('review-file.html');
  await writeFile(htmlPath, await readFile(await saved.path()));
  const html = await readFile(htmlPath, 'utf8');
  expect(html).not.toContain('Mornings are the hardest part.');
  expect(html).not.toContain('Ana Ruiz');
  expect(Buffer.byteLength(html)).toBeLessThan(1024 * 1024);

  // Ana opens it from disk. Every request the page makes is recorded.
  const form = await page.context().newPage();
  const requests: string[] = [];
  form.on('request', (request) => requests.push(request.url()));
  const fileUrl = `file://${htmlPath}`;
  await form.goto(fileUrl);
  await expect(form.getByRole('heading', { level: 1, name: 'Minutes to check' })).toBeVisible();
  await expect(form.getByText(/^From .*, made on /)).toBeVisible();
  await expectAccessible(form, 'review file, locked');

  // A wrong code is told plainly, and each one makes the next try wait longer.
  await tabTo(form, 'Code');
  await form.keyboard.type('AAAA BBBB CCCC');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('That code does not open this form. Check it and try again in 2 seconds.');
  await expectAccessible(form, 'review file, wrong code');
  // The wait runs on the fixed clock: moved on, not waited out.
  await form.clock.fastForward(2_100);
  await form.keyboard.press('Control+A');
  await form.keyboard.type('AAAA BBBB CCCD');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('Check it and try again in 4 seconds.');
  // Straight away (pasted, as from a message), even the right code has to wait its turn.
  await form.keyboard.press('Control+A');
  await form.keyboard.insertText(code.toLowerCase());
  await form.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText(/Please wait \d seconds? before trying again\./);
  await form.clock.fastForward(4_100);
  // How fast it opens is measured by the benchmark, never by a timed assertion here.
  await form.keyboard.press('Enter');
  await expect(form.getByText('Part 1 of', { exact: false })).toBeVisible();
  await expect(form.getByRole('heading', { level: 1 })).toBeFocused();
  await expectAccessible(form, 'review file, first part');
  // Read aloud through the browser's own speech: what it would say is recorded.
  await form.evaluate(() => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    window.speechSynthesis.speak = (utterance: SpeechSynthesisUtterance) => void said.push(`${utterance.lang}: ${utterance.text}`);
  });
  const firstPart = await heading(form);
  await tabTo(form, 'Read this part aloud');
  await form.keyboard.press('Enter');
  expect(await form.evaluate(() => (window as unknown as { said: string[] }).said)).toEqual([expect.stringMatching(new RegExp(`^en-GB: ${firstPart}\\. `))]);

  // One part at a time, by keyboard alone: her views are wrong, the rest right.
  let wrongPart = '';
  for (let part = 0; part < 30 && (await heading(form)) !== 'Your answer'; part++) {
    const title = await heading(form);
    await tabTo(form, 'This is right');
    if (title === 'What your family told us') {
      wrongPart = title;
      await expect(form.getByText('Mornings are the hardest part.')).toBeVisible();
      await form.keyboard.press('ArrowDown');
      await form.keyboard.press('Tab');
      await form.keyboard.type('It is evenings that are hard, not mornings.');
    } else {
      await form.keyboard.press('Space');
    }
    await tabTo(form, /^(Next part|Give your answer)$/);
    await form.keyboard.press('Enter');
  }
  expect(wrongPart).not.toBe('');
  await expect(form.getByRole('heading', { level: 1, name: 'Your answer' })).toBeFocused();
  // Making the reply without an answer is refused, in words.
  await tabTo(form, 'Make my reply');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('Choose your answer');
  await expectAccessible(form, 'review file, answer missing');
  await tabTo(form, 'I agree: these minutes are right');
  await form.keyboard.press('ArrowDown');
  await tabTo(form, 'Make my reply');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('heading', { level: 1, name: 'Your reply is ready' })).toBeVisible();
  const replyText = await form.getByRole('textbox', { name: 'Your reply as text' }).inputValue();
  expect(replyText).toMatch(/^TEAM AROUND REPLY START\n[\s\S]+\nTEAM AROUND REPLY END\n$/);
  expect(replyText).not.toContain('evenings');
  const replyDownload = form.waitForEvent('download');
  await tabTo(form, 'Save the reply as a file');
  await form.keyboard.press('Enter');
  expect(await readFile(await (await replyDownload).path(), 'utf8')).toBe(replyText);
  await expect(form.getByRole('status')).toContainText('Saved as');
  await expectAccessible(form, 'review file, reply ready');

  // Its own policy blocks an injected script and any connection; it asked for nothing but itself.
  const injected = await form.evaluate(async () => {
    const script = document.createElement('script');
    script.textContent = 'window.injectedRan = true;';
    document.body.append(script);
    const fetched = await fetch('http://127.0.0.1:9/').then(
      () => 'fetched',
      () => 'refused',
    );
    return { ran: (window as unknown as { injectedRan?: boolean }).injectedRan === true, fetched };
  });
  expect(injected).toEqual({ ran: false, fetched: 'refused' });
  expect(requests.filter((url) => url !== fileUrl && !url.startsWith('data:') && !url.startsWith('blob:'))).toEqual([]);
  await form.close();

  // Back on the chair's laptop: a changed reply and a cut-short one are refused; nothing is recorded.
  await page.getByRole('link', { name: 'Import a reply from a review file' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Import a reply from a review file: Ruiz family' })).toBeVisible();
  await expectAccessible(page, 'import a reply');
  const box = page.getByRole('textbox', { name: 'The reply' });
  const lines = replyText.split('\n');
  const second = lines[1] ?? '';
  const changed = [lines[0], `${second.slice(0, 20)}${second[20] === 'Q' ? 'R' : 'Q'}${second.slice(21)}`, ...lines.slice(2)].join('\n');
  await box.fill(changed);
  await page.getByRole('button', { name: 'Check the reply' }).click();
  await expect(page.getByRole('alert')).toContainText('changed or damaged since it was made');
  await expectAccessible(page, 'import a reply, changed');
  await box.fill(replyText.slice(0, replyText.length - 40));
  await page.getByRole('button', { name: 'Check the reply' }).click();
  await expect(page.getByRole('alert')).toContainText('This reply is cut short');

  // The whole reply, pasted as from an email: a preview of who, which minutes, each answer.
  await box.fill(`Hi Sam, here it is.\n\n${replyText}\nAna`);
  await page.getByRole('button', { name: 'Check the reply' }).click();
  const preview = region(page, 'The reply, before it is recorded');
  await expect(preview.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(preview).toContainText('Ana Ruiz');
  await expect(preview).toContainText('version 1');
  await expect(preview).toContainText('Agreed, once the changes they asked for are made');
  await expect(preview.getByRole('listitem').filter({ hasText: wrongPart })).toContainText('Something is wrong here. “It is evenings that are hard, not mornings.”');
  await expectAccessible(page, 'import a reply, preview');
  await preview.getByRole('button', { name: 'Record this answer' }).click();
  await expect(page.getByText('Ana Ruiz’s answer from the review file has been recorded.')).toBeVisible();
  const answers = region(page, 'The family’s answers');
  await expect(answers).toContainText('in the review file they opened in their own browser');
  await expect(answers).toContainText('It is evenings that are hard, not mornings.');
  await expectAccessible(page, 'minutes with the answer from the review file');

  // The same reply again is not recorded twice.
  await page.getByRole('link', { name: 'Import a reply from a review file' }).click();
  await page.getByRole('textbox', { name: 'The reply' }).fill(replyText);
  await page.getByRole('button', { name: 'Check the reply' }).click();
  await expect(page.getByRole('alert')).toContainText('This reply from Ana Ruiz is already recorded.');

  // Making the file and importing its reply are in the audit trail; what they say is not.
  await page.goto(`/#/families/${meeting.familyId}/audit`);
  const trail = page.getByRole('table');
  await expect(trail.getByRole('row').filter({ hasText: 'Saved version 1 of the minutes as a review file' })).toHaveCount(1);
  await expect(trail.getByRole('row').filter({ hasText: 'Imported the answer Ana Ruiz sent back in a review file (version 1 of the minutes)' })).toHaveCount(1);
  await expect(trail).not.toContainText('evenings');
});

test('an altered review file does not open, and a changed program does not run', async ({ page }, testInfo) => {
  const { buildFormRuntime } = await import('../../scripts/form-runtime');
  const { sealForm } = await import('../../renderer/forms/crypto');
  const { formHtml } = await import('../../shared/forms/html');
  const envelope = await sealForm({
    kind: 'family-review',
    formId: 'form-altered-00001',
    publicInfo: { title: 'Minutes to check', from: 'Sam Patel, Family support worker', contact: '', madeOn: '2026-11-23' },
    code: '7K3M9QXR2TWA',
    payload: { not: 'looked at: the content never opens' },
  });
  const assets = await buildFormRuntime();
  const flip = (s: string) => `${s.slice(0, 10)}${s[10] === 'A' ? 'B' : 'A'}${s.slice(11)}`;
  const form = await page.context().newPage();

  // The content changed: the right code does not open it, and the page says what to do.
  const changedContent = testInfo.outputPath('changed-content.html');
  await writeFile(changedContent, formHtml({ ...envelope, ciphertext: flip(envelope.ciphertext) }, assets));
  await form.goto(`file://${changedContent}`);
  await tabTo(form, 'Code');
  await form.keyboard.type('7K3M 9QXR 2TWA');
  await form.keyboard.press('Enter');
  await expect(form.getByRole('alert')).toContainText('That code does not open this form.');
  await expect(form.getByRole('alert')).toContainText('or for a new copy of the file.');

  // The envelope damaged: said plainly.
  const damaged = testInfo.outputPath('damaged.html');
  await writeFile(damaged, formHtml(envelope, assets).replace('"formatVersion":1', '"formatVersion":7'));
  await form.goto(`file://${damaged}`);
  await expect(form.getByRole('heading', { level: 1, name: 'This form cannot be opened' })).toBeVisible();
  await expect(form.getByText('The file has been changed or damaged since it was made.')).toBeVisible();
  await expectAccessible(form, 'review file, damaged');

  // The program changed after the file was made: its hash no longer matches, so it never runs.
  const changedProgram = testInfo.outputPath('changed-program.html');
  await writeFile(changedProgram, formHtml(envelope, assets).replace('"use strict";', '"use strict";window.changedRan=true;'));
  await form.goto(`file://${changedProgram}`);
  await expect(form.getByText(/^Opening… If nothing happens, this file may have been changed/)).toBeVisible();
  expect(await form.evaluate(() => (window as unknown as { changedRan?: boolean }).changedRan === true)).toBe(false);
  await expect(form.getByRole('textbox', { name: 'Code' })).toHaveCount(0);
  await form.close();
});
