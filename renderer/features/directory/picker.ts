import { describePractitioner, type Practitioner } from '../../../shared/domain/directory';
import type { PersonRef } from '../../../shared/domain/fields';
import { compareNames } from '../../../shared/rules/text';

/** Who was picked, shaped like `PersonRef`: the directory id (or null when typed in), and a copy of the name and role. */
export type PickedPractitioner = PersonRef;

export const NOBODY: PickedPractitioner = { personId: null, name: '', role: '' };

/** Option values: '' is "nothing chosen"; ids are 8 to 64 characters, so neither can be an id. */
export const NO_CHOICE = '';
export const TYPED = 'typed';

export interface PickerOption {
  value: string;
  label: string;
}

/** The copy kept in a record: the name as it is now, and their role and agency in one line. */
export function pickedFrom(p: Practitioner): PickedPractitioner {
  return { personId: p.id, name: p.name, role: [p.role, p.agency].filter((s) => s !== '').join(', ') };
}

/** Everyone in the directory by name; someone picked earlier and since removed stays visible so nothing silently changes. */
export function pickerOptions(practitioners: readonly Practitioner[], value: PickedPractitioner): PickerOption[] {
  const options = [...practitioners].sort((a, b) => compareNames(a.name, b.name)).map((p) => ({ value: p.id, label: describePractitioner(p) }));
  if (value.personId !== null && !practitioners.some((p) => p.id === value.personId)) {
    options.unshift({ value: value.personId, label: `${value.name} (no longer in the directory)` });
  }
  return options;
}

export function selectedOption(value: PickedPractitioner, typing: boolean): string {
  if (typing) return TYPED;
  return value.personId ?? NO_CHOICE;
}

/** What choosing an option means for the value, and whether the "type their details" boxes show. */
export function choose(option: string, practitioners: readonly Practitioner[], previous: PickedPractitioner): { value: PickedPractitioner; typing: boolean } {
  if (option === NO_CHOICE) return { value: NOBODY, typing: false };
  // Keep anything already typed; a directory entry's details are not copied into the boxes.
  if (option === TYPED) return { value: previous.personId === null ? previous : NOBODY, typing: true };
  const found = practitioners.find((p) => p.id === option);
  return { value: found ? pickedFrom(found) : previous, typing: false };
}
