import type { FamilyDraft, FieldError } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import { errorAt, fieldId } from './fieldIds';

type ChildDraft = FamilyDraft['children'][number];

interface Props {
  index: number;
  child: ChildDraft;
  errors: readonly FieldError[];
  canRemove: boolean;
  onChange(change: Partial<ChildDraft>): void;
  onRemove(): void;
}

export function ChildFields({ index, child, errors, canRemove, onChange, onRemove }: Props) {
  const path = (field: keyof ChildDraft) => `children.${index}.${field}`;
  const number = index + 1;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Child {number}</legend>
      <TextField
        id={fieldId(path('name'))}
        label="Full name"
        autoComplete="off"
        value={child.name}
        error={errorAt(errors, path('name'))}
        onValueChange={(name) => onChange({ name })}
      />
      <TextField
        id={fieldId(path('dateOfBirth'))}
        label="Date of birth"
        hint="Day/month/year, for example 23/11/2016"
        autoComplete="off"
        width="short"
        value={child.dateOfBirth}
        error={errorAt(errors, path('dateOfBirth'))}
        onValueChange={(dateOfBirth) => onChange({ dateOfBirth })}
      />
      <TextField
        id={fieldId(path('school'))}
        label="School or setting (optional)"
        hint="For example the school, nursery or college the child goes to"
        autoComplete="off"
        value={child.school}
        error={errorAt(errors, path('school'))}
        onValueChange={(school) => onChange({ school })}
      />
      {canRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove child {number}
        </button>
      )}
    </fieldset>
  );
}
