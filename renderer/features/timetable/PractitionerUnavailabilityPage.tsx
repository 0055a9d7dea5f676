import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { Practitioner } from '../../../shared/domain/directory';
import type { PractitionerUnavailabilityRecord } from '../../../shared/domain/stored-timetables';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { FormActions } from '../../components/form/FormActions';
import { useRepositories } from '../../data/hooks/useRepositories';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { TimetableNotFound } from './TimetableNotFound';
import { BusyTimesFields, DatesFields } from './TimeRows';
import { checkPractitioner, fieldId, isPractitionerDraft, practitionerFromRecord, type PractitionerDraft } from './week-draft';
import { paths } from '../../components/paths';

/** Route `directory/practitioners/:practitionerId/unavailability`: regular commitments and leave. */
export function PractitionerUnavailabilityPage() {
  const { practitionerId = '' } = useParams();
  const { directory, unavailability } = useRepositories();
  const practitioner = useLiveQuery(async () => (await directory.practitioners()).find((p) => p.id === practitionerId) ?? null, [directory, practitionerId]);
  const stored = useLiveQuery(async () => (await unavailability.forPractitioner(practitionerId)) ?? null, [unavailability, practitionerId]);
  if (practitioner === undefined || stored === undefined) return <Loading what="practitioner" />;
  if (practitioner === null) return <TimetableNotFound what="practitioner" />;
  return <UnavailabilityForm practitioner={practitioner} stored={stored} />;
}

const PREFIX = 'away';

function UnavailabilityForm({ practitioner, stored }: { practitioner: Practitioner; stored: PractitionerUnavailabilityRecord | null }) {
  const navigate = useNavigate();
  const { unavailability } = useRepositories();
  const form = useDraftForm({
    draftKey: `practitioner-unavailability:${practitioner.id}`,
    initial: (): PractitionerDraft => practitionerFromRecord(stored ?? undefined),
    isDraft: isPractitionerDraft,
    check: checkPractitioner,
    save: async (checked) => {
      const saved = await unavailability.save(practitioner.id, checked);
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? 'This could not be saved. Check the details and try again.');
    },
    afterSave: () => void navigate(paths.directory(), { state: { flash: `When ${practitioner.name} is not available has been saved.` } }),
    afterCancel: () => undefined,
  });
  const { draft, value, errors } = form;

  return (
    <>
      <p className="back-link">
        <Link to={paths.directory()}>Back to the directory</Link>
      </p>
      <PageHeading title={`When ${practitioner.name} is not available`}>
        When <bdi>{practitioner.name}</bdi> is not available
      </PageHeading>
      <p>Regular commitments (clinics, days they do not work) and leave. Meeting times are found around them.</p>
      {!value ? (
        <Loading what="practitioner" />
      ) : (
        <form className="form" noValidate onSubmit={(event) => void form.submit(event)}>
          <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(PREFIX, e.path), message: e.message }))} attempt={form.attempt} />
          <SaveProblem message={form.saveError} />
          <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved" onDiscard={() => void draft.discard()} />
          <BusyTimesFields prefix={PREFIX} who={practitioner.name} rows={value.busy} errors={errors} onChange={(busy) => draft.update((d) => ({ ...d, busy }))} />
          <DatesFields prefix={PREFIX} who={practitioner.name} rows={value.unavailable} errors={errors} onChange={(unavailable) => draft.update((d) => ({ ...d, unavailable }))} />
          <FormActions saveState={draft.saveState} submitLabel="Save when they are not available" busy={form.saving} />
        </form>
      )}
    </>
  );
}
