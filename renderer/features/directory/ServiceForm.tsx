import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { LocalService } from '../../../shared/domain/directory';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { TextField } from '../../components/TextField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { type FlashState } from './flash';
import { errorAt } from './form-validation';
import { RestoredDraftNotice } from './RestoredDraftNotice';
import { emptyServiceDraft, isServiceDraft, serviceDraftFrom, serviceFieldId as fieldId, validateServiceDraft, type ServiceDraft } from './service-draft';
import { TextAreaField } from '../../components/TextAreaField';
import { paths } from '../../components/paths';

/** Adds a local service to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function ServiceForm({ service, draftKey }: { service?: LocalService; draftKey: string }) {
  const navigate = useNavigate();
  const { directory } = useRepositories();
  const draft = useAutosavedDraft(draftKey, () => (service ? serviceDraftFrom(service) : emptyServiceDraft()), isServiceDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  const validation = attempt > 0 ? validateServiceDraft(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const field = (name: keyof ServiceDraft) => ({
    id: fieldId(name),
    value: value[name],
    error: errorAt(errors, name),
    onValueChange: (text: string) => draft.update((d) => ({ ...d, [name]: text })),
    autoComplete: 'off',
  });

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = validateServiceDraft(value);
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = await directory.saveService(result.value, service?.id);
      await draft.finish();
      const state: FlashState = { flash: service ? 'Your changes have been saved.' : `${saved.name} has been added to the directory.` };
      navigate(paths.services(), { state });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(paths.services());
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

      <TextField {...field('name')} label="Name of the service" />
      <TextAreaField {...field('offer')} label="What they offer" hint="In plain words, for example parenting courses, stay and play sessions or debt advice" />
      <TextAreaField {...field('forWhom')} label="Who it is for" hint="For example parents of children under 5 who live in the area" />
      <TextAreaField {...field('howToRefer')} label="How to refer" hint="For example: families can ring to refer themselves; professionals use the referral form" />
      <TextField {...field('phone')} label="Phone number (optional)" type="tel" width="medium" />
      <TextField {...field('email')} label="Email address (optional)" type="email" spellCheck={false} />
      <TextField {...field('website')} label="Website (optional)" hint="For example www.example.org.uk" spellCheck={false} />
      <TextAreaField {...field('notes')} label="Notes (optional)" hint="Anything else worth knowing, for example opening times or waiting lists" />

      <div className="form__actions">
        <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
        <button type="submit" className="button" disabled={saving}>
          {service ? 'Save changes' : 'Save service'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void cancel()}>
          Cancel and discard changes
        </button>
      </div>
    </form>
  );
}
