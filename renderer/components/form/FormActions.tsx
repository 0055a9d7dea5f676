import type { ReactNode } from 'react';
import type { SaveState } from '../../data/save-queue';
import { SaveStatus } from '../SaveStatus';

export interface FormActionsProps {
  /** The autosaved draft's state, shown as a quiet "Draft kept at 10:42" line. */
  saveState?: SaveState | undefined;
  savedLabel?: string;
  submitLabel: string;
  /** True while the form is being saved: the submit button is disabled. */
  busy?: boolean;
  /** The secondary button; left out when not given. */
  onCancel?: (() => void) | undefined;
  cancelLabel?: string;
  /** A submit that cannot be undone lightly (cancelling a meeting) is in the warning colour. */
  warning?: boolean;
  /** The row's class: `form__actions` at the foot of a page's form, `button-group` in a small one. */
  className?: string;
  /** Anything else for the row, after the buttons. */
  children?: ReactNode;
}

/** The row at the foot of a form: whether the draft is kept, the submit button, and cancel. */
export function FormActions({
  saveState,
  savedLabel = 'Draft kept',
  submitLabel,
  busy = false,
  onCancel,
  cancelLabel = 'Cancel and discard changes',
  warning = false,
  className = 'form__actions',
  children,
}: FormActionsProps) {
  return (
    <div className={className}>
      {saveState && <SaveStatus state={saveState} savedLabel={savedLabel} />}
      <button type="submit" className={warning ? 'button button--warning' : 'button'} disabled={busy}>
        {submitLabel}
      </button>
      {onCancel && (
        <button type="button" className="button button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
      {children}
    </div>
  );
}
