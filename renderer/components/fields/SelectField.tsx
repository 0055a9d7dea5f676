import type { ReactNode } from 'react';
import { FieldFrame } from '../FieldFrame';

export interface SelectFieldProps {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
  children: ReactNode;
}

/** A labelled drop-down list of native options. */
export function SelectField({ id, label, hint, error, value, onValueChange, children }: SelectFieldProps) {
  return (
    <FieldFrame id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <select id={id} className="input select" value={value} aria-describedby={describedBy} aria-invalid={error ? true : undefined} onChange={(e) => onValueChange(e.target.value)}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
