import type { ReactNode } from 'react';
import { DraftFormNotices } from './DraftFormNotices';
import { FormActions } from './FormActions';
import type { DraftForm } from './useDraftForm';

export interface DraftFormFrameProps<D> {
  form: DraftForm<D>;
  /** The input id for an error's path, so the summary can move focus to it. */
  fieldId(path: string): string;
  /** What saving does, for the restored-draft notice, e.g. "saved to the directory". */
  what: string;
  submitLabel: string;
  children: ReactNode;
}

/**
 * The frame of a form with a draft: error summary, save problem and restored-draft notice above
 * the fields, and the actions row (draft kept, save, cancel and discard) below them.
 */
export function DraftFormFrame<D>({ form, fieldId, what, submitLabel, children }: DraftFormFrameProps<D>) {
  const { draft } = form;
  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <DraftFormNotices form={form} fieldId={fieldId} what={what} />

      {children}

      <FormActions saveState={draft.saveState} submitLabel={submitLabel} busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
