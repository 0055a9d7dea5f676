import { expect, test, type Page } from './support/test';
import { PASSPHRASE } from './support/app';
import { expectAccessible } from './support/axe';
import { formRow, formSection, openAddFamily, relationshipRow } from './support/families';
import { londonInstant } from './support/clock';
import { schoolThursday } from './support/school-calendar';
import { goToRunStep } from './support/meetings';

const FAMILY = 'Kowalski-Mensah family';
const MUM = 'Zofia Kowalska';
const DAD = 'Kwame Mensah';
const CHILD = 'Ola Mensah';
const MUM_PHONE = '07700 900123';
const MUM_STREET = '12 Elm Road';
const VIEWS = `Mum said the school can ring her on ${MUM_PHONE} or call at ${MUM_STREET} after 3pm.`;

/** A separated family: Mum's phone and address hidden from Dad by a safety flag. Ends on the family page; returns its id. */
async function addSeparatedFamily(page: Page): Promise<string> {
  await openAddFamily(page);
  await page.getByRole('textbox', { name: 'Family name' }).fill(FAMILY);
  const home1 = formRow(page, 'Home 1');
  await home1.getByRole('textbox', { name: 'What the family calls this home (optional)' }).fill('Mum’s home');
  await home1.getByRole('textbox', { name: 'Address line 1 (optional)' }).fill(MUM_STREET);
  await home1.getByRole('textbox', { name: 'Town or city (optional)' }).fill('Leeds');
  await home1.getByRole('textbox', { name: 'Postcode (optional)' }).fill('LS1 4AP');
  await formSection(page, 'Homes').getByRole('button', { name: 'Add another home' }).click();
  const home2 = formRow(page, 'Home 2');
  await home2.getByRole('textbox', { name: 'What the family calls this home (optional)' }).fill('Dad’s flat');
  await home2.getByRole('textbox', { name: 'Address line 1 (optional)' }).fill('7 Rue Street');

  const child = formRow(page, 'Child 1');
  await child.getByRole('textbox', { name: 'Full name' }).fill(CHILD);
  await child.getByRole('textbox', { name: 'Date of birth' }).fill('14/03/2016');
  await child.getByRole('group', { name: 'Which homes does this child live in or stay at?' }).getByRole('checkbox', { name: 'Mum’s home' }).check();

  const mum = formRow(page, 'Parent or carer 1');
  await mum.getByRole('textbox', { name: 'Full name' }).fill(MUM);
  await relationshipRow(mum, CHILD).getByRole('textbox', { name: 'Relationship', exact: true }).fill('Mum');
  await relationshipRow(mum, CHILD).getByRole('radio', { name: 'Yes', exact: true }).check();
  await mum.getByRole('textbox', { name: 'Phone number (optional)' }).fill(MUM_PHONE);
  await page.getByRole('button', { name: 'Add another parent or carer' }).click();
  const dad = formRow(page, 'Parent or carer 2');
  await dad.getByRole('textbox', { name: 'Full name' }).fill(DAD);
  await dad.getByRole('checkbox', { name: 'Dad’s flat' }).check();
  await relationshipRow(dad, CHILD).getByRole('textbox', { name: 'Relationship', exact: true }).fill('Dad');
  await relationshipRow(dad, CHILD).getByRole('radio', { name: 'Yes', exact: true }).check();

  const mumSafety = formSection(page, 'Safety').getByRole('group', { name: MUM, exact: true });
  await mumSafety.getByRole('checkbox', { name: "Keep this person's contact details or address from someone" }).check();
  await mumSafety.getByRole('group', { name: 'Who must never see them?' }).getByRole('checkbox', { name: DAD }).check();
  await page.getByRole('button', { name: 'Save family' }).click();
  await expect(page.getByRole('heading', { level: 1, name: FAMILY })).toBeVisible();
  return /#\/families\/([A-Za-z0-9_-]+)$/.exec(page.url())?.[1] ?? '';
}

/** Both parents invited; the family's views (with Mum's phone and street) typed on the live screen; the draft sent to the family on this laptop. */
async function minutesWithTheFamily(page: Page, familyId: string): Promise<{ minutesUrl: string }> {
  await page.goto(`/#/families/${familyId}/meetings/new?startsAt=${encodeURIComponent(londonInstant(schoolThursday(), '16:00'))}&lengthMinutes=90`);
  await page.getByRole('radio', { name: 'First meeting' }).check();
  await page.getByRole('radio', { name: /^A place such as/ }).check();
  await page.getByRole('textbox', { name: 'Name of the place' }).fill('Oakfield Academy');
  await page.getByRole('radio', { name: 'No', exact: true }).check();
  const invited = page.getByRole('group', { name: 'Who from the family is invited?' });
  await invited.getByRole('checkbox', { name: MUM }).check();
  await invited.getByRole('checkbox', { name: DAD }).check();
  await page.getByRole('button', { name: 'Save the meeting' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `First meeting: ${FAMILY}` })).toBeVisible();
  const meetingUrl = `/#${new URL(page.url()).hash.slice(1)}`;

  await page.getByRole('link', { name: 'Run the meeting' }).click();
  await goToRunStep(page, "3. The child's voice");
  await page.getByRole('textbox', { name: 'What the family says, in their words' }).fill(VIEWS);
  await expect(page.getByText(/Saved at/).first()).toBeVisible();
  await page.goto(meetingUrl);
  await page.getByRole('link', { name: 'Minutes', exact: true }).click();
  await page.getByRole('button', { name: 'Write the draft minutes' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'The draft minutes are ready.' })).toBeVisible();
  const send = page.getByRole('form', { name: 'Send the minutes to the family to check' });
  await send.getByRole('radio', { name: 'On this laptop, now' }).check();
  await send.getByRole('button', { name: 'Send to the family for review' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Hand the minutes to the family' })).toBeVisible();
  return { minutesUrl: `${meetingUrl}/minutes` };
}

async function handOverTo(page: Page, name: string): Promise<void> {
  await page.getByRole('group', { name: 'Who will read the minutes?' }).getByRole('radio', { name }).check();
  await page.getByRole('button', { name: 'Hand over' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
  await expect(page.getByText(`Reading: ${name}`)).toBeVisible();
}

/** Next through every part to the answer, answer, and on to "Check your answers"; returns the text of every page seen. */
async function answer(page: Page, kind: string, words = ''): Promise<string> {
  const seen: string[] = [];
  for (let i = 0; i < 30; i++) {
    seen.push(await page.locator('body').innerText());
    if (await page.getByRole('heading', { level: 2, name: 'Your answer' }).isVisible()) break;
    await page.getByRole('radio', { name: 'This is right' }).check();
    await page.getByRole('button', { name: /^Next(: give your answer| part)$/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  }
  await page.getByRole('radio', { name: kind }).check();
  if (words) await page.getByRole('textbox', { name: 'Anything else you want to say, in your own words' }).fill(words);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
  return seen.join('\n');
}

async function takeBack(page: Page, passphrase: string): Promise<void> {
  if (await page.getByRole('button', { name: 'Take the laptop back' }).isVisible()) await page.getByRole('button', { name: 'Take the laptop back' }).click();
  await page.getByLabel('Your passphrase').fill(passphrase);
  await page.getByRole('button', { name: 'End the review' }).click();
}

test('hand-over for each parent of a separated family: their own copy, no way out without the passphrase, then who has answered', async ({ page }) => {
  test.setTimeout(240_000);
  const familyId = await addSeparatedFamily(page);
  const { minutesUrl } = await minutesWithTheFamily(page, familyId);

  // The chair chooses who reads first; the screen says what that person's copy leaves out.
  await expect(page.getByText(/Their copy leaves out: .*Zofia Kowalska's address/)).toBeVisible();
  await page.getByRole('button', { name: 'Hand over' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose who will read the minutes' })).toBeFocused();
  await expectAccessible(page, 'hand-over: choose who reads, with an error');
  await handOverTo(page, DAD);

  // Dad's copy: Mum's phone and street are not on the page; no navigation, no links out.
  await expect(page.locator('body')).not.toContainText(MUM_PHONE);
  await expect(page.locator('body')).not.toContainText(MUM_STREET);
  await expect(page.getByRole('navigation')).toHaveCount(0);
  await expect(page.getByRole('link')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toHaveCount(0);
  await expectAccessible(page, 'hand-over: Dad reading');

  // Other families and every other screen are out of reach: the address leads back to the review.
  await page.goto('/#/families');
  await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
  await page.goto(`/#/families/${familyId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toHaveCount(0);

  // Leaving needs the chair's passphrase: a wrong one says so and the review stays.
  await takeBack(page, 'not the right one at all');
  await expect(page.getByText('That passphrase is not right, so the review stays open.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Please check these minutes' })).toBeVisible();
  await expectAccessible(page, 'hand-over: wrong passphrase');
  await page.getByRole('button', { name: 'Cancel' }).click();

  // Dad does not agree; he checks his answers, changes one, and gives it.
  const dadSaw = await answer(page, 'I do not agree', 'I was not told about the meeting in time.');
  expect(dadSaw).toContain('Mum said the school can ring her on (not shown in this copy)');
  expect(dadSaw).not.toContain(MUM_PHONE);
  expect(dadSaw).not.toContain(MUM_STREET);
  expect(dadSaw).not.toContain('LS1 4AP');
  const check = page.getByRole('form', { name: 'Check your answers' });
  await expect(check).toContainText('I do not agree');
  await expect(check).toContainText('I was not told about the meeting in time.');
  await expectAccessible(page, 'hand-over: check your answers');
  await check.getByRole('link', { name: 'Change whether these minutes are right' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Your answer' })).toBeFocused();
  await expectAccessible(page, 'hand-over: changing the answer');
  await page.getByRole('radio', { name: 'I agree, if the changes I asked for are made' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(check).toContainText('I agree, if the changes I asked for are made');
  await check.getByRole('link', { name: 'Change whether these minutes are right' }).click();
  await page.getByRole('radio', { name: 'I do not agree' }).check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await check.getByRole('button', { name: 'Give my answer' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Thank you' })).toBeVisible();
  await expect(page.getByText(`Thank you, ${DAD}. Your answer has been recorded.`)).toBeVisible();
  await expectAccessible(page, 'hand-over: thank you');

  // The chair takes the laptop back with the passphrase; Mum has not answered yet.
  await takeBack(page, PASSPHRASE);
  await expect(page.getByRole('heading', { level: 1, name: `Minutes of the meeting: ${FAMILY}` })).toBeVisible();
  await expect(page.getByText(`The review is closed. You have the laptop back from ${DAD}.`)).toBeVisible();
  const who = page.getByRole('list', { name: 'Who has answered' });
  await expect(who).toContainText(`${DAD}: Does not agree with these minutes`);
  await expect(who).toContainText(`${MUM}: Not answered yet`);
  await expect(page.getByText('By your area’s rule, these minutes do not count as agreed with the family yet.')).toBeVisible();
  // Mum has not answered, so every copy still says DRAFT.
  await expect(page.getByText('The family has not agreed these minutes yet. Every page of every copy says “DRAFT - not yet agreed with the family”.')).toBeVisible();
  await expectAccessible(page, 'minutes: one parent has answered');

  // Mum's turn: her own copy shows her own details.
  await page.getByRole('link', { name: 'Open family review mode' }).click();
  await handOverTo(page, MUM);
  await expectAccessible(page, 'hand-over: Mum reading');
  const mumSaw = await answer(page, 'I agree: these minutes are right');
  expect(mumSaw).toContain(VIEWS);
  await page.getByRole('button', { name: 'Give my answer' }).click();
  await expect(page.getByText(`Thank you, ${MUM}. Your answer has been recorded.`)).toBeVisible();
  await takeBack(page, PASSPHRASE);

  // Both have answered: by the default rule the minutes count as agreed, and Dad's words are kept.
  await expect(page.getByRole('heading', { level: 1, name: `Minutes of the meeting: ${FAMILY}` })).toBeVisible();
  await expect(who).toContainText(`${MUM}: Agreed: these minutes are right`);
  await expect(who).toContainText(`${DAD}: Does not agree with these minutes`);
  await expect(page.getByText('By your area’s rule, these minutes count as agreed with the family.')).toBeVisible();
  await expect(page.getByText('These minutes count as agreed with the family, so copies are not marked as a draft.')).toBeVisible();
  await expect(page.getByRole('region', { name: 'The family’s answers' })).toContainText('I was not told about the meeting in time.');
  await expectAccessible(page, 'minutes: both parents have answered');

  // The hand-overs are in the family's record of who did what.
  await page.goto(`/#/families/${familyId}/audit`);
  await expect(page.getByText(`Handed the laptop to ${DAD} to check the minutes`)).toBeVisible();
  await expect(page.getByText(`Took the laptop back from ${MUM} with the passphrase`)).toBeVisible();

  // With nothing handed over, the hand-over's address says so and leads to the minutes.
  await page.goto(`/#/hand-over/${minutesUrl.split('/')[3] ?? ''}/${minutesUrl.split('/')[5] ?? ''}`);
  await expect(page.getByRole('heading', { level: 1, name: 'No family review is open' })).toBeVisible();
  await expectAccessible(page, 'hand-over: nothing handed over');
  await page.getByRole('button', { name: 'Go to the minutes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Minutes of the meeting: ${FAMILY}` })).toBeVisible();
});
