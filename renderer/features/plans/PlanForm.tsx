import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { newId } from '../../../shared/domain/ids';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveRefused, useDraftForm } from '../../components/form/useDraftForm';
import { FormActions } from '../../components/form/FormActions';
import { useRepositories } from '../../data/hooks/useRepositories';
import type { Profile } from '../../data/repositories/settings';
import { RestoredDraftNotice } from '../../components/notices/RestoredDraftNotice';
import { SaveProblem } from '../../components/notices/SaveProblem';
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
  const [planId] = useState(newId);
  const planPage = paths.plan(familyId);
  const form = useDraftForm({
    draftKey,
    initial: () => (plan ? draftFromPlan(plan) : newPlanDraft(profile, settings, todayInLondon())),
    isDraft: isPlanDraft,
    check: (d: PlanDraft) =>
      planFromDraft(d, {
        familyId,
        existing: plan,
        newId: planId,
        now: new Date().toISOString(),
        recordedBy: profile.name.trim() || d.leadName.trim() || 'Team Around user',
        settings,
        today: todayInLondon(),
      }),
    save: async (checked) => {
      const saved = await plans.save(checked, settings, todayInLondon());
      if (!saved.ok) throw new SaveRefused(saved.errors[0]?.message ?? 'The plan could not be saved. Check the details and try again.');
    },
    afterSave: () => navigate(planPage, { state: { flash: plan ? 'Your changes to the plan have been saved.' : 'The plan has been started.' } }),
    afterCancel: () => navigate(plan ? planPage : paths.family(familyId)),
  });
  const { draft, value, errors, saveError } = form;
  if (!value) return <p>Loading…</p>;
  const update = form.change;

  return (
    <form className="form" noValidate onSubmit={form.submit}>
      <ErrorSummary errors={errors.map((e) => ({ fieldId: `plan-${e.path}`, message: e.message }))} attempt={form.attempt} />
      <SaveProblem message={saveError} />
      <RestoredDraftNotice restoredAt={draft.restoredAt} what="saved to the plan" onDiscard={() => void draft.discard()} />
      <LeadProfessionalFields draft={value} errors={errors} profile={profile} onChange={update} />
      <PlanFields draft={value} errors={errors} settings={settings} isNew={!plan} onChange={update} />
      <FormActions saveState={draft.saveState} submitLabel={plan ? 'Save changes' : 'Start the plan'} busy={form.saving} onCancel={() => void form.cancel()} />
    </form>
  );
}
