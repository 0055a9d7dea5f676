// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ErrorSummary } from '../../../renderer/components/ErrorSummary';
import { RadioGroup } from '../../../renderer/components/fields/RadioGroup';
import { FormActions } from '../../../renderer/components/form/FormActions';
import { TextField } from '../../../renderer/components/TextField';
import { useFocusAfter } from '../../../renderer/components/useFocusAfter';

beforeAll(() => {
  // happy-dom lays nothing out; focusById scrolls the field into view.
  Element.prototype.scrollIntoView = () => {};
});
afterEach(cleanup);

describe('ErrorSummary', () => {
  function Form() {
    return (
      <>
        <ErrorSummary
          attempt={1}
          errors={[
            { fieldId: 'name', message: 'Enter their name' },
            { fieldId: 'colour', message: 'Choose a colour' },
          ]}
        />
        <TextField id="name" label="Name" error="Enter their name" value="" onValueChange={() => {}} />
        <RadioGroup
          id="colour"
          legend="Colour"
          error="Choose a colour"
          options={[
            { value: 'red', label: 'Red' },
            { value: 'blue', label: 'Blue' },
          ]}
          value=""
          onChange={() => {}}
        />
      </>
    );
  }

  it('takes focus when it appears and lists the problems', () => {
    render(<Form />);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
  });

  it('each link moves focus to its field; a group link lands on its first option', async () => {
    render(<Form />);
    await userEvent.click(screen.getByRole('link', { name: 'Enter their name' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await userEvent.click(screen.getByRole('link', { name: 'Choose a colour' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Red' }));
  });

  it('shows nothing when there are no problems', () => {
    render(<ErrorSummary attempt={0} errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('FormActions', () => {
  it('has the submit button, a cancel button and the draft line', async () => {
    const onSubmit = vi.fn((e: React.FormEvent) => e.preventDefault());
    const onCancel = vi.fn();
    render(
      <form onSubmit={onSubmit}>
        <FormActions saveState={{ status: 'saved', at: new Date('2026-07-01T09:05:00Z') }} submitLabel="Save family" onCancel={onCancel} />
      </form>,
    );
    expect(screen.getByRole('status').textContent).toBe('Draft kept at 10:05');
    await userEvent.click(screen.getByRole('button', { name: 'Save family' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await userEvent.click(screen.getByRole('button', { name: 'Cancel and discard changes' }));
    expect(onCancel).toHaveBeenCalledTimes(1);
  });

  it('disables submit while saving and leaves out cancel when there is none', () => {
    render(<FormActions submitLabel="Record the referral" busy />);
    expect(screen.getByRole('button', { name: 'Record the referral' })).toHaveProperty('disabled', true);
    expect(screen.queryByRole('button', { name: /Cancel/ })).toBeNull();
    expect(screen.queryByRole('status')).toBeNull();
  });
});

describe('useFocusAfter', () => {
  function Rows() {
    const [rows, setRows] = useState(['first']);
    const focusAfter = useFocusAfter();
    return (
      <>
        {rows.map((row, i) => (
          <TextField key={row} id={`row-${i}`} label={`Row ${i + 1}`} value="" onValueChange={() => {}} />
        ))}
        <button
          type="button"
          onClick={() => {
            setRows((r) => [...r, `row${r.length}`]);
            focusAfter(`row-${rows.length}`);
          }}
        >
          Add a row
        </button>
      </>
    );
  }

  it('moves focus to the element that appears after the next render', async () => {
    render(<Rows />);
    await userEvent.click(screen.getByRole('button', { name: 'Add a row' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Row 2' }));
  });
});
