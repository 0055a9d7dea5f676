// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { CheckboxGroup } from '../../../renderer/components/fields/CheckboxGroup';
import { RadioGroup } from '../../../renderer/components/fields/RadioGroup';

afterEach(cleanup);

const COLOURS = [
  { value: 'red', label: 'Red' },
  { value: 'green', label: 'Green', hint: 'Like grass' },
  { value: 'blue', label: 'Blue', conditional: <p>Which blue?</p> },
] as const;

type Colour = (typeof COLOURS)[number]['value'];

function Radios({ error }: { error?: string }) {
  const [value, setValue] = useState<Colour | ''>('');
  return <RadioGroup<Colour> id="colour" legend="Favourite colour" hint="Choose one" error={error} options={COLOURS} value={value} onChange={setValue} />;
}

describe('RadioGroup', () => {
  it('is a group named by its legend and described by its hint and error, with one id scheme', () => {
    render(<Radios error="Choose a colour" />);
    const group = screen.getByRole('group', { name: 'Favourite colour' });
    expect(group.getAttribute('aria-describedby')).toBe('colour-hint colour-error');
    expect(document.getElementById('colour-hint')?.textContent).toBe('Choose one');
    expect(document.getElementById('colour-error')?.textContent).toBe('Error: Choose a colour');
    const radios = within(group).getAllByRole('radio');
    // The first option carries the group's id, so an error summary link lands on it.
    expect(radios.map((r) => r.id)).toEqual(['colour', 'colour-1', 'colour-2']);
    expect(screen.getByRole('radio', { name: 'Green' }).getAttribute('aria-describedby')).toBe('colour-1-hint');
    expect(document.getElementById('colour-1-hint')?.textContent).toBe('Like grass');
  });

  it('choosing an option checks it and shows its follow-up question', async () => {
    render(<Radios />);
    expect(screen.queryByText('Which blue?')).toBeNull();
    await userEvent.click(screen.getByRole('radio', { name: 'Blue' }));
    expect(screen.getByRole('radio', { name: 'Blue' })).toHaveProperty('checked', true);
    expect(screen.getByText('Which blue?')).toBeTruthy();
  });

  it('arrow keys move the choice along the group', async () => {
    render(<Radios />);
    await userEvent.click(screen.getByRole('radio', { name: 'Red' }));
    await userEvent.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Green' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'Red' })).toHaveProperty('checked', false);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Green' }));
  });

  it('all the options share one name, so they are one native group', () => {
    render(<Radios />);
    const names = new Set(screen.getAllByRole('radio').map((r) => r.getAttribute('name')));
    expect([...names]).toEqual(['colour']);
  });
});

describe('CheckboxGroup', () => {
  function Boxes() {
    const [values, setValues] = useState<string[]>([]);
    const [last, setLast] = useState('');
    return (
      <>
        <CheckboxGroup
          id="days"
          legend="Which days?"
          hint="Tick all that apply"
          options={[
            { value: 'mon', label: 'Monday' },
            { value: 'tue', label: 'Tuesday' },
            { value: 'wed', label: 'Wednesday' },
          ]}
          values={values}
          onChange={(next, changed) => {
            setValues(next);
            setLast(`${changed.value} ${changed.checked ? 'on' : 'off'}`);
          }}
        />
        <output aria-label="chosen">{values.join(',')}</output>
        <output aria-label="last change">{last}</output>
      </>
    );
  }

  it('ticks and unticks, keeping the values in the order the options are listed', async () => {
    render(<Boxes />);
    const group = screen.getByRole('group', { name: 'Which days?' });
    expect(group.getAttribute('aria-describedby')).toBe('days-hint');
    expect(within(group).getAllByRole('checkbox').map((c) => c.id)).toEqual(['days', 'days-1', 'days-2']);
    await userEvent.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Monday' }));
    expect(screen.getByRole('status', { name: 'chosen' }).textContent).toBe('mon,wed');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Wednesday' }));
    expect(screen.getByRole('status', { name: 'chosen' }).textContent).toBe('mon');
    expect(screen.getByRole('status', { name: 'last change' }).textContent).toBe('wed off');
  });
});
