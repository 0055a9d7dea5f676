import { describe, expect, it } from 'vitest';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import { planSchema, type Plan } from '../../../shared/domain/plan';
import { reviewFrequencySchema } from '../../../shared/domain/review-frequency';
import { draftFromPlan, frequencyChoices, frequencyKey, newPlanDraft, planFromDraft, readFrequency, type PlanDraft } from '../../../renderer/features/plans/plan-draft';

const TODAY = '2026-03-10';
const NOW = '2026-03-10T09:00:00.000Z';

function ctx(existing?: Plan) {
  return { familyId: 'family-000001', existing, newId: 'plan-00000001', now: NOW, recordedBy: 'Sam Patel', settings: defaultAreaSettings, today: TODAY };
}

function filled(change: Partial<PlanDraft> = {}): PlanDraft {
  return {
    ...newPlanDraft({ name: 'Sam Patel', role: 'Family support worker' }, defaultAreaSettings, TODAY),
    leadAgency: 'Northfield Family Hub',
    reason: 'Tobi is missing school and Mum would like help with mornings.',
    levelOfNeed: '3',
    ...change,
  };
}

describe('plan form draft', () => {
  it("starts from the user's own details, today, and the area's review frequency", () => {
    const draft = newPlanDraft({ name: 'Sam Patel', role: 'DSL' }, { defaultReviewFrequency: { count: 2, unit: 'months' } }, TODAY);
    expect(draft).toMatchObject({ leadName: 'Sam Patel', leadRole: 'DSL', startDate: '10/03/2026', reviewFrequency: '2-months', levelOfNeed: '' });
  });

  it('offers every frequency the plan accepts, and reads them back', () => {
    const choices = frequencyChoices();
    expect(choices).toHaveLength(32);
    for (const f of choices) {
      expect(reviewFrequencySchema.safeParse(f).success).toBe(true);
      expect(readFrequency(frequencyKey(f))).toEqual(f);
    }
    expect(readFrequency('0-years')).toBeNull();
  });

  it('says at each field what is missing, in the order of the form', () => {
    const result = planFromDraft(newPlanDraft({ name: '', role: '' }, defaultAreaSettings, TODAY), ctx());
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'leadName', message: "Enter the lead professional's name" },
      { path: 'reason', message: 'Enter the reason for the plan, in plain words' },
      { path: 'levelOfNeed', message: 'Choose the level of need' },
    ]);
  });

  it('refuses a start date in the future, a review date before the start, and a date that does not exist', () => {
    const future = planFromDraft(filled({ startDate: '01/01/2099' }), ctx());
    expect(future.ok ? [] : future.errors).toEqual([{ path: 'startDate', message: 'The start date must be today or in the past' }]);
    const review = planFromDraft(filled({ startDate: '01/03/2026', nextReviewDate: '01/02/2026' }), ctx());
    expect(review.ok ? [] : review.errors).toEqual([{ path: 'nextReviewDate', message: 'The review date must be after the start date' }]);
    const bad = planFromDraft(filled({ startDate: '30/02/2026', nextReviewDate: '01/04/2026' }), ctx());
    expect(bad.ok ? [] : bad.errors).toEqual([{ path: 'startDate', message: 'That date does not exist: this month has 28 days' }]);
  });

  it('starts a new plan as active on its start date, recorded by the user', () => {
    const result = planFromDraft(filled({ startDate: '02/03/2026' }), ctx());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const plan = planSchema.parse(result.value);
    expect(plan).toMatchObject({
      id: 'plan-00000001',
      leadProfessional: { practitionerId: null, name: 'Sam Patel', role: 'Family support worker', agency: 'Northfield Family Hub' },
      startDate: '2026-03-02',
      levelOfNeed: '3',
      reviewFrequency: { count: 6, unit: 'weeks' },
      nextReviewDate: null,
      statusHistory: [{ status: 'active', on: '2026-03-02', reason: '', recordedBy: 'Sam Patel' }],
    });
  });

  it('changes the details of a plan without touching its status history', () => {
    const first = planFromDraft(filled({ startDate: '02/03/2026' }), ctx());
    if (!first.ok) throw new Error('expected a plan');
    const plan: Plan = planSchema.parse({
      ...first.value,
      leadProfessional: { ...first.value.leadProfessional, practitionerId: 'prac-000001' },
      statusHistory: [
        { status: 'active', on: '2026-03-02', reason: '', recordedBy: 'Sam Patel' },
        { status: 'stepped-down', on: '2026-03-09', reason: 'Calmer at home', recordedBy: 'Sam Patel' },
      ],
    });
    const edited = planFromDraft({ ...draftFromPlan(plan), reason: 'In the family’s words', reviewFrequency: '1-months' }, ctx(plan));
    expect(edited.ok).toBe(true);
    if (!edited.ok) return;
    expect(edited.value.statusHistory).toEqual(plan.statusHistory);
    expect(edited.value.createdAt).toBe(plan.createdAt);
    expect(edited.value.leadProfessional.practitionerId).toBe('prac-000001');
    expect(edited.value.reviewFrequency).toEqual({ count: 1, unit: 'months' });

    // A new lead is no longer the directory entry; a start after the first status entry is refused at the start date.
    const moved = planFromDraft({ ...draftFromPlan(plan), leadName: 'Dee Brown', startDate: '05/03/2026' }, ctx(plan));
    expect(moved.ok ? [] : moved.errors).toEqual([{ path: 'startDate', message: 'The start date must be on or before the first status entry (02/03/2026)' }]);
    const newLead = planFromDraft({ ...draftFromPlan(plan), leadName: 'Dee Brown' }, ctx(plan));
    expect(newLead.ok && newLead.value.leadProfessional.practitionerId).toBe(null);
  });

  it("refuses a level that is not on the area's scale", () => {
    const result = planFromDraft(filled({ levelOfNeed: '9' }), ctx());
    expect(result.ok ? [] : result.errors).toEqual([{ path: 'levelOfNeed', message: "Choose a level of need from the area's scale" }]);
  });
});
