import { useCallback } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { useAutosavedDraft, type AutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useFormSubmit, type FormSubmit } from './useFormSubmit';

export { SaveRefused } from './useFormSubmit';

export interface DraftFormOptions<D, V, R> {
  /** Which form and which record, e.g. `plan-form:<id>`: the draft is kept under it. */
  draftKey: string;
  initial(): D;
  isDraft(value: unknown): value is D;
  /** Turns the draft into what is saved, or says what is wrong, field by field. */
  check(draft: D): Validated<V>;
  /** Writes the checked value; throw `SaveRefused` for a refusal the user can act on. */
  save(value: V, draft: D): Promise<R>;
  /** After the save and the draft's removal: usually a navigation with a "saved" notice. */
  afterSave(result: R): void;
  /** After the draft was discarded by "Cancel". */
  afterCancel(): void;
}

export interface DraftForm<D> extends FormSubmit {
  /** `undefined` until the stored draft has been read. */
  value: D | undefined;
  draft: AutosavedDraft<D>;
  /** Changes some fields of the draft; it is kept as a draft at once. */
  change(fields: Partial<D>): void;
  /** Discards the draft, then `afterCancel`. */
  cancel(): Promise<void>;
}

/**
 * The one way a form with a draft works: what is typed is kept on every change (closing the window
 * loses nothing) and comes back when the form is opened again; saving goes through `useFormSubmit`;
 * the draft is removed only after the real save succeeded; "Cancel" discards it.
 */
export function useDraftForm<D, V, R = unknown>(options: DraftFormOptions<D, V, R>): DraftForm<D> {
  const draft = useAutosavedDraft(options.draftKey, options.initial, options.isDraft);
  const value = draft.value;
  const form = useFormSubmit<V, R>({
    check: () => (value === undefined ? undefined : options.check(value)),
    save: (checked) => options.save(checked, value as D),
    afterSave: async (result) => {
      // finish() stops further draft writes at once; the user moves on without waiting for the
      // draft's removal, so a later navigation of theirs is never overtaken by this one. The
      // record is saved: a draft that cannot be removed must not make it look unsaved.
      const removed = draft.finish().catch(() => undefined);
      options.afterSave(result);
      await removed;
    },
  });

  const { update } = draft;
  const change = useCallback((fields: Partial<D>) => update((d) => ({ ...d, ...fields })), [update]);

  async function cancel() {
    await draft.discard();
    options.afterCancel();
  }

  return { ...form, value, draft, change, cancel };
}
