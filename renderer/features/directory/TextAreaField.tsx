import type { TextareaHTMLAttributes } from 'react';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export interface TextAreaFieldProps extends AreaProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
}

/** A labelled, multi-line text box with an optional hint and an error announced with it (the twin of TextField). */
export function TextAreaField({ id, label, hint, error, value, onValueChange, rows = 3, ...rest }: TextAreaFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <textarea
        {...rest}
        id={id}
        rows={rows}
        className="input input--full directory-textarea"
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onValueChange(e.target.value)}
      />
    </div>
  );
}
