import { useState, type FormEvent } from 'react';
import { planStatusLabels, planStatusMeanings, type Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { allowedNextStatuses, currentStatus } from '../../../shared/rules/plan-status';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { DateField } from '../../components/fields/DateField';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import { errorAt } from '../../components/form/field-values';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { TextAreaField as TextArea } from '../../components/TextAreaField';
import { isStatusDraft, newStatusDraft, statusChangeFromDraft, type StatusDraft } from './status-draft';

interface Props {
  plan: Plan;
  recordedBy: string;
  /** Called once the change is saved and the draft cleared, with who recorded it. */
  onChanged(message: string, recordedBy: string): void;
}

/** Records a new status for the plan, with its date and reason. Only the changes allowed from the current status are offered. */
export function StatusChangeForm({ plan, recordedBy, onChanged }: Props) {
  const { plans } = useRepositories();
  const draft = useAutosavedDraft(`plan-status:${plan.id}`, () => newStatusDraft(recordedBy, todayInLondon()), isStatusDraft);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;
  const validation = attempt > 0 ? statusChangeFromDraft(value, plan, todayInLondon()) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const update = (change: Partial<StatusDraft>) => draft.update((d) => ({ ...d, ...change }));
  const now = currentStatus(plan).status;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = statusChangeFromDraft(value, plan, todayInLondon());
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = await plans.changeStatus(plan.id, result.value, todayInLondon());
      if (!saved.ok) {
        setSaveError(saved.errors[0]?.message ?? 'The change could not be recorded. Check the details and try again.');
        setSaving(false);
        return;
      }
      await draft.finish();
      onChanged(`The plan is now ${planStatusLabels[result.value.status].toLowerCase()}. The change has been added to the history.`, result.value.recordedBy);
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="status-change-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `status-${e.path}`, message: e.message }))} attempt={attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="added to the plan's history" onDiscard={() => void draft.discard()} />
      <RadioGroup
        id="status-status"
        legend="New status"
        hint={`The plan is ${planStatusLabels[now].toLowerCase()} now.`}
        error={errorAt(errors, 'status')}
        value={value.status}
        options={allowedNextStatuses(now).map((s) => ({ value: s, label: planStatusLabels[s], hint: planStatusMeanings[s] }))}
        onChange={(status) => update({ status })}
      />
      <DateField
        id="status-on"
        label="Date of the change"
        value={value.on}
        error={errorAt(errors, 'on')}
        onValueChange={(on) => update({ on })}
      />
      <TextArea
        id="status-reason"
        label="Why the status is changing"
        hint="In plain words the family would understand, for example: Things are better at home, and school will keep supporting Amir."
        value={value.reason}
        error={errorAt(errors, 'reason')}
        onValueChange={(reason) => update({ reason })}
      />
      <TextField
        id="status-recordedBy"
        label="Your name"
        hint="Saved with the change, so others know who recorded it"
        autoComplete="off"
        width="medium"
        value={value.recordedBy}
        error={errorAt(errors, 'recordedBy')}
        onValueChange={(recordedBy) => update({ recordedBy })}
      />
      <FormActions saveState={draft.saveState} submitLabel="Record the change" busy={saving} />
    </form>
  );
}
