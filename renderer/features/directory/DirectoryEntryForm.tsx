import { useNavigate } from 'react-router';
import type { Validated } from '../../../shared/domain/family';
import type { FlashState } from '../../components/notices/FlashNotice';
import { DraftFormFrame } from '../../components/form/DraftFormFrame';
import { textFieldProps } from '../../components/form/field-props';
import { useDraftForm, type DraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { EntryKind } from './entry-kinds';

interface DirectoryEntryFormOptions<D, V> {
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

/** Adds a directory entry of a kind, or edits `entry`. What is typed is kept as a draft until it is saved. */
export function DirectoryEntryForm<E extends V & { id: string }, D extends { [K in keyof D]: string }, V extends { name: string }>({
  kind,
  entry,
}: {
  kind: EntryKind<E, D, V>;
  entry?: E;
}) {
  const { directory } = useRepositories();
  const form = useDirectoryEntryForm({
    draftKey: `${kind.draftKey}:${entry?.id ?? 'new'}`,
    editing: entry !== undefined,
    listPath: kind.back.to,
    initial: () => kind.draftFrom(entry),
    isDraft: kind.isDraft,
    check: kind.check,
    save: (checked) => kind.store.save(directory, checked, entry?.id),
  });
  const { value } = form;
  if (!value) return <p>Loading…</p>;
  return (
    <DraftFormFrame form={form} fieldId={kind.fieldId} what="saved to the directory" submitLabel={entry ? 'Save changes' : kind.add.submitLabel}>
      {kind.fields(textFieldProps(form, value, kind.fieldId))}
    </DraftFormFrame>
  );
}
