import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { Practitioner } from '../../../shared/domain/directory';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { type FlashState } from './flash';
import { errorAt } from './form-validation';
import {
  emptyPractitionerDraft,
  isPractitionerDraft,
  practitionerDraftFrom,
  practitionerFieldId as fieldId,
  validatePractitionerDraft,
  type PractitionerDraft,
} from './practitioner-draft';
import { RestoredDraftNotice } from './RestoredDraftNotice';
import { paths } from '../../components/paths';

/** Adds a practitioner to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function PractitionerForm({ practitioner, draftKey }: { practitioner?: Practitioner; draftKey: string }) {
  const navigate = useNavigate();
  const { directory } = useRepositories();
  const draft = useAutosavedDraft(draftKey, () => (practitioner ? practitionerDraftFrom(practitioner) : emptyPractitionerDraft()), isPractitionerDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  // Messages appear after the first attempt to save, then follow the user's corrections.
  const validation = attempt > 0 ? validatePractitionerDraft(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const set = (field: keyof PractitionerDraft) => (text: string) => draft.update((d) => ({ ...d, [field]: text }));
  const field = (name: keyof PractitionerDraft) => ({ id: fieldId(name), value: value[name], error: errorAt(errors, name), onValueChange: set(name), autoComplete: 'off' });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = validatePractitionerDraft(value);
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = await directory.savePractitioner(result.value, practitioner?.id);
      await draft.finish();
      const state: FlashState = { flash: practitioner ? 'Your changes have been saved.' : `${saved.name} has been added to the directory.` };
      navigate(paths.directory(), { state });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(paths.directory());
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(e.path), message: e.message }))} attempt={attempt} />
      {saveError && (
        <div className="notice notice--problem" role="alert">
          {saveError}
        </div>
      )}
      <RestoredDraftNotice restoredAt={draft.restoredAt} onDiscard={() => void draft.discard()} />

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

      <div className="form__actions">
        <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
        <button type="submit" className="button" disabled={saving}>
          {practitioner ? 'Save changes' : 'Save practitioner'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void cancel()}>
          Cancel and discard changes
        </button>
      </div>
    </form>
  );
}
