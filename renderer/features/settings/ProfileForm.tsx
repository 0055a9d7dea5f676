import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Profile } from '../../data/repositories/settings';
import { isProfileDraft, PROFILE_DRAFT_KEY, validateProfile } from './profile-draft';

interface Props {
  saved: Profile;
  onSaved(profile: Profile): void;
}

/** Your name and role, put on what you record and in the record of who did what. */
export function ProfileForm({ saved, onSaved }: Props) {
  const { settings } = useRepositories();
  const draft = useAutosavedDraft(PROFILE_DRAFT_KEY, () => saved, isProfileDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;
  const validation = attempt > 0 ? validateProfile(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const errorAt = (path: string) => errors.find((e) => e.path === path)?.message;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = validateProfile(value);
    if (!result.ok) return;
    setSaving(true);
    try {
      await settings.saveProfile(result.value);
      await draft.finish();
      onSaved(result.value);
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="your-details-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `profile-${e.path}`, message: e.message }))} attempt={attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      <TextField
        id="profile-name"
        label="Your name"
        hint="Put on what you record, such as consent and changes to a plan, and in the record of who did what"
        autoComplete="name"
        width="medium"
        value={value.name}
        error={errorAt('name')}
        onValueChange={(name) => draft.update((d) => ({ ...d, name }))}
      />
      <TextField
        id="profile-role"
        label="Your role (optional)"
        hint="For example designated safeguarding lead, Hillside Primary School"
        autoComplete="organization-title"
        value={value.role}
        error={errorAt('role')}
        onValueChange={(role) => draft.update((d) => ({ ...d, role }))}
      />
      <FormActions saveState={draft.saveState} submitLabel="Save your details" busy={saving} />
    </form>
  );
}
