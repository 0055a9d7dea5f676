import type { FieldError } from '../../../../shared/domain/family';
import { TextAreaField } from '../../../components/TextAreaField';
import { errorAt, fieldId } from '../model/field-paths';
import type { FlagDraft } from '../model/form-draft';

/** A saved flag being taken off: it ends when the family is saved and stays in the history. */
export function EndingFlagFields({ index, flag, errors, onChange }: { index: number; flag: FlagDraft; errors: readonly FieldError[]; onChange(change: Partial<FlagDraft>): void }) {
  const path = `safetyFlags.${index}.endReason`;
  return (
    <div className="conditional">
      <p>When you save, these details will no longer be hidden. The family&rsquo;s record keeps a note that they were.</p>
      <TextAreaField
        rows={3}
        dir="auto"
        id={fieldId(path)}
        label="Why do they no longer need to be hidden? (optional)"
        hint="Kept private for the team."
        value={flag.endReason}
        error={errorAt(errors, path)}
        onValueChange={(endReason) => onChange({ endReason })}
      />
    </div>
  );
}
