import type { TextareaHTMLAttributes } from 'react';
import { FieldFrame, type TextValueProps } from './FieldFrame';

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, keyof TextValueProps | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export type TextAreaFieldProps = AreaProps & TextValueProps;

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
