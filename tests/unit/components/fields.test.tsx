// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Checkbox } from '../../../renderer/components/fields/Checkbox';
import { DateField } from '../../../renderer/components/fields/DateField';
import { SelectField } from '../../../renderer/components/fields/SelectField';
import { TimeField } from '../../../renderer/components/fields/TimeField';
import { TextAreaField } from '../../../renderer/components/TextAreaField';
import { TextField } from '../../../renderer/components/TextField';

afterEach(cleanup);

function described(element: HTMLElement): string {
  return (element.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? `(missing ${id})`)
    .join(' | ');
}

describe('text fields', () => {
  it('a text field shows its label, hint and error, and the input is described by both', () => {
    render(<TextField id="name" label="Full name" hint="As they like to be called" error="Enter their name" value="" onValueChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Full name' });
    expect(input.id).toBe('name');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(described(input)).toBe('As they like to be called | Error: Enter their name');
    expect(document.getElementById('name-hint')?.textContent).toBe('As they like to be called');
    expect(document.getElementById('name-error')?.textContent).toBe('Error: Enter their name');
  });

  it('a field with neither hint nor error is described by nothing and is not invalid', () => {
    render(<TextField id="role" label="Role" value="" onValueChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Role' });
    expect(input.getAttribute('aria-describedby')).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('typing reports each new value', async () => {
    function Harness() {
      const [value, setValue] = useState('');
      return <TextAreaField id="notes" label="Notes" hint="In plain words" value={value} onValueChange={setValue} />;
    }
    render(<Harness />);
    const box = screen.getByRole('textbox', { name: 'Notes' });
    await userEvent.type(box, 'Hello');
    expect(box).toHaveProperty('value', 'Hello');
    expect(described(box)).toBe('In plain words');
  });

  it('a select field wires its hint and error with the same scheme as a text field', async () => {
    function Harness() {
      const [value, setValue] = useState('');
      return (
        <SelectField id="who" label="Who" hint="Choose one" error="Choose who" value={value} onValueChange={setValue}>
          <option value="">Choose</option>
          <option value="sam">Sam</option>
        </SelectField>
      );
    }
    render(<Harness />);
    const select = screen.getByRole('combobox', { name: 'Who' });
    expect(described(select)).toBe('Choose one | Error: Choose who');
    expect(select.getAttribute('aria-describedby')).toBe('who-hint who-error');
    await userEvent.selectOptions(select, 'sam');
    expect(select).toHaveProperty('value', 'sam');
  });

  it('a select field is wide enough for a sentence, or short for a few words', () => {
    render(
      <>
        <SelectField id="lock-after" label="Lock after" value="" onValueChange={() => undefined}>
          <option value="">The usual time</option>
        </SelectField>
        <SelectField id="audit-filter" label="Show" width="short" value="all" onValueChange={() => undefined}>
          <option value="all">Everything</option>
        </SelectField>
      </>,
    );
    expect(screen.getByRole('combobox', { name: 'Lock after' }).className).toBe('input select');
    expect(screen.getByRole('combobox', { name: 'Show' }).className).toBe('input input--short');
    expect(screen.getByRole('combobox', { name: 'Show' }).hasAttribute('aria-describedby')).toBe(false);
  });

  it('a single checkbox has its label and hint and reports ticks', async () => {
    function Harness() {
      const [on, setOn] = useState(false);
      return <Checkbox id="evenings" label="Evenings are fine" hint="After 6pm" checked={on} onCheckedChange={setOn} />;
    }
    render(<Harness />);
    const box = screen.getByRole('checkbox', { name: 'Evenings are fine' });
    expect(described(box)).toBe('After 6pm');
    expect(box).toHaveProperty('checked', false);
    await userEvent.click(screen.getByText('Evenings are fine'));
    expect(box).toHaveProperty('checked', true);
  });
});

describe('date and time fields', () => {
  it('a date field asks for day/month/year after what it is about, and is not filled in by the browser', () => {
    render(<DateField id="on" label="Date" about="The day they told you." value="23/11/2026" onValueChange={() => {}} />);
    const input = screen.getByRole('textbox', { name: 'Date' });
    expect(described(input)).toBe('The day they told you. Day/month/year, for example 23/11/2026');
    expect(input.getAttribute('autocomplete')).toBe('off');
    expect(input.className).toContain('input--short');
  });

  it('a time field says the time is on the 24-hour clock', () => {
    render(<TimeField id="at" label="Start time" value="" onValueChange={() => {}} />);
    expect(described(screen.getByRole('textbox', { name: 'Start time' }))).toBe('In 24-hour time, UK time, for example 16:00');
  });
});
