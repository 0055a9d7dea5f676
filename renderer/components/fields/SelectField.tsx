import type { ReactNode } from 'react';
import { FieldFrame } from '../FieldFrame';

export interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
  /** `short` for a list of a few short words (a filter); wide enough for a sentence by default. */
  width?: 'medium' | 'short';
  children: ReactNode;
}

/** A labelled drop-down list of native options. */
export function SelectField({ id, label, hint, error, value, onValueChange, width = 'medium', children }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} className={width === 'short' ? 'input input--short' : 'input select'} value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onValueChange(e.target.value)}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
