import { expect, test } from './support/test';
import { expectAccessible } from './support/axe';
import { planMeeting } from './support/meetings';

const SCHOOL = { name: 'Priya Shah', role: 'Class teacher', agency: 'Oak Primary School' };

test.describe('who is invited, after the meeting is planned', () => {
  test('a practitioner not in the directory is added without leaving the meeting, someone is removed, and cancelling asks why', async ({ page }) => {
    test.setTimeout(150_000);
    const meeting = await planMeeting(page, { practitioners: [SCHOOL] });
    const invitees = page.getByRole('region', { name: 'Who is invited' });
    await expect(invitees.getByRole('listitem')).toHaveText([/Ana Ruiz, Mum/, /Priya Shah, Class teacher, Oak Primary School/]);

    // Someone who is not in the directory: an inline form on the meeting page.
    await invitees.getByRole('button', { name: 'Invite someone who is not in the directory' }).click();
    const inline = invitees.getByRole('region', { name: 'Someone who is not in the directory' });
    await expect(inline.getByRole('textbox', { name: 'Full name' })).toBeVisible();
    await expectAccessible(page, 'meeting page with the inline practitioner form');
    // Checked like the directory's own form: a contact is needed.
    await inline.getByRole('textbox', { name: 'Full name' }).fill('Tom Reed');
    await inline.getByRole('textbox', { name: 'Role' }).fill('School nurse');
    await inline.getByRole('textbox', { name: 'Agency or organisation' }).fill('Kirkby Health Visiting');
    await inline.getByRole('button', { name: 'Add to the directory and invite' }).click();
    await expect(inline.getByRole('alert').filter({ hasText: 'Enter a phone number or a secure email address' })).toBeVisible();
    await inline.getByRole('textbox', { name: 'Secure email address' }).fill('tom.reed@example.nhs.uk');
    await inline.getByRole('button', { name: 'Add to the directory and invite' }).click();

    await expect(page.getByRole('status').filter({ hasText: 'Tom Reed is now invited. Tell the family first, then send the invitation.' })).toBeFocused();
    expect(page.url()).toContain(meeting.meetingUrl.slice(1));
    await expect(invitees.getByRole('listitem')).toHaveText([/Ana Ruiz/, /Priya Shah/, /Tom Reed, School nurse, Kirkby Health Visiting/]);
    const told = page.getByRole('region', { name: 'Who has been told' });
    await expect(told.getByRole('heading', { level: 3 }).first()).toHaveText('Tom Reed, School nurse, Kirkby Health Visiting is now invited');
    await expect(told.getByRole('listitem').first()).toContainText('Ana Ruiz (family): not told yet');
    await expect(page.getByRole('region', { name: 'Invitations' }).getByText('Tom Reed', { exact: false }).first()).toBeVisible();
    await expectAccessible(page, 'meeting page after inviting someone new');

    // Someone is taken off the meeting: told too, and still named in the change.
    await invitees.getByRole('button', { name: 'Remove Priya Shah from the meeting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Priya Shah is no longer invited. Tell the family first, then Priya Shah.' })).toBeFocused();
    await expect(invitees.getByRole('listitem')).toHaveText([/Ana Ruiz/, /Tom Reed/]);
    await expect(told.getByRole('heading', { level: 3 }).first()).toHaveText('Priya Shah, Class teacher, Oak Primary School is no longer invited');
    await expect(told.getByRole('list', { name: 'Priya Shah, Class teacher, Oak Primary School is no longer invited' }).getByRole('listitem')).toContainText([
      'Ana Ruiz (family): not told yet',
      'Tom Reed, School nurse: not told yet',
      'Priya Shah, no longer invited: not told yet',
    ]);
    // The only family member cannot be removed.
    await invitees.getByRole('button', { name: 'Remove Ana Ruiz from the meeting' }).click();
    await expect(invitees.getByRole('alert')).toContainText('Ana Ruiz is the only person from the family who is invited.');
    await expect(invitees.getByRole('listitem')).toHaveCount(2);

    // She can be invited again from the list, with everyone else not yet invited.
    await invitees.getByRole('group', { name: 'Who else is invited?' }).getByRole('checkbox', { name: 'Priya Shah' }).check();
    await invitees.getByRole('button', { name: 'Invite', exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Priya Shah is now invited.' })).toBeFocused();

    // Tom Reed is in the directory now.
    await page.goto('/#/directory');
    await expect(page.getByRole('heading', { level: 1, name: 'Directory' })).toBeVisible();
    await expect(page.getByText('Tom Reed').first()).toBeVisible();

    // Cancelling asks first, and needs a reason that everyone is told.
    await page.goto(meeting.meetingUrl);
    const change = page.getByRole('region', { name: 'Change the meeting' });
    await change.getByRole('button', { name: 'Cancel the meeting' }).click();
    const confirm = change.getByRole('form', { name: 'Cancel this meeting?' });
    await expect(confirm.getByRole('textbox', { name: 'Why is the meeting cancelled?' })).toBeFocused();
    await expectAccessible(page, 'meeting page asking to confirm the cancellation');
    await confirm.getByRole('button', { name: 'No, keep the meeting' }).click();
    await expect(confirm).toHaveCount(0);
    await expect(page.getByText('This meeting has been cancelled.')).toHaveCount(0);

    await change.getByRole('button', { name: 'Cancel the meeting' }).click();
    await confirm.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await expect(confirm.getByRole('textbox', { name: 'Why is the meeting cancelled?' })).toHaveAccessibleDescription(/Error: Say why the meeting is cancelled: everyone invited is told this/);
    await expect(confirm.getByRole('textbox', { name: 'Why is the meeting cancelled?' })).toBeFocused();
    await confirm.getByRole('textbox', { name: 'Why is the meeting cancelled?' }).fill('Ana is unwell. We will find another date this week.');
    await confirm.getByRole('button', { name: 'Yes, cancel the meeting' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'The meeting has been cancelled. Tell the family first.' })).toBeFocused();
    await expect(page.getByText('This meeting has been cancelled. The reason: Ana is unwell. We will find another date this week.')).toBeVisible();
    await expect(told.getByRole('heading', { level: 3 }).first()).toHaveText('The meeting was cancelled. The reason: Ana is unwell. We will find another date this week');
    await expect(told.getByRole('listitem').first()).toContainText('Ana Ruiz (family): not told yet');
    await expect(invitees.getByText('The meeting is cancelled.')).toBeVisible();
    await expect(invitees.getByRole('button', { name: /^Remove/ })).toHaveCount(0);
    await expectAccessible(page, 'cancelled meeting page');
  });
});
