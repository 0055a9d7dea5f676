import { useNavigate } from 'react-router';
import type { Validated } from '../../../shared/domain/family';
import type { FlashState } from '../../components/notices/FlashNotice';
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
export function useDirectoryEntryForm<D, V>({ editing, listPath, ...options }: DirectoryEntryFormOptions<D, V>): DraftForm<D> {
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
