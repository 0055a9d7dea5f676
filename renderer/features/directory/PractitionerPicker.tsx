import { useState } from 'react';
import type { Practitioner } from '../../../shared/domain/directory';
import { FieldFrame } from '../../components/FieldFrame';
import { TextField } from '../../components/TextField';
import { choose, pickerOptions, selectedOption, TYPED, type PickedPractitioner } from './picker';
import { usePractitioners } from './useDirectory';

export { NOBODY, type PickedPractitioner } from './picker';

export interface PractitionerPickerProps {
  /** The id of the select; the typed-in boxes get `${id}-name` and `${id}-role`. */
  id: string;
  label: string;
  hint?: string;
  /** Shown with the select, e.g. "Choose who will do this". */
  error?: string | undefined;
  value: PickedPractitioner;
  onChange(value: PickedPractitioner): void;
}

/**
 * PractitionerPicker: choose a practitioner from the directory, or type the details of someone
 * who is not in it. A labelled native <select> (so it works with every screen reader, and by
 * keyboard: arrow keys, or type the first letters of a name), with a last option
 * "Not in the directory? Type their details" that shows two boxes for their name and role.
 *
 *   const [owner, setOwner] = useState<PickedPractitioner>(NOBODY);
 *   <PractitionerPicker id="action-owner" label="Who will do this?" value={owner} onChange={setOwner} />
 *
 * The value is shaped like `PersonRef` (shared/domain/fields.ts): `personId` is the directory id,
 * or null for someone typed in; `name` and `role` are copies, so a record still reads correctly
 * if the directory entry changes or is removed later. Check `value.name !== ''` before saving.
 * It reads the directory live; `PractitionerSelect` takes the list as a prop instead.
 */
export function PractitionerPicker(props: PractitionerPickerProps) {
  const practitioners = usePractitioners();
  return <PractitionerSelect {...props} practitioners={practitioners ?? []} />;
}

export function PractitionerSelect({ id, label, hint, error, value, onChange, practitioners }: PractitionerPickerProps & { practitioners: readonly Practitioner[] }) {
  const [typingChosen, setTyping] = useState(false);
  // The boxes follow the value too: a typed-in name keeps them open (e.g. a restored draft); a directory entry closes them.
  const typing = value.personId === null && (typingChosen || value.name !== '');
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <>
          <select
            id={id}
            className="input input--full"
            value={selectedOption(value, typing)}
            aria-describedby={describedBy}
            aria-invalid={error ? true : undefined}
            onChange={(e) => {
              const next = choose(e.target.value, practitioners, value);
              setTyping(next.typing);
              onChange(next.value);
            }}
          >
            <option value="">Choose someone</option>
            {pickerOptions(practitioners, value).map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
            <option value={TYPED}>Not in the directory? Type their details</option>
          </select>
          {typing && (
            <div className="directory-picker__typed">
              <TextField id={`${id}-name`} label="Their name" autoComplete="off" value={value.name} onValueChange={(name) => onChange({ ...value, name })} />
              <TextField
                id={`${id}-role`}
                label="Their role and agency (optional)"
                hint="For example school nurse, Leeds Community Healthcare"
                autoComplete="off"
                value={value.role}
                onValueChange={(role) => onChange({ ...value, role })}
              />
            </div>
          )}
        </>
      )}
    </FieldFrame>
  );
}
