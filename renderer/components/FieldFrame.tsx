import type { ReactNode } from 'react';
import { describedBy, fieldClass, FieldMessages } from './fields/FieldMessages';

/** What every typed-in field takes: its id (the input's), label, hint, error and value. */
export interface TextValueProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onValueChange(value: string): void;
}

export interface FieldFrameProps {
  id: string;
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  /** Renders the control, given the ids it must be described by (hint, then error). */
  children(describedBy: string | undefined): ReactNode;
}

/** The label, hint and error message around one form control, so every field reads the same way. */
export function FieldFrame({ id, label, hint, error, children }: FieldFrameProps) {
  return (
    <div className={fieldClass(error)}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldMessages id={id} hint={hint} error={error} />
      {children(describedBy(id, hint, error))}
    </div>
  );
}
