import type { InputHTMLAttributes } from 'react';
import { FieldFrame, type TextValueProps } from './FieldFrame';

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, keyof TextValueProps | 'onChange' | 'aria-describedby' | 'aria-invalid'>;

export interface TextFieldProps extends InputProps, TextValueProps {
  width?: 'full' | 'medium' | 'short';
}

/** A labelled text input with an optional hint and an error message announced with it. */
export function TextField({ id, label, hint, error, value, onValueChange, width = 'full', className, ...rest }: TextFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          {...rest}
          id={id}
          className={`input input--${width}${className ? ` ${className}` : ''}`}
          value={value}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          onChange={(e) => onValueChange(e.target.value)}
        />
      )}
    </FieldFrame>
  );
}
