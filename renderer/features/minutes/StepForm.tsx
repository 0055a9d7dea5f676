import type { ReactNode } from 'react';
import type { FormSubmit } from '../../components/form/useFormSubmit';

/**
 * A form for one step of the minutes under its own heading, ending in its one button. While it
 * saves the button says it is unavailable (`aria-disabled`) rather than being disabled, so focus stays on it.
 */
export function StepForm({ id, heading, form, submitLabel, secondary = false, children }: { id: string; heading: string; form: Pick<FormSubmit, 'submit' | 'saving'>; submitLabel: string; secondary?: boolean; children: ReactNode }) {
  const headingId = `${id}-heading`;
  return (
    <form className="form" noValidate onSubmit={(event) => void form.submit(event)} aria-labelledby={headingId}>
      <h3 id={headingId}>{heading}</h3>
      {children}
      <div className="form__actions">
        <button type="submit" className={secondary ? 'button button--secondary' : 'button'} aria-disabled={form.saving || undefined}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
