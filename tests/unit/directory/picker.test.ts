import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { choose, NOBODY, pickedFrom, pickerOptions, selectedOption, TYPED } from '../../../renderer/features/directory/picker';
import { PractitionerSelect } from '../../../renderer/features/directory/PractitionerPicker';
import type { Practitioner } from '../../../shared/domain/directory';

const sam: Practitioner = { id: 'sam0000001', name: 'Sam Patel', role: 'School nurse', agency: 'Leeds Community Healthcare', phone: '', secureEmail: 'sam@nhs.net' };
const aoife: Practitioner = { id: 'aoife00001', name: 'Aoife O’Brien', role: 'Health visitor', agency: '', phone: '0113 496 0000', secureEmail: '' };
const directory = [sam, aoife];

describe('the practitioner picker', () => {
  it('offers everyone by name, described by role and agency', () => {
    expect(pickerOptions(directory, NOBODY)).toEqual([
      { value: 'aoife00001', label: 'Aoife O’Brien, Health visitor' },
      { value: 'sam0000001', label: 'Sam Patel, School nurse, Leeds Community Healthcare' },
    ]);
  });

  it('keeps showing someone picked earlier who has since left the directory', () => {
    const picked = { personId: 'gone000001', name: 'Jo Bloggs', role: 'Youth worker' };
    expect(pickerOptions(directory, picked)[0]).toEqual({ value: 'gone000001', label: 'Jo Bloggs (no longer in the directory)' });
    expect(choose('gone000001', directory, picked)).toEqual({ value: picked, typing: false });
  });

  it('copies the name and role so records read the same if the directory changes', () => {
    expect(pickedFrom(sam)).toEqual({ personId: 'sam0000001', name: 'Sam Patel', role: 'School nurse, Leeds Community Healthcare' });
    expect(pickedFrom(aoife).role).toBe('Health visitor');
    expect(choose('sam0000001', directory, NOBODY)).toEqual({ value: pickedFrom(sam), typing: false });
  });

  it('switches to typing details in, keeping anything already typed but not a directory entry', () => {
    expect(choose(TYPED, directory, pickedFrom(sam))).toEqual({ value: NOBODY, typing: true });
    const typed = { personId: null, name: 'Dr Kaur', role: 'GP' };
    expect(choose(TYPED, directory, typed)).toEqual({ value: typed, typing: true });
    expect(choose('', directory, typed)).toEqual({ value: NOBODY, typing: false });
  });

  it('selects the option that matches the value', () => {
    expect(selectedOption(NOBODY, false)).toBe('');
    expect(selectedOption(pickedFrom(sam), false)).toBe('sam0000001');
    expect(selectedOption({ personId: null, name: 'Dr Kaur', role: '' }, true)).toBe(TYPED);
  });

  it('renders a labelled native select with the fallback last, and the typed-in boxes when needed', () => {
    const props = { id: 'owner', label: 'Who will do this?', hint: 'Choose from the directory', practitioners: directory, onChange: () => undefined };
    const chosen = renderToStaticMarkup(createElement(PractitionerSelect, { ...props, value: pickedFrom(sam) }));
    expect(chosen).toContain('<label class="field__label" for="owner">Who will do this?</label>');
    expect(chosen).toMatch(/<select id="owner"[^>]*aria-describedby="owner-hint"/);
    expect(chosen).toMatch(/<option value="typed">Not in the directory\? Type their details<\/option><\/select>/);
    expect(chosen).not.toContain('owner-name');

    const typed = renderToStaticMarkup(createElement(PractitionerSelect, { ...props, value: { personId: null, name: 'Dr Kaur', role: 'GP' }, error: 'Choose who will do this' }));
    expect(typed).toContain('<label class="field__label" for="owner-name">Their name</label>');
    expect(typed).toContain('value="Dr Kaur"');
    expect(typed).toMatch(/aria-describedby="owner-hint owner-error"/);
  });
});
