import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { textFieldProps } from '../../components/form/field-props';
import { useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Profile } from '../../data/repositories/settings';
import { isProfileDraft, PROFILE_DRAFT_KEY, validateProfile } from './profile-draft';
import { ProfileContactFields, profileFieldId } from './ProfileContactFields';

interface Props {
  saved: Profile;
  onSaved(profile: Profile): void;
  /** The button's words: "Save your details" in Settings, "Save and continue" at first run. */
  submitLabel?: string;
}

/** Your name and role, put on what you record and in the record of who did what. */
export function ProfileForm({ saved, onSaved, submitLabel = 'Save your details' }: Props) {
  const { settings } = useRepositories();
  const form = useDraftForm({
    draftKey: PROFILE_DRAFT_KEY,
    initial: () => saved,
    isDraft: isProfileDraft,
    check: validateProfile,
    save: (profile) => settings.saveProfile(profile).then(() => profile),
    afterSave: onSaved,
    // The section has no "Cancel": the draft goes when it is saved.
    afterCancel: () => undefined,
  });
  const { draft, value, errors, errorAt, saveError } = form;
  if (!value) return <p>Loading…</p>;
  const field = textFieldProps(form, value, profileFieldId);

  return (
    <form className="form" noValidate onSubmit={form.submit} aria-labelledby="your-details-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: profileFieldId(e.path), message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={saveError} />
      <TextField
        {...field('name')}
        label="Your name"
        hint="On letters and invitations, on what you record, such as consent and changes to a plan, and in the record of who did what"
        autoComplete="name"
        width="medium"
      />
      <TextField {...field('role')} label="Your role (optional)" hint="For example designated safeguarding lead, Hillside Primary School" autoComplete="organization-title" />
      <ProfileContactFields value={value} errorAt={errorAt} onChange={form.change} />
      <FormActions saveState={draft.saveState} submitLabel={submitLabel} busy={form.saving} />
    </form>
  );
}
