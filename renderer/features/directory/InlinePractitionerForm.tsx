import type { Practitioner } from '../../../shared/domain/directory';
import { DraftFormFrame } from '../../components/form/DraftFormFrame';
import { textFieldProps } from '../../components/form/field-props';
import { useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import { PractitionerFields } from './PractitionerFields';
import { emptyPractitionerDraft, isPractitionerDraft, practitionerFieldId as fieldId, validatePractitionerDraft } from './practitioner-draft';

export interface InlinePractitionerFormProps {
  /** Where the form is, e.g. `meeting:<id>`: what is typed is kept as a draft under it. */
  place: string;
  /** The words on the submit button, e.g. "Add and invite". */
  submitLabel: string;
  /** After the practitioner has been saved to the directory. */
  onAdded(practitioner: Practitioner): void | Promise<void>;
  onCancel(): void;
  /** A name already typed where they are needed (an action's owner box), to start the form with. */
  initialName?: string;
}

/**
 * Adds someone who is not yet in the directory where they are needed (a meeting, for example),
 * without leaving the page: they are saved to the directory as well.
 */
export function InlinePractitionerForm({ place, submitLabel, onAdded, onCancel, initialName = '' }: InlinePractitionerFormProps) {
  const { directory } = useRepositories();
  const form = useDraftForm({
    draftKey: `practitioner-inline:${place}`,
    initial: () => ({ ...emptyPractitionerDraft(), name: initialName.trim() }),
    isDraft: isPractitionerDraft,
    check: validatePractitionerDraft,
    save: (checked) => directory.savePractitioner(checked),
    afterSave: (saved) => void onAdded(saved),
    afterCancel: onCancel,
  });
  const { value } = form;
  if (!value) return <p>Loading…</p>;
  return (
    <DraftFormFrame form={form} fieldId={fieldId} what="added to the directory" submitLabel={submitLabel}>
      <PractitionerFields field={textFieldProps(form, value, fieldId)} withHours={false} />
    </DraftFormFrame>
  );
}
