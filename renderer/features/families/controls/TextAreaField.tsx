import { describedBy } from './describedBy';
import { FieldMessages } from './FieldMessages';

interface Props {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  rows?: number;
  onValueChange(value: string): void;
}

/** A labelled box for a few lines of text, with an optional hint and an error announced with it. */
export function TextAreaField({ id, label, hint, error, value, rows = 3, onValueChange }: Props) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      <textarea
        id={id}
        className="input input--full textarea"
        rows={rows}
        dir="auto"
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onValueChange(e.target.value)}
      />
    </div>
  );
}
