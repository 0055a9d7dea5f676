import type { LocalService } from '../../../shared/domain/directory';
import { TextField } from '../../components/TextField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { emptyServiceDraft, isServiceDraft, serviceDraftFrom, serviceFieldId as fieldId, validateServiceDraft } from './service-draft';
import { TextAreaField } from '../../components/TextAreaField';
import { paths } from '../../components/paths';
import { DirectoryEntryForm } from './DirectoryEntryForm';

/** Adds a local service to the directory, or edits one. What is typed is kept as a draft until it is saved. */
export function ServiceForm({ service, draftKey }: { service?: LocalService; draftKey: string }) {
  const { directory } = useRepositories();
  return (
    <DirectoryEntryForm
      draftKey={draftKey}
      editing={service !== undefined}
      listPath={paths.services()}
      initial={() => (service ? serviceDraftFrom(service) : emptyServiceDraft())}
      isDraft={isServiceDraft}
      check={validateServiceDraft}
      save={(checked) => directory.saveService(checked, service?.id)}
      fieldId={fieldId}
      addLabel="Save service"
    >
      {(field) => (
        <>
          <TextField {...field('name')} label="Name of the service" />
          <TextAreaField {...field('offer')} label="What they offer" hint="In plain words, for example parenting courses, stay and play sessions or debt advice" />
          <TextAreaField {...field('forWhom')} label="Who it is for" hint="For example parents of children under 5 who live in the area" />
          <TextAreaField {...field('howToRefer')} label="How to refer" hint="For example: families can ring to refer themselves; professionals use the referral form" />
          <TextField {...field('phone')} label="Phone number (optional)" type="tel" width="medium" />
          <TextField {...field('email')} label="Email address (optional)" type="email" spellCheck={false} />
          <TextField {...field('website')} label="Website (optional)" hint="For example www.example.org.uk" spellCheck={false} />
          <TextAreaField {...field('notes')} label="Notes (optional)" hint="Anything else worth knowing, for example opening times or waiting lists" />
        </>
      )}
    </DirectoryEntryForm>
  );
}
