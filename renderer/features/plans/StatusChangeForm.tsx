import { planStatusLabels, planStatusMeanings, type Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { allowedNextStatuses, currentStatus } from '../../../shared/rules/plan-status';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/form/FormActions';
import { TextField } from '../../components/TextField';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { DateField } from '../../components/fields/DateField';
import { useRepositories } from '../../data/hooks/useRepositories';
import { bindFields } from '../../components/form/bind-fields';
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
  const form = useDraftForm({
    draftKey: `plan-status:${plan.id}`,
    initial: () => newStatusDraft(recordedBy, todayInLondon()),
    isDraft: isStatusDraft,
    check: (d: StatusDraft) => statusChangeFromDraft(d, plan, todayInLondon()),
    save: async (change) => {
      const saved = await plans.changeStatus(plan.id, change, todayInLondon());
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? 'The change could not be recorded. Check the details and try again.');
      return change;
    },
    afterSave: (change) =>
      onChanged(`The plan is now ${planStatusLabels[change.status].toLowerCase()}. The change has been added to the history.`, change.recordedBy),
    // The form has no "Cancel": the draft is only ever discarded from the restored-draft notice.
    afterCancel: () => undefined,
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;
  const update = form.change;
  const now = currentStatus(plan).status;
  const field = bindFields({ values: value, onChange: update, idOf: (name) => `status-${name}`, errorAt: (name) => errorAt(errors, name) });

  return (
    <form className="form" noValidate onSubmit={form.submit} aria-labelledby="status-change-heading">
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `status-${e.path}`, message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="added to the plan's history" onDiscard={() => void draft.discard()} />
      <RadioGroup
        {...field.place('status')}
        legend="New status"
        hint={`The plan is ${planStatusLabels[now].toLowerCase()} now.`}
        value={value.status}
        options={allowedNextStatuses(now).map((s) => ({ value: s, label: planStatusLabels[s], hint: planStatusMeanings[s] }))}
        onChange={(status) => update({ status })}
      />
      <DateField {...field.text('on')} label="Date of the change" />
      <TextArea
        {...field.text('reason')}
        label="Why the status is changing"
        hint="In plain words the family would understand, for example: Things are better at home, and school will keep supporting Amir."
      />
      <TextField {...field.text('recordedBy')} label="Your name" hint="Saved with the change, so others know who recorded it" autoComplete="off" width="medium" />
      <FormActions saveState={draft.saveState} submitLabel="Record the change" busy={form.saving} />
    </form>
  );
}
