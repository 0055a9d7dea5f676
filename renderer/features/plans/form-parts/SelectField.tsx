import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';

interface Props {
  id: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
  children: ReactNode;
}

/** A labelled drop-down list of native options. */
export function SelectField({ id, label, hint, error, value, onValueChange, children }: Props) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={`${id}-field`} hint={hint} error={error} />
      <select
        id={id}
        className="input select"
        value={value}
        aria-describedby={describedBy(`${id}-field`, hint, error)}
        aria-invalid={error ? true : undefined}
        onChange={(e) => onValueChange(e.target.value)}
      >
        {children}
      </select>
    </div>
  );
}
