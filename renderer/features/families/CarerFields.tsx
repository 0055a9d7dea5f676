import type { FamilyDraft, FieldError } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import { errorAt, fieldId } from './fieldIds';

type CarerDraft = FamilyDraft['carers'][number];

interface Props {
  index: number;
  carer: CarerDraft;
  errors: readonly FieldError[];
  canRemove: boolean;
  onChange(change: Partial<CarerDraft>): void;
  onRemove(): void;
}

export function CarerFields({ index, carer, errors, canRemove, onChange, onRemove }: Props) {
  const path = (field: keyof CarerDraft) => `carers.${index}.${field}`;
  const number = index + 1;
  return (
    <fieldset className="fieldset">
      <legend className="fieldset__legend">Parent or carer {number}</legend>
      <TextField
        id={fieldId(path('name'))}
        label="Full name"
        autoComplete="off"
        value={carer.name}
        error={errorAt(errors, path('name'))}
        onValueChange={(name) => onChange({ name })}
      />
      <TextField
        id={fieldId(path('relationship'))}
        label="Relationship to the children (optional)"
        hint="For example mum, dad, stepdad, grandmother, foster carer"
        autoComplete="off"
        width="medium"
        value={carer.relationship}
        error={errorAt(errors, path('relationship'))}
        onValueChange={(relationship) => onChange({ relationship })}
      />
      <TextField
        id={fieldId(path('phone'))}
        label="Phone number (optional)"
        type="tel"
        autoComplete="off"
        width="medium"
        value={carer.phone}
        error={errorAt(errors, path('phone'))}
        onValueChange={(phone) => onChange({ phone })}
      />
      <TextField
        id={fieldId(path('email'))}
        label="Email address (optional)"
        type="email"
        autoComplete="off"
        spellCheck={false}
        value={carer.email}
        error={errorAt(errors, path('email'))}
        onValueChange={(email) => onChange({ email })}
      />
      {canRemove && (
        <button type="button" className="button button--secondary" onClick={onRemove}>
          Remove parent or carer {number}
        </button>
      )}
    </fieldset>
  );
}
