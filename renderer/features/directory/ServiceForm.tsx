import { useNavigate } from 'react-router';
import type { LocalService } from '../../../shared/domain/directory';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { useDraftForm } from '../../components/form/useDraftForm';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { FlashState } from '../../components/notices/FlashNotice';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { emptyServiceDraft, isServiceDraft, serviceDraftFrom, serviceFieldId as fieldId, validateServiceDraft, type ServiceDraft } from './service-draft';
import { TextAreaField } from '../../components/TextAreaField';
import { paths } from '../../components/paths';

/** Adds a local service to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function ServiceForm({ service, draftKey }: { service?: LocalService; draftKey: string }) {
  const navigate = useNavigate();
  const { directory } = useRepositories();
  const form = useDraftForm({
    draftKey,
    initial: () => (service ? serviceDraftFrom(service) : emptyServiceDraft()),
    isDraft: isServiceDraft,
    check: validateServiceDraft,
    save: (checked) => directory.saveService(checked, service?.id),
    afterSave: (saved) => {
      const state: FlashState = { flash: service ? 'Your changes have been saved.' : `${saved.name} has been added to the directory.` };
      navigate(paths.services(), { state });
    },
    afterCancel: () => navigate(paths.services()),
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;

  const field = (name: keyof ServiceDraft) => ({
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

      <TextField {...field('name')} label="Name of the service" />
      <TextAreaField {...field('offer')} label="What they offer" hint="In plain words, for example parenting courses, stay and play sessions or debt advice" />
      <TextAreaField {...field('forWhom')} label="Who it is for" hint="For example parents of children under 5 who live in the area" />
      <TextAreaField {...field('howToRefer')} label="How to refer" hint="For example: families can ring to refer themselves; professionals use the referral form" />
      <TextField {...field('phone')} label="Phone number (optional)" type="tel" width="medium" />
      <TextField {...field('email')} label="Email address (optional)" type="email" spellCheck={false} />
      <TextField {...field('website')} label="Website (optional)" hint="For example www.example.org.uk" spellCheck={false} />
      <TextAreaField {...field('notes')} label="Notes (optional)" hint="Anything else worth knowing, for example opening times or waiting lists" />

      <FormActions saveState={draft.saveState} submitLabel={service ? 'Save changes' : 'Save service'} busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
