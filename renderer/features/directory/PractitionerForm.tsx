import type { Practitioner } from '../../../shared/domain/directory';
import { DraftFormFrame } from '../../components/form/DraftFormFrame';
import { textFieldProps } from '../../components/form/field-props';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import {
  emptyPractitionerDraft,
  isPractitionerDraft,
  practitionerDraftFrom,
  practitionerFieldId as fieldId,
  validatePractitionerDraft,
} from './practitioner-draft';
import { paths } from '../../components/paths';
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
      <TextField {...field('name')} label="Full name" />
      <TextField {...field('role')} label="Role" hint="In plain words, for example school nurse or family support worker" />
      <TextField {...field('agency')} label="Agency or organisation" hint="For example Oak Lane Primary School or the housing team" />
      <fieldset className="fieldset" aria-describedby="practitioner-contact-hint">
        <legend className="fieldset__legend">How to contact them</legend>
        <p className="field__hint" id="practitioner-contact-hint">
          Give a phone number, a secure email address or both.
        </p>
        <TextField {...field('phone')} label="Phone number" type="tel" width="medium" />
        <TextField
          {...field('secureEmail')}
          label="Secure email address"
          hint="The address their organisation uses to share information safely"
          type="email"
          spellCheck={false}
        />
      </fieldset>
    </DraftFormFrame>
  );
}
