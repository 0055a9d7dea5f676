import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export interface TextAreaFieldProps extends AreaProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
}

/** A labelled box for longer text, the twin of TextField. */
export function TextAreaField({ id, label, hint, error, value, onValueChange, rows = 4, className, ...rest }: TextAreaFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
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
      )}
    </FieldFrame>
  );
}
