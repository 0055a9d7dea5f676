import type { Practitioner } from '../../../shared/domain/directory';
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
import { DirectoryEntryForm } from './DirectoryEntryForm';

/** Adds a practitioner to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function PractitionerForm({ practitioner, draftKey }: { practitioner?: Practitioner; draftKey: string }) {
  const { directory } = useRepositories();
  return (
    <DirectoryEntryForm
      draftKey={draftKey}
      editing={practitioner !== undefined}
      listPath={paths.directory()}
      initial={() => (practitioner ? practitionerDraftFrom(practitioner) : emptyPractitionerDraft())}
      isDraft={isPractitionerDraft}
      check={validatePractitionerDraft}
      save={(checked) => directory.savePractitioner(checked, practitioner?.id)}
      fieldId={fieldId}
      addLabel="Save practitioner"
    >
      {(field) => <PractitionerFields field={field} />}
    </DirectoryEntryForm>
  );
}
