import type { ReactNode } from 'react';
import { FormActions } from './FormActions';

export interface SmallFormProps {
  /** The heading's id: the form is named by its heading. */
  headingId: string;
  /** The form's `h3`: "Add a holiday". */
  title: ReactNode;
  submitLabel: string;
  /** Called on submit; the browser's own submit and validation are kept out. */
  onSubmit(): void;
  /** The secondary button ("No, keep the meeting"); left out when not given. */
  onCancel?: () => void;
  cancelLabel?: string;
  /** The submit button in the warning colour. */
  warning?: boolean;
  /** `form` by default; `form confirm-panel` for a question asked before a change. */
  className?: string;
  children?: ReactNode;
}

/**
 * A small form inside a page, under its own `h3`, with its buttons in a row at the foot: adding
 * one thing to a list, or confirming a change. The page's main forms use `FormActions` directly.
 */
export function SmallForm({ headingId, title, submitLabel, onSubmit, onCancel, cancelLabel, warning, className = 'form', children }: SmallFormProps) {
  return (
    <form
      className={className}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
    >
      <h3 id={headingId}>{title}</h3>
      {children}
      <FormActions className="button-group" submitLabel={submitLabel} onCancel={onCancel} cancelLabel={cancelLabel} warning={warning} />
    </form>
  );
}
