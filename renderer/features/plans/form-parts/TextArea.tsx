import type { TextareaHTMLAttributes } from 'react';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export interface TextAreaProps extends AreaProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
}

/** A labelled box for longer text, such as a reason, with an optional hint and error. */
export function TextArea({ id, label, hint, error, value, onValueChange, rows = 4, className, ...rest }: TextAreaProps) {
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
        className={`input input--full textarea${className ? ` ${className}` : ''}`}
        value={value}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onValueChange(e.target.value)}
      />
    </div>
  );
}
