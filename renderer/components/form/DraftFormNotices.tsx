import { ErrorSummary } from '../ErrorSummary';
import { RestoredDraftNotice } from '../notices/RestoredDraftNotice';
import { SaveProblem } from '../notices/SaveProblem';
import type { DraftForm } from './useDraftForm';

export interface DraftFormNoticesProps<D> {
  form: DraftForm<D>;
  /** The input id for an error's path, so the summary can move focus to it. */
  fieldId(path: string): string;
  /** What saving does, for the restored-draft notice, e.g. "added to the register". */
  what: string;
}

/**
 * What goes above the fields of a form with a draft: the error summary, a save that failed, and
 * "we kept what you typed". For a form whose own frame `DraftFormFrame` does not fit.
 */
export function DraftFormNotices<D>({ form, fieldId, what }: DraftFormNoticesProps<D>) {
  const { draft } = form;
  return (
    <>
      <ErrorSummary errors={form.errors.map((e) => ({ fieldId: fieldId(e.path), message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={form.saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what={what} onDiscard={() => void draft.discard()} />
    </>
  );
}
