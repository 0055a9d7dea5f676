// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PassphraseFields, passphraseSummary } from '../../../renderer/features/lock/PassphraseFields';

afterEach(cleanup);

describe('PassphraseFields', () => {
  it('asks for the fields the form has values for, in order, with their own ids and hints', () => {
    render(<PassphraseFields label="New passphrase" values={{ recoveryKey: '', passphrase: '', repeat: '' }} errors={{ recoveryKey: undefined, passphrase: undefined, repeat: undefined }} onChange={() => {}} />);
    const key = screen.getByRole('textbox', { name: 'Recovery key' });
    expect(key.id).toBe('recovery-key');
    expect(key.getAttribute('aria-describedby')).toBe('recovery-key-hint');
    const secret = screen.getByLabelText('New passphrase');
    expect(secret.getAttribute('type')).toBe('password');
    expect(secret.getAttribute('autocomplete')).toBe('new-password');
    expect(screen.getByLabelText('Type the passphrase again').id).toBe('repeat-passphrase');
    expect(screen.queryByLabelText('Current passphrase')).toBeNull();
    const order = [...document.querySelectorAll('input')].map((input) => input.id);
    expect(order).toEqual(['recovery-key', 'new-passphrase', 'repeat-passphrase']);
  });

  it('shows each message at its field, keeps the current passphrase while busy, and passes what is typed', async () => {
    const onChange = vi.fn();
    render(
      <PassphraseFields
        label="New passphrase"
        values={{ current: '', passphrase: '', repeat: '' }}
        errors={{ current: undefined, passphrase: undefined, repeat: 'The passphrases do not match' }}
        busy
        onChange={onChange}
      />,
    );
    const current = screen.getByLabelText('Current passphrase');
    expect(current.hasAttribute('readonly')).toBe(true);
    expect(current.getAttribute('autocomplete')).toBe('current-password');
    expect(screen.getByLabelText('New passphrase').hasAttribute('readonly')).toBe(false);
    const repeat = screen.getByLabelText('Type the passphrase again');
    expect(repeat.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('repeat-passphrase-error')?.textContent).toContain('The passphrases do not match');
    await userEvent.type(repeat, 'a');
    expect(onChange).toHaveBeenLastCalledWith({ repeat: 'a' });
  });

  it('the error summary links each message to its field, in the order of the form', () => {
    expect(passphraseSummary({ repeat: 'Type it again', passphrase: 'Too short', current: undefined })).toEqual([
      { fieldId: 'new-passphrase', message: 'Too short' },
      { fieldId: 'repeat-passphrase', message: 'Type it again' },
    ]);
  });
});
