import { expect, test, type Page } from './support/test';
import { tabTo } from './support/keyboard';
import { reloadAndUnlock } from './support/app';
import { makePng } from '../unit/documents/png';
import { expectAccessible } from './support/axe';

async function openAreaSettings(page: Page): Promise<void> {
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Change area settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Change area settings' })).toBeVisible();
}

async function save(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Save area settings' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'The area settings have been saved.' })).toBeVisible();
}

/** The summary on the settings page: one row per setting. */
function summaryRow(page: Page, label: string) {
  return page.locator('.summary__row').filter({ has: page.getByRole('term').filter({ hasText: label }) }).getByRole('definition');
}


test.describe('Area settings', () => {
  test("the area's name and words are used on every screen, and survive a reload", async ({ page }) => {
    await page.goto('/#/settings');
    const header = page.getByRole('banner');
    await expect(header).toContainText('Team Around the Family (TAF) meetings for early help');
    await expect(summaryRow(page, 'The person who leads the plan')).toHaveText('Lead professional');
    await expectAccessible(page, 'settings');

    await page.getByRole('link', { name: 'Change area settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Change area settings' })).toBeVisible();
    await expectAccessible(page, 'area settings form');

    await page.getByLabel('Name of your area (optional)').fill('Calderdale Council');
    await page.getByRole('radio', { name: 'TAC (Team Around the Child)' }).check();
    // Each choice is explained in plain words.
    await expect(page.getByRole('radio', { name: 'Lead practitioner' })).toHaveAccessibleDescription('The same role under the name some areas now use.');
    await page.getByRole('radio', { name: 'Lead practitioner' }).check();
    await page.getByRole('radio', { name: 'Family help' }).check();
    await page.getByLabel('Every').fill('2');
    await page.getByLabel('Weeks or months').selectOption('months');
    await page.getByLabel('Protective marking').fill('OFFICIAL');
    await page.getByLabel('Where your term dates and templates come from (optional)').fill('Term dates from Calderdale Council, updated each July');
    await save(page);

    await expect(header).toContainText('Calderdale Council');
    await expect(header).toContainText('Team Around the Child (TAC) meetings for family help');
    await expect(summaryRow(page, 'Meetings are called')).toHaveText('TAC (Team Around the Child)');
    await expect(summaryRow(page, 'The person who leads the plan')).toHaveText('Lead practitioner');
    await expect(summaryRow(page, 'The support is called')).toHaveText('Family help');
    await expect(summaryRow(page, 'Reviews')).toHaveText('Every 2 months, unless the team agrees another date');
    await expect(summaryRow(page, 'Protective marking')).toHaveText('OFFICIAL');
    await expect(summaryRow(page, 'Term dates and templates come from')).toHaveText('Term dates from Calderdale Council, updated each July');
    await expectAccessible(page, 'settings after saving');

    // Another screen uses the same words.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Families' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
    await expect(header).toContainText('Team Around the Child (TAC) meetings for family help');

    await reloadAndUnlock(page);
    await expect(header).toContainText('Calderdale Council');
    await page.goto('/#/settings/area');
    await expect(page.getByRole('radio', { name: 'TAC (Team Around the Child)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Lead practitioner' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Family help' })).toBeChecked();
    await expect(page.getByLabel('Every')).toHaveValue('2');
  });

  test('the level-of-need scale can be added to, reordered and shortened, with clear messages', async ({ page }) => {
    await openAreaSettings(page);
    const level = (n: number) => page.getByRole('group', { name: `Level ${n}`, exact: true });
    await expect(level(4).getByLabel('Name')).toHaveValue('Specialist');

    await page.getByRole('button', { name: 'Add a level' }).click();
    await expect(level(5).getByLabel('Code')).toBeFocused();
    await level(5).getByLabel('Code').fill('3a');
    await level(5).getByLabel('Name').fill('Intensive family support');

    // Focus stays with the level that moved, and the move is announced.
    await page.getByRole('button', { name: 'Move up level 5' }).click();
    await expect(page.getByRole('button', { name: 'Move up level 4' })).toBeFocused();
    await expect(page.getByText('Intensive family support moved to position 4 of 5.')).toBeAttached();
    await expect(level(4).getByLabel('Name')).toHaveValue('Intensive family support');
    await expect(level(5).getByLabel('Name')).toHaveValue('Specialist');
    await page.getByRole('button', { name: 'Move down level 1' }).click();
    await expect(level(2).getByLabel('Name')).toHaveValue('Universal');

    await page.getByRole('button', { name: 'Remove level 1' }).click();
    await expect(level(5)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Add a level' })).toBeFocused();

    // A missing name and a repeated code get messages at the fields.
    await level(1).getByLabel('Name').fill('');
    await level(2).getByLabel('Code').fill('1');
    await page.getByRole('button', { name: 'Save area settings' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(['Enter the name of the level', 'Each level needs its own code']);
    await expectAccessible(page, 'area settings with errors');
    await summary.getByRole('link', { name: 'Enter the name of the level' }).click();
    await expect(level(1).getByLabel('Name')).toBeFocused();
    await expect(level(1).getByLabel('Name')).toHaveAccessibleDescription(/Enter the name of the level/);

    await level(1).getByLabel('Name').fill('Universal plus');
    await level(2).getByLabel('Code').fill('3');
    await save(page);
    const levels = summaryRow(page, 'Level of need scale').getByRole('listitem');
    await expect(levels.locator('.summary__level-name')).toHaveText([
      'Universal plus (code 1)',
      'Targeted early help (code 3)',
      'Intensive family support (code 3a)',
      'Specialist (code 4)',
    ]);
  });

  test('a logo that is not a picture, or is too large, gets a clear message; a real one is previewed and needs a description', async ({ page }) => {
    await openAreaSettings(page);
    const file = page.getByLabel('Choose a logo');

    await file.setInputFiles({ name: 'minutes.png', mimeType: 'image/png', buffer: Buffer.from('Minutes of the meeting held on Tuesday.') });
    await expect(page.getByRole('alert')).toHaveText('Error: “minutes.png” is not a PNG or JPEG picture. Choose a logo saved as a PNG or JPEG file.');
    await expect(file).toHaveAttribute('aria-invalid', 'true');
    await expectAccessible(page, 'area settings with a bad logo');

    await file.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
    await expect(page.getByRole('alert')).toContainText('“notes.txt” is not a PNG or JPEG picture.');

    const huge = Buffer.alloc(400 * 1024);
    Buffer.from(makePng(10, 10)).copy(huge);
    await file.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
    await expect(page.getByRole('alert')).toHaveText('Error: “huge.png” is 400 KB. The logo must be 300 KB or smaller: save a smaller copy and choose that instead.');

    await file.setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.from(makePng(120, 40)) });
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(page.getByRole('figure')).toContainText('How the logo will look');
    await page.getByRole('button', { name: 'Save area settings' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'There is a problem' }).getByRole('link')).toHaveText(['Enter the description of the logo']);
    await page.getByLabel('Describe the logo').fill('Calderdale Council logo');
    await expect(page.getByRole('figure').getByRole('img', { name: 'Calderdale Council logo' })).toBeVisible();
    await expectAccessible(page, 'area settings with a logo');
    await save(page);
    await expect(page.getByRole('banner').getByRole('img', { name: 'Calderdale Council logo' })).toBeVisible();
    await expectAccessible(page, 'settings with the logo in the header');

    await reloadAndUnlock(page);
    await expect(page.getByRole('banner').getByRole('img', { name: 'Calderdale Council logo' })).toBeVisible();
    await page.goto('/#/settings/area');
    await page.getByRole('button', { name: 'Remove the logo' }).click();
    await expect(page.getByLabel('Choose a logo')).toBeFocused();
    await save(page);
    await expect(page.getByRole('banner').getByRole('img')).toHaveCount(0);
  });

  test('what was typed is kept as a draft until it is saved, and can be discarded', async ({ page }) => {
    await openAreaSettings(page);
    await page.getByLabel('Name of your area (optional)').fill('Kirklees');
    await expect(page.getByRole('status').filter({ hasText: /Draft kept at \d\d:\d\d/ })).toBeVisible();
    await reloadAndUnlock(page);
    await expect(page.getByLabel('Name of your area (optional)')).toHaveValue('Kirklees');
    await expect(page.getByText(/We kept what you typed on/)).toBeVisible();
    await expectAccessible(page, 'area settings with a restored draft');
    await page.getByRole('button', { name: 'Discard what you typed and start again' }).click();
    await expect(page.getByLabel('Name of your area (optional)')).toHaveValue('');
    await page.getByRole('button', { name: 'Cancel and discard changes' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeVisible();
    await expect(summaryRow(page, 'Area')).toHaveText('Not set');
  });

  test('your name and role are saved and kept', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Your name').fill('Jo Whitaker');
    await page.getByLabel('Your role (optional)').fill('Designated safeguarding lead, Hillside Primary School');
    await page.getByRole('button', { name: 'Save your details' }).click();
    const saved = page.getByRole('status').filter({ hasText: 'Your details have been saved.' });
    await expect(saved).toBeFocused();
    await reloadAndUnlock(page);
    await expect(page.getByLabel('Your name')).toHaveValue('Jo Whitaker');
    await expect(page.getByLabel('Your role (optional)')).toHaveValue('Designated safeguarding lead, Hillside Primary School');
  });

  test('a setting can be changed by keyboard alone', async ({ page }) => {
    await page.goto('/#/families');
    await expect(page.getByRole('heading', { level: 1, name: 'Families' })).toBeVisible();
    await tabTo(page, 'Settings');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeFocused();

    await tabTo(page, 'Change area settings');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Change area settings' })).toBeFocused();

    // Tab reaches the chosen radio; the arrow keys change the choice.
    await tabTo(page, 'TAF (Team Around the Family)');
    await page.keyboard.press('ArrowUp');
    await expect(page.getByRole('radio', { name: 'TAC (Team Around the Child)' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'TAC (Team Around the Child)' })).toBeFocused();
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');

    await tabTo(page, 'Add a level');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('group', { name: 'Level 5', exact: true }).getByLabel('Code')).toBeFocused();
    await page.keyboard.type('5');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('group', { name: 'Level 5', exact: true }).getByLabel('Name')).toBeFocused();
    await page.keyboard.type('Statutory');
    await tabTo(page, 'Save area settings');
    await page.keyboard.press('Enter');

    await expect(page.getByRole('heading', { level: 1, name: 'Settings', exact: true })).toBeFocused();
    await expect(page.getByRole('banner')).toContainText('Team Around the Child (TAC) meetings for early help');
    await expect(summaryRow(page, 'Level of need scale').getByRole('listitem')).toHaveCount(5);
    await expectAccessible(page, 'settings after a keyboard-only change');
  });
});
