import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { Link, useNavigate, useParams } from 'react-router';
import type { Practitioner } from '../../../shared/domain/directory';
import type { PractitionerUnavailabilityRecord } from '../../../shared/domain/stored-timetables';
import { ErrorSummary } from '../../components/ErrorSummary';
import { Loading } from '../../components/Loading';
import { PageHeading } from '../../components/PageHeading';
import { SaveStatus } from '../../components/SaveStatus';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { RestoredDraftNotice, SaveProblem } from '../plans/form-parts/FormNotices';
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
  const draft = useAutosavedDraft<PractitionerDraft>(`practitioner-unavailability:${practitioner.id}`, () => practitionerFromRecord(stored ?? undefined), isPractitionerDraft);
  const [attempt, setAttempt] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const value = draft.value;
  const validation = value && attempt > 0 ? checkPractitioner(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const checked = checkPractitioner(value);
    if (!checked.ok) return;
    setSaving(true);
    try {
      const saved = await unavailability.save(practitioner.id, checked.value);
      if (!saved.ok) {
        setSaveError(saved.errors[0]?.message ?? 'This could not be saved. Check the details and try again.');
        setSaving(false);
        return;
      }
      await draft.finish();
      navigate(paths.directory(), { state: { flash: `When ${practitioner.name} is not available has been saved.` } });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

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
        <form className="form" noValidate onSubmit={submit}>
          <ErrorSummary errors={errors.map((e) => ({ fieldId: fieldId(PREFIX, e.path), message: e.message }))} attempt={attempt} />
          <SaveProblem message={saveError} />
          <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved" onDiscard={() => void draft.discard()} />
          <BusyTimesFields prefix={PREFIX} who={practitioner.name} rows={value.busy} errors={errors} onChange={(busy) => draft.update((d) => ({ ...d, busy }))} />
          <DatesFields prefix={PREFIX} who={practitioner.name} rows={value.unavailable} errors={errors} onChange={(unavailable) => draft.update((d) => ({ ...d, unavailable }))} />
          <div className="form__actions">
            <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
            <button type="submit" className="button" disabled={saving}>
              Save when they are not available
            </button>
          </div>
        </form>
      )}
    </>
  );
}
