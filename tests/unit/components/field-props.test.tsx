// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { TextField } from '../../../renderer/components/TextField';
import { draftFieldProps } from '../../../renderer/components/form/field-props';
import { summaryEntries } from '../../../renderer/components/form/summary-entries';

afterEach(cleanup);

interface Draft {
  agency: string;
  purpose: string;
}

function Fields({ errors }: { errors: { path: string; message: string }[] }) {
  const [draft, setDraft] = useState<Draft>({ agency: 'School', purpose: '' });
  const field = draftFieldProps(draft, errors, (change) => setDraft((d) => ({ ...d, ...change })), (name) => `consent-${name}`);
  return (
    <>
      <TextField {...field('agency')} label="Agency or service" />
      <TextField {...field('purpose')} label="What the sharing is for" autoComplete="on" />
      <p>Purpose: {draft.purpose}</p>
    </>
  );
}

describe('draftFieldProps', () => {
  it('gives each field its id, value, error and change from the draft, its errors and a change function', async () => {
    render(<Fields errors={[{ path: 'agency', message: 'Enter the agency' }]} />);
    const agency = screen.getByRole('textbox', { name: 'Agency or service' });
    expect(agency.id).toBe('consent-agency');
    expect((agency as HTMLInputElement).value).toBe('School');
    expect(agency.getAttribute('autocomplete')).toBe('off');
    expect(agency.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('consent-agency-error')?.textContent).toContain('Enter the agency');
    expect(agency.getAttribute('aria-describedby')).toContain('consent-agency-error');

    const purpose = screen.getByRole('textbox', { name: 'What the sharing is for' });
    expect(purpose.getAttribute('aria-invalid')).toBeNull();
    expect(purpose.getAttribute('autocomplete')).toBe('on');
    await userEvent.type(purpose, 'Meetings');
    expect(screen.getByText(/^Purpose:/).textContent).toBe('Purpose: Meetings');
  });
});

describe('summaryEntries', () => {
  it('lists the fields that have a message, in the order given, each with its id', () => {
    expect(
      summaryEntries([
        ['current-passphrase', undefined],
        ['new-passphrase', 'Enter a new passphrase'],
        ['repeat-passphrase', null],
        ['recovery-key', 'Type the recovery key'],
      ]),
    ).toEqual([
      { fieldId: 'new-passphrase', message: 'Enter a new passphrase' },
      { fieldId: 'recovery-key', message: 'Type the recovery key' },
    ]);
    expect(summaryEntries([['reminder-days', '']])).toEqual([]);
  });
});
