import type { Practitioner } from '../../../shared/domain/directory';
import { DraftFormFrame } from '../../components/form/DraftFormFrame';
import { textFieldProps } from '../../components/form/field-props';
import { useRepositories } from '../../data/hooks/useRepositories';
import {
  emptyPractitionerDraft,
  isPractitionerDraft,
  practitionerDraftFrom,
  practitionerFieldId as fieldId,
  validatePractitionerDraft,
} from './practitioner-draft';
import { paths } from '../../components/paths';
import { PractitionerFields } from './PractitionerFields';
import { useDirectoryEntryForm } from './useDirectoryEntryForm';

/** Adds a practitioner to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function PractitionerForm({ practitioner, draftKey }: { practitioner?: Practitioner; draftKey: string }) {
  const { directory } = useRepositories();
  const form = useDirectoryEntryForm({
    draftKey,
    editing: practitioner !== undefined,
    listPath: paths.directory(),
    initial: () => (practitioner ? practitionerDraftFrom(practitioner) : emptyPractitionerDraft()),
    isDraft: isPractitionerDraft,
    check: validatePractitionerDraft,
    save: (checked) => directory.savePractitioner(checked, practitioner?.id),
  });
  const { value } = form;
  if (!value) return <p>Loading…</p>;
  const field = textFieldProps(form, value, fieldId);

  return (
    <DraftFormFrame form={form} fieldId={fieldId} what="saved to the directory" submitLabel={practitioner ? 'Save changes' : 'Save practitioner'}>
      <PractitionerFields field={field} />
    </DraftFormFrame>
  );
}
