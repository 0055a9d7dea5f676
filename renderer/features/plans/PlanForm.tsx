import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { newId } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveStatus } from '../../components/SaveStatus';
import { toStorageError } from '../../data/errors';
import { useAutosavedDraft } from '../../data/hooks/useAutosavedDraft';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Profile } from '../../data/repositories/settings';
import { RestoredDraftNotice, SaveProblem } from './form-parts/FormNotices';
import { LeadProfessionalFields } from './LeadProfessionalFields';
import { PlanFields } from './PlanFields';
import { draftFromPlan, isPlanDraft, newPlanDraft, planFromDraft, type PlanDraft } from './plan-draft';
import { paths } from '../../components/paths';

interface Props {
  familyId: string;
  /** The plan to change; absent to start a new one. */
  plan?: Plan;
  settings: AreaSettings;
  profile: Profile;
}

/** Starts a plan or changes its details. What is typed is kept as a draft until it is saved. */
export function PlanForm({ familyId, plan, settings, profile }: Props) {
  const navigate = useNavigate();
  const { plans } = useRepositories();
  const draftKey = plan ? `plan-form:${plan.id}` : `plan-form:new:${familyId}`;
  const draft = useAutosavedDraft(draftKey, () => (plan ? draftFromPlan(plan) : newPlanDraft(profile, settings, todayInLondon())), isPlanDraft);
  const [planId] = useState(newId);
  const [attempt, setAttempt] = useState(0);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const planPage = paths.plan(familyId);

  const value = draft.value;
  if (!value) return <p>Loading…</p>;

  const check = (d: PlanDraft) =>
    planFromDraft(d, {
      familyId,
      existing: plan,
      newId: planId,
      now: new Date().toISOString(),
      recordedBy: profile.name.trim() || d.leadName.trim() || 'Team Around user',
      settings,
      today: todayInLondon(),
    });
  // Messages appear after the first attempt to save, then follow the user's corrections.
  const validation = attempt > 0 ? check(value) : null;
  const errors = validation && !validation.ok ? validation.errors : [];
  const update = (change: Partial<PlanDraft>) => draft.update((d) => ({ ...d, ...change }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!value || saving) return;
    setAttempt((n) => n + 1);
    setSaveError(null);
    const result = check(value);
    if (!result.ok) return;
    setSaving(true);
    try {
      const saved = await plans.save(result.value, settings, todayInLondon());
      if (!saved.ok) {
        setSaveError(saved.errors[0]?.message ?? 'The plan could not be saved. Check the details and try again.');
        setSaving(false);
        return;
      }
      await draft.finish();
      navigate(planPage, { state: { flash: plan ? 'Your changes to the plan have been saved.' : 'The plan has been started.' } });
    } catch (error) {
      setSaveError(toStorageError(error).message);
      setSaving(false);
    }
  }

  async function cancel() {
    await draft.discard();
    navigate(plan ? planPage : paths.family(familyId));
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `plan-${e.path}`, message: e.message }))} attempt={attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the plan" onDiscard={() => void draft.discard()} />
      <LeadProfessionalFields draft={value} errors={errors} profile={profile} onChange={update} />
      <PlanFields draft={value} errors={errors} settings={settings} isNew={!plan} onChange={update} />
      <div className="form__actions">
        <SaveStatus state={draft.saveState} savedLabel="Draft kept" />
        <button type="submit" className="button" disabled={saving}>
          {plan ? 'Save changes' : 'Start the plan'}
        </button>
        <button type="button" className="button button--secondary" onClick={() => void cancel()}>
          Cancel and discard changes
        </button>
      </div>
    </form>
  );
}
