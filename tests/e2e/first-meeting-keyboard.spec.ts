/**
 * Issue 15: a new chair's whole first meeting, from first run to minutes shared with the school,
 * with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys and typing), following the
 * family page's "What to do next" as someone new would. It counts the journey as it goes: screens
 * (distinct level-1 headings), key presses that activate something, and fields typed into.
 */
import { PDFDocument } from 'pdf-lib';
import { expect, freshTest as test, type Page } from './support/test';
import { expectAccessible } from './support/axe';
import { CHAIR, PASSPHRASE } from './support/app';
import { schoolThursday } from './support/school-calendar';
import { slashDate } from './support/clock';

const FAMILY = { name: 'Osei family', carer: 'Akua Osei', relationship: 'Mum', child: 'Kofi Osei', dateOfBirth: '09/05/2017' };
const SCHOOL = 'Oakfield Academy';

interface SavedFile {
  name: string;
  kind: string;
  bytes: number;
}

/**
 * The desktop bridge, in the browser: files the app saves are recorded (name, kind, size) instead of
 * written, and a PDF is "printed" as one blank page, so sharing as Word and PDF can be checked.
 */
async function installRecordingBridge(page: Page): Promise<void> {
  const blank = await PDFDocument.create();
  blank.addPage();
  const pdf = Buffer.from(await blank.save()).toString('base64');
  await page.addInitScript((pdfBase64: string) => {
    const saved: Array<{ name: string; kind: string; bytes: number }> = [];
    Object.assign(window, {
      __savedFiles: saved,
      teamAround: {
        getAppInfo: async () => ({ name: 'Team Around', version: 'test', platform: 'electron' }),
        saveFile: async ({ suggestedName, kind, data }: { suggestedName: string; kind: string; data: Uint8Array }) => {
          saved.push({ name: suggestedName, kind, bytes: data.byteLength });
          return { status: 'saved', fileName: suggestedName };
        },
        openFile: async () => ({ status: 'cancelled' }),
        printPdf: async () => ({ status: 'printed', data: Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0)) }),
        quickUnlockStatus: async () => ({ available: false, reason: 'Not offered in this test.' }),
        quickUnlockStore: async () => ({ status: 'failed', message: 'Not offered in this test.' }),
        quickUnlockLoad: async () => ({ status: 'none' }),
        quickUnlockForget: async () => ({ status: 'forgotten' }),
        onLockRequested: () => () => undefined,
      },
    });
  }, pdf);
}

/** The files the app has saved through the bridge so far. */
async function savedFiles(page: Page): Promise<SavedFile[]> {
  return page.evaluate(() => (window as unknown as { __savedFiles: SavedFile[] }).__savedFiles);
}

/** What the keyboard user is on: the focused element's label, aria-label or text. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const labelled = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null;
    return (labelled ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });
}

/** The focused element's kind, for counting: a control that Enter or Space activates, a field, or other. */
async function focusedKind(page: Page): Promise<'control' | 'field' | 'other'> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return 'other';
    const role = el.getAttribute('role');
    const tag = el.tagName;
    const type = (el as HTMLInputElement).type;
    if (tag === 'BUTTON' || tag === 'A' || role === 'button' || role === 'link' || role === 'checkbox' || role === 'radio') return 'control';
    if (tag === 'INPUT' && ['checkbox', 'radio', 'button', 'submit'].includes(type)) return 'control';
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || el.isContentEditable) return 'field';
    return 'other';
  });
}

/** Keyboard moves, counted. Tab and arrow presses move; Enter and Space on a control activate; typing fills a field. */
class Journey {
  readonly screens = new Set<string>();
  activations = 0;
  readonly fields = new Set<string>();
  constructor(private readonly page: Page) {}

  /** Tab (or Shift+Tab) until the focused element is `name`. */
  async moveTo(name: string | RegExp, options: { back?: boolean; limit?: number } = {}): Promise<void> {
    const { back = false, limit = 150 } = options;
    for (let i = 0; i < limit; i++) {
      await this.page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
      const focused = await focusedName(this.page);
      if (typeof name === 'string' ? focused === name : name.test(focused)) return;
    }
    throw new Error(`Could not reach “${String(name)}” with ${back ? 'Shift+Tab' : 'Tab'}`);
  }

  /** Enter or Space on the focused control, counted as one activation. */
  async press(key: 'Enter' | 'Space' = 'Enter'): Promise<void> {
    const kind = await focusedKind(this.page);
    await this.page.keyboard.press(key);
    if (kind === 'control' || key === 'Enter') this.activations++;
  }

  /** Moves to a control and activates it. */
  async activate(name: string | RegExp, key: 'Enter' | 'Space' = 'Enter', options: { back?: boolean } = {}): Promise<void> {
    await this.moveTo(name, options);
    await this.press(key);
  }

  /** An arrow key in a radio group or a list: choosing with it counts as one activation when `counts`. */
  async arrow(key: 'ArrowDown' | 'ArrowUp' | 'ArrowRight' | 'ArrowLeft', times = 1, counts = true): Promise<void> {
    for (let i = 0; i < times; i++) await this.page.keyboard.press(key);
    if (counts) this.activations++;
  }

  /**
   * Picks one option of a radio group as a keyboard user does: Tab into the group, then the arrow
   * keys (which pick as they move), or Space on the first option. One activation.
   */
  async choose(group: string | RegExp, option: string | RegExp, options: { back?: boolean } = {}): Promise<void> {
    const inGroup = async () =>
      this.page.evaluate(() => {
        const el = document.activeElement as HTMLInputElement | null;
        if (!el || el.type !== 'radio') return null;
        const legend = el.closest('fieldset')?.querySelector('legend')?.textContent?.trim() ?? '';
        const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent?.trim() : '';
        return { legend, label: label ?? '', checked: el.checked };
      });
    const matches = (text: string, want: string | RegExp) => (typeof want === 'string' ? text === want || text.startsWith(`${want} `) : want.test(text));
    let focused = null;
    for (let i = 0; i < 150; i++) {
      await this.page.keyboard.press(options.back ? 'Shift+Tab' : 'Tab');
      focused = await inGroup();
      if (focused && matches(focused.legend, group)) break;
      focused = null;
    }
    if (!focused) throw new Error(`Could not reach the radio group “${String(group)}” with Tab`);
    for (let i = 0; i < 20; i++) {
      if (matches(focused.label, option)) {
        if (!focused.checked) await this.page.keyboard.press('Space');
        this.activations++;
        return;
      }
      await this.page.keyboard.press('ArrowDown');
      focused = await inGroup();
      if (!focused) throw new Error(`Left the radio group “${String(group)}” looking for “${String(option)}”`);
    }
    throw new Error(`No option “${String(option)}” in “${String(group)}”`);
  }

  /** Types into the focused field; each field is counted once however often it is typed into. */
  async type(text: string, field?: string): Promise<void> {
    const id = field ?? (await focusedName(this.page));
    await this.page.keyboard.type(text);
    this.fields.add(id);
  }

  /** Moves to a field by its label and types into it. */
  async typeInto(label: string | RegExp, text: string, options: { back?: boolean } = {}): Promise<void> {
    await this.moveTo(label, options);
    await this.type(text, `${String(label)}#${this.screens.size}`);
  }

  /** A screen reached: its level-1 heading is shown; the first time, it is checked with axe. */
  async reach(heading: string, timeout = 10_000): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name: heading, exact: true })).toBeVisible({ timeout });
    if (!this.screens.has(heading)) {
      this.screens.add(heading);
      await expectAccessible(this.page, heading);
    }
  }

  summary(label: string): string {
    return `JOURNEY ${label}: ${this.screens.size} screens, ${this.activations} activations, ${this.fields.size} fields`;
  }
}

test('a new chair takes a first meeting from first run to minutes shared with the school, by keyboard alone', async ({ page }) => {
  test.setTimeout(300_000);
  await installRecordingBridge(page);
  const j = new Journey(page);
  // Action and review dates are counted from a school Thursday at least ten days after the fixed clock's today.
  const meetingDay = schoolThursday();

  // ---- First run: passphrase, recovery key, about you.
  await page.goto('/');
  await j.reach('Set up Team Around');
  await j.typeInto('Passphrase', PASSPHRASE);
  await j.typeInto('Type the passphrase again', PASSPHRASE);
  await j.press('Enter');
  await j.reach('Save your recovery key', 20_000);
  await j.activate('I have written down or printed my recovery key and will keep it safe', 'Space');
  await j.activate('Continue to Team Around');
  await j.reach('About you');
  await j.typeInto('Your name', CHAIR.name);
  await j.typeInto('Your role (optional)', CHAIR.role);
  await j.typeInto('Your organisation (optional)', CHAIR.organisation);
  await j.typeInto('Phone number', CHAIR.phone);
  await j.typeInto('Email address', CHAIR.email);
  await j.activate(/^I chair meetings/, 'Space');
  await expect(page.getByRole('radio', { name: 'I chair meetings' })).toBeChecked();
  await j.activate('Save and continue');
  await j.reach('What needs doing');

  // ---- Home has nothing yet and says where to start: add the family (a parent with a phone, and a child at the school).
  await expect(page.getByRole('region', { name: 'Start here' })).toContainText('You have no families yet.');
  await j.activate('Add a family');
  await j.reach('Add a family');
  await j.typeInto('Family name', FAMILY.name);
  await j.typeInto('Full name', FAMILY.child);
  await j.typeInto('Date of birth', FAMILY.dateOfBirth);
  await j.typeInto('School or setting (optional)', SCHOOL);
  // With one home, each person is already ticked as living in it.
  await expect(page.getByRole('group', { name: 'Child 1', exact: true }).getByRole('checkbox', { name: 'Home 1' })).toBeChecked();
  await j.typeInto('Full name', FAMILY.carer);
  await expect(page.getByRole('group', { name: 'Parent or carer 1', exact: true }).getByRole('checkbox', { name: 'Home 1' })).toBeChecked();
  await j.typeInto('Relationship', FAMILY.relationship);
  await j.typeInto('Phone number (optional)', '07700 900456');
  await j.activate('Save family');
  await j.reach(FAMILY.name);
  await expect(page.locator('#main h2').first()).toHaveText('What to do next');

  // ---- Consent, from "What to do next".
  await j.activate('Record consent');
  await j.reach(`Consent register: ${FAMILY.name}`);
  await j.choose('What happened?', 'They agreed (consent given)');
  await j.choose('What is the decision about?', 'Early help itself');
  await j.choose(/^Who /, FAMILY.carer);
  await j.choose(/^How did they/, 'Signed form');
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveValue(CHAIR.name);
  await j.activate('Add to the register');
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeVisible();
  await j.activate(`Back to ${FAMILY.name}`, 'Enter', { back: true });
  await j.reach(FAMILY.name);
  await expect(page.getByRole('region', { name: 'What to do next' })).toContainText('Who they agree to share information with is not recorded yet.');
  await j.activate('Record consent to share');
  await j.reach(`Consent register: ${FAMILY.name}`);
  await j.choose('What happened?', 'They agreed (consent given)');
  await j.choose('What is the decision about?', 'Sharing information with an agency or service');
  await j.typeInto('Agency or service', SCHOOL);
  await j.choose(/^Who /, FAMILY.carer);
  await j.choose(/^How did they/, 'Spoken');
  await j.activate('Add to the register');
  await expect(page.getByRole('status').filter({ hasText: 'Added to the register' })).toBeVisible();
  await j.activate(`Back to ${FAMILY.name}`, 'Enter', { back: true });
  await j.reach(FAMILY.name);

  // ---- The plan, which the path asks for next.
  await expect(page.getByRole('region', { name: 'What to do next' })).toContainText('Plan: There is no plan for this family yet.');
  await j.activate('Start a plan');
  await j.reach(`Start a plan: ${FAMILY.name}`);
  await expect(page.getByRole('group', { name: 'Lead professional' }).getByRole('textbox', { name: 'Name' })).toHaveValue(CHAIR.name);
  await j.typeInto('Why the family is getting early help', 'Kofi is missing school and Akua would like help with mornings.');
  await j.choose('Level of need', 'Targeted early help');
  await j.activate('Start the plan');
  await j.reach(`Plan: ${FAMILY.name}`);
  await expect(page.getByRole('status').filter({ hasText: 'The plan has been started.' })).toBeVisible();
  await j.activate(`Back to ${FAMILY.name}`, 'Enter', { back: true });
  await j.reach(FAMILY.name);

  // ---- The family's week, then find a time around it.
  await expect(page.getByRole('region', { name: 'What to do next' })).toContainText('The family’s week: When the family are busy and when suits them is not recorded yet.');
  await j.activate('Record the family’s week');
  await j.reach("The family's week");
  await j.activate(`Add a weekly busy time for ${FAMILY.carer}`);
  // Akua works school hours, Monday to Wednesday.
  const busy = page.getByRole('group', { name: 'Weekly busy time 1' });
  await expect(busy.getByRole('combobox', { name: 'What it is' })).toBeFocused();
  await j.arrow('ArrowDown', 2);
  await expect(busy.getByRole('combobox', { name: 'What it is' })).toHaveValue(/./);
  for (const day of ['Monday', 'Tuesday', 'Wednesday']) await j.activate(day, 'Space');
  await j.typeInto('Start time', '09:00');
  await j.typeInto('End time', '14:30');
  await j.activate("Save the family's week");
  await j.reach(FAMILY.name);
  await expect(page.getByRole('status').filter({ hasText: "The family's week has been saved." })).toBeVisible();
  await expect(page.getByRole('region', { name: 'What to do next' })).toContainText('Find a time:');
  await j.activate('Find a time');
  await j.reach('Find a meeting time');
  await j.activate('Find meeting times');
  await j.activate(/^Plan the meeting for this time/);
  await j.reach(`Plan a meeting: ${FAMILY.name}`);
  await expect(page.getByRole('radio', { name: 'First meeting' })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: FAMILY.carer })).toBeChecked();
  await j.choose('Where will it be?', /^A place such as/);
  await j.typeInto('Name of the place', SCHOOL);
  await j.activate('Save the meeting');
  await j.reach(`First meeting: ${FAMILY.name}`);
  await expect(page.getByRole('status').filter({ hasText: 'The meeting has been planned. Check the agenda, then send the invitations.' })).toBeVisible();

  // ---- The invitation letter for Akua, then run the meeting.
  await j.activate(`Download the letter as Word for ${FAMILY.carer}`);
  await expect.poll(() => savedFiles(page)).toHaveLength(1);
  await j.activate('Run the meeting', 'Enter', { back: true });
  await expect(page.getByRole('heading', { level: 2, name: 'Who is here' })).toBeVisible();
  await j.choose(FAMILY.carer, 'Came to the meeting');
  for (const title of ['1. Welcome and introductions', '2. Why we are meeting, and what is shared', "3. The child's voice"]) {
    await j.activate('Next item');
    await expect(page.getByRole('heading', { level: 2, name: title })).toBeFocused();
  }
  await j.typeInto(`In ${FAMILY.child}’s own words`, 'I like maths. Mornings are rushed and I miss breakfast.');
  await j.typeInto('What the family says, in their words', 'Mornings are the hardest part.');
  await j.activate('Next item');
  await expect(page.getByRole('heading', { level: 2, name: '4. What is going well' })).toBeFocused();
  await j.activate('Add something that is going well');
  await j.type('Kofi loves his maths club');
  await j.activate('Next item');
  await expect(page.getByRole('heading', { level: 2, name: '5. What we are worried about' })).toBeFocused();
  await j.activate('Add a worry');
  await j.type('Kofi is late most mornings');
  await j.activate('Next item');
  await j.activate('Next item');
  await expect(page.getByRole('heading', { level: 2, name: '7. The plan: what needs to happen' })).toBeFocused();
  await j.activate('Add something that needs to happen');
  await j.type('Kofi gets to school on time, with breakfast');

  // Two actions, each with an owner and a date: Enter adds one and comes back for the next.
  await j.typeInto('What will be done', 'Set up a morning routine chart with Kofi');
  await j.typeInto('Who will do it', FAMILY.carer);
  await j.typeInto('Done by', slashDate(meetingDay.add({ days: 7 })));
  await j.press('Enter');
  await expect(page.getByRole('region', { name: 'Add an action' }).getByRole('status')).toHaveText('Action 1 added: Set up a morning routine chart with Kofi');
  await j.type('Find a place for Kofi at breakfast club', 'What will be done (2)');
  await j.typeInto('Who will do it', CHAIR.name);
  await j.typeInto('Done by', slashDate(meetingDay.add({ days: 14 })));
  await j.press('Enter');
  await expect(page.getByRole('region', { name: 'Add an action' }).getByRole('status')).toHaveText('Action 2 added: Find a place for Kofi at breakfast club');

  // Scaling, from the agenda list.
  await j.activate('9. How worried are we?', 'Enter', { back: true });
  await expect(page.getByRole('heading', { level: 2, name: '9. How worried are we?' })).toBeFocused();
  await j.activate('Add an answer for everyone who came (1)');
  const score = page.getByRole('group', { name: `Score from ${FAMILY.carer}, from 0 to 10` });
  await expect(score.getByRole('radio', { name: '0', exact: true })).toBeFocused();
  await j.arrow('ArrowRight', 4);
  await expect(score.getByRole('radio', { name: '4', exact: true })).toBeChecked();

  // The outcome, the next review and finishing.
  await j.activate('Finish the meeting', 'Enter', { back: true });
  await expect(page.getByRole('heading', { level: 2, name: 'Outcome and next review' })).toBeFocused();
  await j.choose('What did the team agree?', 'Carry on with the plan');
  await j.typeInto('Date of the next review', slashDate(meetingDay.add({ weeks: 6 })));
  await j.activate('Finish the meeting');
  await expect(page.getByRole('status').filter({ hasText: 'The meeting is finished.' })).toBeVisible();

  // ---- The minutes, drafted from what was recorded.
  await j.activate('Write the minutes');
  await j.reach(`Minutes of the meeting: ${FAMILY.name}`);
  await j.activate('Write the draft minutes');
  await expect(page.getByRole('status').filter({ hasText: 'The draft minutes are ready.' })).toBeFocused();
  await expect(page.getByText('Version 1: Draft', { exact: true })).toBeVisible();

  // ---- The family's review, on this laptop: Akua agrees.
  await j.choose(/^How will the family check/, 'On this laptop, now');
  await j.activate('Send to the family for review');
  await j.reach('Hand the minutes to the family');
  await expect(page.getByRole('radio', { name: FAMILY.carer })).toBeChecked();
  await j.activate('Hand over');
  await j.reach('Please check these minutes');
  await j.choose(/./, 'This is right');
  for (let i = 0; i < 30; i++) {
    if (await page.getByRole('heading', { level: 2, name: 'Your answer' }).isVisible()) break;
    await j.activate(/^Next(: give your answer| part)$/);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Your answer' })).toBeFocused();
  await j.choose(/./, 'I agree: these minutes are right');
  await j.activate('Continue');
  await expect(page.getByRole('heading', { level: 2, name: 'Check your answers' })).toBeFocused();
  await j.activate('Give my answer');
  await j.reach('Thank you');
  await j.activate('Take the laptop back');
  await j.typeInto('Your passphrase', PASSPHRASE);
  await j.activate('End the review');
  await j.reach(`Minutes of the meeting: ${FAMILY.name}`);
  await expect(page.getByRole('region', { name: 'The family’s answers' })).toContainText('Agreed');

  // ---- Final, then shared with the school.
  await j.activate('Make the minutes final');
  await expect(page.getByRole('status').filter({ hasText: 'Version 1 of the minutes is final and locked.' })).toBeFocused();
  await j.activate('Save and share copies');
  await j.reach(`Save and share copies: ${FAMILY.name}`);
  const copies = page.getByRole('form', { name: 'Copies for the family and for those they agreed to' });
  await expect(copies.getByRole('radio', { name: 'Minutes', exact: true })).toBeChecked();
  await expect(copies.getByRole('radio', { name: 'Word' })).toBeChecked();
  await j.activate(SCHOOL, 'Space');
  await expect(copies.getByRole('checkbox', { name: SCHOOL })).toBeChecked();
  await j.activate('Make and save the copies');
  await expect(page.getByRole('status').filter({ hasText: /: saved as .*\.docx\.$/ }).first()).toBeVisible();
  await j.choose('Which format?', 'PDF', { back: true });
  await expect(copies.getByRole('checkbox', { name: SCHOOL })).toBeChecked();
  await j.activate('Make and save the copies');
  await expect(page.getByRole('status').filter({ hasText: /: saved as .*\.pdf\.$/ }).first()).toBeVisible();
  const shared = (await savedFiles(page)).slice(1);
  expect(shared.map((f) => f.kind).sort()).toEqual(['docx', 'pdf']);
  for (const file of shared) {
    expect(file.name).toContain(SCHOOL.replace(' ', '-'));
    expect(file.bytes).toBeGreaterThan(0);
  }
  await expect(page.getByRole('region', { name: 'Copies of version 1 already made' }).getByRole('row').filter({ hasText: SCHOOL })).toHaveCount(2);

  // The journey ends here, with the minutes shared: counted now, for the note (printed, and kept with the results).
  const summary = j.summary('after');
  test.info().annotations.push({ type: 'journey', description: summary });
  process.stdout.write(`${summary}\n`);

  // ---- Back on the family's page, every step up to sharing is done.
  await j.activate('Families', 'Enter', { back: true });
  await j.reach('Families');
  await j.activate(FAMILY.name);
  await j.reach(FAMILY.name);
  const path = page.getByRole('region', { name: 'The family’s path' });
  for (const step of ['Consent', 'Plan', 'The family’s week', 'Find a time', 'Run the meeting', 'Minutes', 'The family’s review', 'Sharing']) {
    await expect(path.getByRole('link', { name: `${step} – done`, exact: true })).toBeVisible();
  }
});
