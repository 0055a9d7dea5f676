import type { ReactNode } from 'react';
import { DraftFormNotices } from '../../components/form/DraftFormNotices';
import { FormActions } from '../../components/form/FormActions';
import type { DraftForm } from '../../components/form/useDraftForm';

interface Props<D> {
  form: DraftForm<D>;
  /** The heading that names the form. */
  headingId: string;
  fieldId(path: string): string;
  submitLabel: string;
  clearLabel: string;
  /** Anything else clearing undoes, before the form and its draft start again. */
  onClear?(): void;
  children: ReactNode;
}

/**
 * The frame of both consent forms: the notices above the questions, then the draft line, the
 * button that adds the answers to the register and one that clears them and stays on the page.
 */
export function RegisterForm<D>({ form, headingId, fieldId, submitLabel, clearLabel, onClear, children }: Props<D>) {
  return (
    <form className="form" noValidate onSubmit={form.submit} aria-labelledby={headingId}>
      <DraftFormNotices form={form} fieldId={fieldId} what="added to the register" />
      {children}
      <FormActions
        saveState={form.draft.saveState}
        submitLabel={submitLabel}
        busy={form.saving}
        cancelLabel={clearLabel}
        onCancel={() => {
          onClear?.();
          form.reset();
          void form.draft.discard();
        }}
      />
    </form>
  );
}
