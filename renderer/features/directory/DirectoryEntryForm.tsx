import type { ReactNode } from 'react';
import { useNavigate } from 'react-router';
import type { Validated } from '../../../shared/domain/family';
import type { FlashState } from '../../components/notices/FlashNotice';
import { DraftFormFrame } from '../../components/form/DraftFormFrame';
import { textFieldProps, type TextFieldProps } from '../../components/form/field-props';
import { useDraftForm, type DraftForm } from '../../components/form/useDraftForm';

export interface DirectoryEntryFormOptions<D, V> {
  draftKey: string;
  /** True when an entry is being changed rather than added: it sets the "saved" words. */
  editing: boolean;
  /** The list the form goes back to, after saving or cancelling. */
  listPath: string;
  initial(): D;
  isDraft(value: unknown): value is D;
  check(draft: D): Validated<V>;
  save(value: V): Promise<{ name: string }>;
}

/** The form hook for a directory entry (a practitioner or a service): back to its list with a notice. */
function useDirectoryEntryForm<D, V>({ editing, listPath, ...options }: DirectoryEntryFormOptions<D, V>): DraftForm<D> {
  const navigate = useNavigate();
  return useDraftForm({
    ...options,
    afterSave: (saved) => {
      const state: FlashState = { flash: editing ? 'Your changes have been saved.' : `${saved.name} has been added to the directory.` };
      navigate(listPath, { state });
    },
    afterCancel: () => navigate(listPath),
  });
}

interface DirectoryEntryFormProps<D, V> extends DirectoryEntryFormOptions<D, V> {
  fieldId(path: string): string;
  /** The submit button's words when adding; when editing it says "Save changes". */
  addLabel: string;
  /** The fields, given each one's props by name. */
  children(field: (name: keyof D & string) => TextFieldProps): ReactNode;
}

/** Adds a directory entry, or edits one. What is typed is kept as a draft until it is saved. */
export function DirectoryEntryForm<D extends { [K in keyof D]: string }, V>({ fieldId, addLabel, children, ...options }: DirectoryEntryFormProps<D, V>) {
  const form = useDirectoryEntryForm(options);
  const { value } = form;
  if (!value) return <p>Loading…</p>;
  return (
    <DraftFormFrame form={form} fieldId={fieldId} what="saved to the directory" submitLabel={options.editing ? 'Save changes' : addLabel}>
      {children(textFieldProps(form, value, fieldId))}
    </DraftFormFrame>
  );
}
