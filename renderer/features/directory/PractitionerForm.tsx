import { useNavigate } from 'react-router';
import type { Practitioner } from '../../../shared/domain/directory';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { FlashState } from '../../components/notices/FlashNotice';
import {
  emptyPractitionerDraft,
  isPractitionerDraft,
  practitionerDraftFrom,
  practitionerFieldId as fieldId,
  validatePractitionerDraft,
  type PractitionerDraft,
} from './practitioner-draft';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { paths } from '../../components/paths';

/** Adds a practitioner to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function PractitionerForm({ practitioner, draftKey }: { practitioner?: Practitioner; draftKey: string }) {
  const navigate = useNavigate();
  const { directory } = useRepositories();
  const form = useDraftForm({
    draftKey,
    initial: () => (practitioner ? practitionerDraftFrom(practitioner) : emptyPractitionerDraft()),
    isDraft: isPractitionerDraft,
    check: validatePractitionerDraft,
    save: (checked) => directory.savePractitioner(checked, practitioner?.id),
    afterSave: (saved) => {
      const state: FlashState = { flash: practitioner ? 'Your changes have been saved.' : `${saved.name} has been added to the directory.` };
      navigate(paths.directory(), { state });
    },
    afterCancel: () => navigate(paths.directory()),
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;

  const field = (name: keyof PractitionerDraft) => ({
    id: fieldId(name),
    value: value[name],
    error: form.errorAt(name),
    onValueChange: (text: string) => form.change({ [name]: text }),
    autoComplete: 'off',
  });

  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(e.path), message: e.message }))} attempt={form.attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the directory" onDiscard={() => void draft.discard()} />

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

      <FormActions saveState={draft.saveState} submitLabel={practitioner ? 'Save changes' : 'Save practitioner'} busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
