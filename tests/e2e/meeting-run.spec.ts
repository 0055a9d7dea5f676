import { expect, test, type Page } from './support/test';
import { unlock } from './support/app';
import { expectAccessible } from './support/axe';
import { tabTo } from './support/keyboard';
import { goToRunStep, openMeetingRun, planMeeting, runAgenda } from './support/meetings';
import { fromLongDate, slashDate, weekdayDate } from './support/clock';
import { schoolThursday } from './support/school-calendar';

const NURSE = { name: 'Sam Lee', role: 'School nurse', agency: 'Oakfield Academy' };
const FIRST_ITEM = 'Welcome and introductions';
const SECOND_ITEM = 'Why we are meeting, and what is shared';

const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
const person = (page: Page, name: string) => section(page, 'Who is here').getByRole('group', { name, exact: true });
/** Presses Shift+Tab until the focused element's text or label is `name`, as a keyboard user going back up the page would. */
async function shiftTabTo(page: Page, name: string, limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Shift+Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      const labelled = el?.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
      return (labelled ?? el?.getAttribute('aria-label') ?? el?.textContent ?? '').trim();
    });
    if (focused === name) return;
  }
  throw new Error(`Could not reach “${name}” with Shift and Tab`);
}

// The meeting is 4pm on a school Thursday at least ten days after the fixed clock's today; reviews here are every six weeks.
const MEETING_DAY = schoolThursday();
const REVIEW_DUE = MEETING_DAY.add({ weeks: 6 });

/**
 * The current item, its notes and its parts, down to the "Next item" button, are all in the
 * window at once: moving to an item brings it to the top, and nothing of it is below the fold.
 */
async function expectFitsTheScreen(page: Page): Promise<void> {
  const fits = await page.evaluate(() => {
    const main = document.getElementById('run-main');
    if (!main) return 'no main area';
    // Where "Next item" put it: at the top of the window.
    main.scrollIntoView({ block: 'start' });
    const { bottom } = main.getBoundingClientRect();
    if (main.scrollHeight > main.clientHeight) return `the main area scrolls inside (${main.scrollHeight} > ${main.clientHeight})`;
    return bottom <= window.innerHeight ? 'fits' : `the main area is ${Math.round(main.scrollHeight)}px tall and ends at ${Math.round(bottom)}px, below the window's ${window.innerHeight}px`;
  });
  expect(fits).toBe('fits');
}

const savedLine = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved at \d{2}:\d{2}$/ });

test.describe('running a meeting', () => {
  test('a chair records attendance, notes with timings, the three lists, scaling and the outcome, and can only finish with a next review date', async ({ page }) => {
    test.setTimeout(150_000);
    // A council laptop's screen.
    await page.setViewportSize({ width: 1366, height: 768 });
    const meeting = await planMeeting(page, { practitioners: [NURSE] });
    await openMeetingRun(page, meeting);
    await expect(page).toHaveTitle('Run the meeting, First meeting, Ruiz family – Team Around');
    await expect(page.getByText('Everything typed is saved as you go.')).toBeVisible();
    await expectAccessible(page, 'meeting screen at the start');

    // Attendance: each person with their role in plain words.
    await expect(person(page, 'Ana Ruiz')).toContainText('Mum.');
    await expect(person(page, 'Sam Lee')).toContainText('School nurse at Oakfield Academy. A nurse who helps children at school stay healthy, in body and mind.');
    await person(page, 'Ana Ruiz').getByRole('radio', { name: 'Came to the meeting' }).check();
    await person(page, 'Sam Lee').getByRole('radio', { name: 'Sent apologies' }).check();
    await expect(savedLine(page)).toBeVisible();

    // Someone who joined on the day.
    const joined = section(page, 'Who is here').getByRole('form', { name: 'Add someone who joined on the day' });
    await joined.getByRole('button', { name: 'Add to the list' }).click();
    await expect(joined.getByRole('textbox', { name: 'Their name' })).toBeFocused();
    await expect(joined.getByText('Enter the name of the person who joined')).toBeVisible();
    await joined.getByRole('textbox', { name: 'Their name' }).fill('Rosa Diaz');
    await joined.getByRole('button', { name: 'Add to the list' }).click();
    await expect(joined.getByText('Say who Rosa Diaz is, in plain words, for example “Aunt” or “Youth worker”')).toBeVisible();
    await expect(joined.getByRole('textbox', { name: 'Who they are, in plain words' })).toBeFocused();
    await joined.getByRole('textbox', { name: 'Who they are, in plain words' }).fill('Aunt');
    await joined.getByRole('button', { name: 'Add to the list' }).click();
    await expect(person(page, 'Rosa Diaz')).toContainText('Aunt. Joined on the day.');
    await expect(person(page, 'Rosa Diaz').getByRole('radio', { name: 'Came to the meeting' })).toBeChecked();
    await expect(joined.getByRole('textbox', { name: 'Their name' })).toHaveValue('');
    await expect(section(page, 'Who is here')).toContainText('Came to the meeting: 2. Sent apologies: 1.');
    await expectAccessible(page, 'meeting screen with attendance');

    // The agenda down the side, "Who is here" first and "Finish the meeting" last, the current step marked.
    await expect(runAgenda(page).getByRole('link')).toHaveText([
      'Who is here',
      `1. ${FIRST_ITEM}`,
      `2. ${SECOND_ITEM}`,
      "3. The child's voice",
      '4. What is going well',
      '5. What we are worried about',
      '6. Updates from each service',
      '7. The plan: what needs to happen',
      '8. If things do not get better',
      '9. How worried are we?',
      '10. The next meeting',
      '11. Anything else, and how was the meeting for you?',
      'Finish the meeting',
    ]);
    await expect(runAgenda(page).getByRole('link', { name: 'Who is here' })).toHaveAttribute('aria-current', 'step');
    await expect(runAgenda(page).getByRole('listitem').nth(1)).toContainText('10 minutes planned. 3 of 3 marked');
    await expect(runAgenda(page).getByRole('listitem').nth(2)).toContainText('5 minutes planned. Nothing yet');

    // "Next item" moves on, times the item and puts focus on its heading; the item is in the address.
    await page.getByRole('button', { name: 'Next item' }).click();
    const firstHeading = page.getByRole('heading', { level: 2, name: `1. ${FIRST_ITEM}` });
    await expect(firstHeading).toBeFocused();
    await expect(page).toHaveURL(/\/run\?item=/);
    await expect(runAgenda(page).getByRole('link', { name: `1. ${FIRST_ITEM}` })).toHaveAttribute('aria-current', 'step');
    await expect(page.getByText('Planned: 10 minutes. Time taken: less than a minute (timing now)')).toBeVisible();
    // Welcome is where attendance is taken, too.
    await expect(section(page, 'Who is here')).toContainText('Came to the meeting: 2. Sent apologies: 1.');
    await expectAccessible(page, 'meeting screen on the first item, timed');
    await page.getByRole('textbox', { name: `Notes on “${FIRST_ITEM}”` }).fill('Everyone said who they are. Rosa came with Ana.');

    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `2. ${SECOND_ITEM}` })).toBeFocused();
    await expect(page.getByRole('textbox', { name: `Notes on “${FIRST_ITEM}”` })).toHaveCount(0);
    const firstEntry = runAgenda(page).getByRole('listitem').nth(1);
    await expect(firstEntry).toContainText('less than a minute taken of 10 minutes.');
    await expect(firstEntry).toContainText('Notes, 3 of 3 marked');
    await page.getByRole('textbox', { name: `Notes on “${SECOND_ITEM}”` }).fill('Ana agreed that school and health can share.');
    await page.getByRole('button', { name: `Stop timing “${SECOND_ITEM}”` }).click();
    await expect(page.getByRole('button', { name: `Start timing “${SECOND_ITEM}”` })).toBeFocused();

    // The child's voice, with the family's views beside it.
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: "3. The child's voice" })).toBeFocused();
    await section(page, 'The family’s views').getByRole('textbox', { name: 'What the family says, in their words' }).fill('Mornings are the hardest part.');

    // The lists, one item each: Enter starts the next entry.
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '4. What is going well' })).toBeFocused();
    const well = section(page, 'What is going well');
    await well.getByRole('button', { name: 'Add something that is going well' }).click();
    await expect(well.getByRole('textbox', { name: 'Going well 1' })).toBeFocused();
    await page.keyboard.type('Leo loves football club');
    await page.keyboard.press('Enter');
    await expect(well.getByRole('textbox', { name: 'Going well 2' })).toBeFocused();
    await page.keyboard.type('Ana walks him to school');
    await page.getByRole('textbox', { name: 'Notes on “What is going well”' }).fill('Ana and Leo both talked about football.');
    await expectAccessible(page, 'meeting screen on a list item');
    // On a council laptop's screen the item, its notes and its list fit without scrolling.
    await expectFitsTheScreen(page);

    await page.getByRole('button', { name: 'Next item' }).click();
    const worries = section(page, 'What we are worried about');
    await worries.getByRole('button', { name: 'Add a worry' }).click();
    await page.keyboard.type('Leo is late most Mondays');
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '6. Updates from each service' })).toBeFocused();
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '7. The plan: what needs to happen' })).toBeFocused();
    const needs = section(page, 'What needs to happen');
    await needs.getByRole('button', { name: 'Add something that needs to happen' }).click();
    await page.keyboard.type('Leo gets to school on time');
    await page.keyboard.press('Enter');
    await expect(needs.getByRole('textbox', { name: 'Needs to happen 2' })).toBeFocused();
    await needs.getByRole('button', { name: 'Remove needs to happen 2' }).click();
    await expect(needs.getByRole('textbox')).toHaveCount(1);
    await expect(needs.getByRole('textbox', { name: 'Needs to happen 1' })).toBeFocused();
    await expect(section(page, 'Actions: who will do what, by when')).toBeVisible();

    // Previous item goes back a step.
    await page.getByRole('button', { name: 'Previous item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '6. Updates from each service' })).toBeFocused();

    // Scaling: the chair's question, and an answer from each person who came.
    await goToRunStep(page, '9. How worried are we?');
    await expect(page.getByRole('heading', { level: 2, name: '9. How worried are we?' })).toBeFocused();
    const scaling = section(page, 'Scaling: how worried is everyone?');
    await scaling.getByRole('button', { name: 'Use the usual question' }).click();
    await expect(scaling.getByRole('textbox', { name: 'The question' })).toHaveValue(/^On a scale of 0 to 10/);
    await scaling.getByRole('button', { name: 'Add an answer for everyone who came (2)' }).click();
    const ana = scaling.getByRole('group', { name: 'Score from Ana Ruiz, from 0 to 10' });
    await expect(ana.getByRole('radio', { name: '0', exact: true })).toBeFocused();
    await ana.getByRole('radio', { name: '6', exact: true }).check();
    await scaling.getByRole('textbox', { name: 'Why Ana Ruiz chose this number' }).fill('Things are calmer, mornings are still hard');
    await scaling.getByRole('group', { name: 'Score from Rosa Diaz, from 0 to 10' }).getByRole('radio', { name: '7', exact: true }).check();
    await expectAccessible(page, 'meeting screen with scaling');

    // The outcome is on "The next meeting", and again where the meeting is finished.
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: '10. The next meeting' })).toBeFocused();
    const outcome = section(page, 'Outcome and next review');
    // The outcome; finishing is refused without a next review date, with the reason.
    await outcome.getByRole('radio', { name: 'Carry on with the plan' }).check();
    await outcome.getByRole('textbox', { name: 'Why the team agreed this' }).fill('Things are getting better');
    await outcome.getByRole('textbox', { name: 'If things get worse: the contingency plan' }).fill('Ana rings Sam at school');
    await expect(outcome).toContainText(`There is no plan yet. Reviews here are usually every 6 weeks, so the next one is due on ${weekdayDate(REVIEW_DUE)}.`);
    await page.getByRole('button', { name: 'Next item' }).click();
    await page.getByRole('button', { name: 'Next item' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Outcome and next review' })).toBeFocused();
    await expect(outcome.getByRole('radio', { name: 'Carry on with the plan' })).toBeChecked();
    await expect(page.getByRole('button', { name: 'Next item' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problem).toBeFocused();
    const reason = 'The outcome is “Carry on with the plan”, so the team will meet again: set the date of the next review before you finish the meeting.';
    await expect(problem.getByRole('link')).toHaveText(reason);
    await expect(outcome.getByRole('textbox', { name: 'Date of the next review' })).toHaveAccessibleDescription(`For example, ${slashDate(REVIEW_DUE)} Error: ${reason}`);
    await expectAccessible(page, 'meeting screen with finishing refused');
    await problem.getByRole('link').click();
    await expect(outcome.getByRole('textbox', { name: 'Date of the next review' })).toBeFocused();

    // The slot finder suggests times near the plan's date; the chair takes one.
    await outcome.getByRole('button', { name: 'Find times near then that suit the family' }).click();
    await expect(outcome.getByRole('heading', { level: 3, name: 'Times near then' })).toBeVisible();
    const use = outcome.getByRole('button', { name: /^Use this time: \w+ \d{1,2} \w+ \d{4}, / }).first();
    await expect(use).toBeVisible();
    const label = (await use.getAttribute('aria-label')) ?? '';
    const suggested = fromLongDate(/^Use this time: ([^,]+),/.exec(label)?.[1] ?? '');
    // Within a week either side of the date the plan's frequency gives.
    expect(Math.abs(REVIEW_DUE.until(suggested).days)).toBeLessThanOrEqual(7);
    await use.click();
    await expect(outcome.getByRole('textbox', { name: 'Date of the next review' })).toHaveValue(slashDate(suggested));
    await expect(outcome.getByRole('textbox', { name: 'Start time (optional)' })).toHaveValue(/^\d{2}:\d{2}$/);
    await expectAccessible(page, 'meeting screen with suggested review times');

    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    const done = page.getByRole('status').filter({ hasText: 'The meeting is finished.' });
    await expect(done).toBeFocused();
    await expect(done).toContainText(`The next review is on ${label.replace(/^Use this time: /, '').replace(/, .*$/, '')}.`);
    await expect(page.getByRole('link', { name: 'Write the minutes' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Finish the meeting' })).toHaveCount(0);
    await expectAccessible(page, 'meeting screen after finishing');

    // Everything is still there after closing and opening the app again.
    await page.reload();
    await unlock(page);
    await expect(page.getByText('This meeting has been finished. You can still correct what was typed.')).toBeVisible();
    // The reload keeps the place: still on "Finish the meeting".
    await expect(runAgenda(page).getByRole('link', { name: 'Finish the meeting' })).toHaveAttribute('aria-current', 'step');
    await expect(outcome.getByRole('radio', { name: 'Carry on with the plan' })).toBeChecked();
    await expect(outcome.getByRole('textbox', { name: 'Date of the next review' })).toHaveValue(slashDate(suggested));
    await goToRunStep(page, 'Who is here');
    await expect(person(page, 'Rosa Diaz').getByRole('radio', { name: 'Came to the meeting' })).toBeChecked();
    await expect(person(page, 'Sam Lee').getByRole('radio', { name: 'Sent apologies' })).toBeChecked();
    await goToRunStep(page, `2. ${SECOND_ITEM}`);
    await expect(page.getByRole('textbox', { name: `Notes on “${SECOND_ITEM}”` })).toHaveValue('Ana agreed that school and health can share.');
    // A finished meeting's times are not started again by looking.
    await expect(page.getByText('Time taken: less than a minute')).toBeVisible();
    await expect(page.getByText('(timing now)')).toHaveCount(0);
    await goToRunStep(page, '4. What is going well');
    await expect(well.getByRole('textbox')).toHaveText(['Leo loves football club', 'Ana walks him to school']);
    await goToRunStep(page, '9. How worried are we?');
    await expect(ana.getByRole('radio', { name: '6', exact: true })).toBeChecked();

    // The note typed under "Welcome and introductions" is in the minutes with who came, not under "Updates".
    await goToRunStep(page, 'Finish the meeting');
    await page.getByRole('link', { name: 'Write the minutes' }).click();
    await page.getByRole('button', { name: 'Write the draft minutes' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The draft minutes are ready.' })).toBeFocused();
    const whoCame = section(page, 'Who came and their roles');
    await expect(whoCame.getByRole('heading', { name: FIRST_ITEM })).toBeVisible();
    await expect(whoCame).toContainText('Everyone said who they are. Rosa came with Ana.');
    await expect(section(page, 'Updates')).not.toContainText('Rosa came with Ana.');
    await expect(section(page, 'Confidentiality and who will receive these minutes')).toContainText('Ana agreed that school and health can share.');
    await expect(section(page, 'Strengths: what is going well')).toContainText('Ana and Leo both talked about football.');
  });

  test('a closing meeting finishes without a next review date, and step up links to the safeguarding route', async ({ page }) => {
    const meeting = await planMeeting(page);
    await openMeetingRun(page, meeting);
    await goToRunStep(page, 'Finish the meeting');
    const outcome = section(page, 'Outcome and next review');
    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveText('Set the date of the next review, or choose “Close the plan” as the outcome, before you finish the meeting.');

    await outcome.getByRole('radio', { name: /^Step up/ }).check();
    const referral = outcome.getByRole('link', { name: 'Record a referral to children’s social care' });
    await expect(referral).toHaveAttribute('href', `#/families/${meeting.familyId}/safeguarding`);
    await expectAccessible(page, 'meeting screen with step up chosen');

    await outcome.getByRole('radio', { name: /^Close the plan/ }).check();
    await expect(outcome).toContainText('There is no next review: the plan is closing.');
    await page.getByRole('button', { name: 'Finish the meeting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeFocused();
    await expect(page.getByRole('link', { name: 'Record the change to the plan’s status' })).toHaveAttribute('href', `#/families/${meeting.familyId}/plan`);

    await referral.waitFor({ state: 'detached' });
    await outcome.getByRole('radio', { name: /^Step up/ }).check();
    await outcome.getByRole('link', { name: 'Record a referral to children’s social care' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Referral to children\'s social care: Ruiz family');
  });

  test('closing the window mid-typing loses nothing', async ({ page, context }) => {
    const meeting = await planMeeting(page);
    await openMeetingRun(page, meeting);
    await goToRunStep(page, `1. ${FIRST_ITEM}`);
    const notes = page.getByRole('textbox', { name: `Notes on “${FIRST_ITEM}”` });
    await notes.click();
    await page.keyboard.type('Ana said the new bus route helps ', { delay: 20 });
    await goToRunStep(page, '4. What is going well');
    const well = section(page, 'What is going well');
    await well.getByRole('button', { name: 'Add something that is going well' }).click();
    await page.keyboard.type('Leo has a new friend', { delay: 20 });
    // No waiting for "Saved": about a second after the last key, the window goes.
    await page.waitForTimeout(1_000);
    await page.close();

    const again = await context.newPage();
    await again.goto(meeting.runUrl);
    await unlock(again);
    // With no item in the address, the screen opens on the item being timed.
    await expect(again.getByRole('heading', { level: 2, name: '4. What is going well' })).toBeVisible();
    await expect(section(again, 'What is going well').getByRole('textbox', { name: 'Going well 1' })).toHaveValue('Leo has a new friend');
    await goToRunStep(again, `1. ${FIRST_ITEM}`);
    await expect(again.getByRole('textbox', { name: `Notes on “${FIRST_ITEM}”` })).toHaveValue('Ana said the new bus route helps ');

    // And a reload straight after typing, too.
    await goToRunStep(again, "3. The child's voice");
    await section(again, 'The family’s views').getByRole('textbox', { name: 'What the family says, in their words' }).click();
    await again.keyboard.type('We want Leo to be happy', { delay: 20 });
    await again.waitForTimeout(300);
    await again.reload();
    await unlock(again);
    await expect(section(again, 'The family’s views').getByRole('textbox', { name: 'What the family says, in their words' })).toHaveValue('We want Leo to be happy');
  });

  test('the meeting can be run with the keyboard alone', async ({ page }) => {
    const meeting = await planMeeting(page, { practitioners: [NURSE] });
    await page.goto(meeting.meetingUrl);
    await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeVisible();

    await tabTo(page, 'Run the meeting');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'First meeting: Ruiz family' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();

    // The agenda list moves to an item and focus goes to its heading; Shift+Tab leads back to the list.
    await expect(runAgenda(page).getByRole('link', { name: 'Who is here' })).toHaveAttribute('aria-current', 'step');
    await tabTo(page, '9. How worried are we?');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '9. How worried are we?' })).toBeFocused();
    await expect(page.getByRole('heading', { level: 2, name: 'Scaling: how worried is everyone?' })).toBeVisible();
    await shiftTabTo(page, 'Who is here');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeFocused();

    // Attendance with the arrow keys, which move through a person's choices and pick them.
    await page.keyboard.press('Tab');
    const came = person(page, 'Ana Ruiz').getByRole('radio', { name: 'Came to the meeting' });
    await expect(person(page, 'Ana Ruiz').getByRole('radio', { checked: false }).and(page.locator(':focus'))).toHaveCount(1);
    for (let i = 0; i < 4 && !(await came.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(came).toBeChecked();
    await expect(came).toBeFocused();
    await page.keyboard.press('Tab');
    const sam = person(page, 'Sam Lee');
    await expect(sam.getByRole('radio').and(page.locator(':focus'))).toHaveCount(1);
    await page.keyboard.press('Space');
    const apologies = sam.getByRole('radio', { name: 'Sent apologies' });
    for (let i = 0; i < 4 && !(await apologies.isChecked()); i++) await page.keyboard.press('ArrowDown');
    await expect(apologies).toBeChecked();

    // Someone joins: Enter in the form adds them.
    await tabTo(page, 'Their name');
    await page.keyboard.type('Rosa Diaz');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Aunt');
    await page.keyboard.press('Enter');
    await expect(person(page, 'Rosa Diaz').getByRole('radio', { name: 'Came to the meeting' })).toBeChecked();

    // "Next item" by keyboard: the first item is timed and its notes are next after its timer.
    await tabTo(page, 'Next item');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: `1. ${FIRST_ITEM}` })).toBeFocused();
    await tabTo(page, `Notes on “${FIRST_ITEM}”`);
    await page.keyboard.type('Introductions done.');
    await tabTo(page, 'Next item');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: `2. ${SECOND_ITEM}` })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Stop timing “${SECOND_ITEM}”` })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: `Notes on “${SECOND_ITEM}”` })).toBeFocused();

    // Item by item to the worries, and a worry typed straight in.
    for (const title of ["3. The child's voice", '4. What is going well', '5. What we are worried about']) {
      await tabTo(page, 'Next item');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
    }
    await tabTo(page, 'Add a worry');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Worry 1' })).toBeFocused();
    await page.keyboard.type('Leo is late most Mondays');

    // Scaling for everyone who came, from the agenda list.
    await shiftTabTo(page, '9. How worried are we?');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: '9. How worried are we?' })).toBeFocused();
    await tabTo(page, 'Add an answer for everyone who came (2)');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Score from Ana Ruiz, from 0 to 10' }).getByRole('radio', { name: '0', exact: true })).toBeFocused();
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('group', { name: 'Score from Ana Ruiz, from 0 to 10' }).getByRole('radio', { name: '5', exact: true })).toBeChecked();

    // Then the outcome and finishing, on the last step.
    await shiftTabTo(page, 'Finish the meeting');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 2, name: 'Outcome and next review' })).toBeFocused();
    await tabTo(page, 'Carry on with the plan');
    await page.keyboard.press('Space');
    await tabTo(page, 'Finish the meeting');
    await page.keyboard.press('Enter');
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(problem).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('textbox', { name: 'Date of the next review' })).toBeFocused();
    await page.keyboard.type(slashDate(REVIEW_DUE));
    await tabTo(page, 'Finish the meeting');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: `The meeting is finished. The next review is on ${weekdayDate(REVIEW_DUE)}.` })).toBeFocused();
    await expectAccessible(page, 'meeting screen finished by keyboard');
  });
});
