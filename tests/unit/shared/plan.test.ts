import { describe, expect, it } from 'vitest';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import { planSchema, type Plan } from '../../../shared/domain/plan';
import { describeReviewFrequency } from '../../../shared/domain/review-frequency';
import { validatePlan } from '../../../shared/rules/plan-checks';
import { addFrequency, nextReviewDue, reviewSchedule, reviewState } from '../../../shared/rules/plan-review';
import { allowedNextStatuses, changePlanStatus, currentStatus, isPlanOpen, statusOn, statusTimeline } from '../../../shared/rules/plan-status';

const TODAY = '2026-03-10';
const STAMP = '2026-03-10T12:00:00.000Z';

function plan(overrides: Partial<Plan> = {}): Plan {
  return planSchema.parse({
    id: 'plan-000001',
    familyId: 'family-0001',
    leadProfessional: { practitionerId: 'prac-dsl-001', name: 'Sam Patel', role: 'Designated safeguarding lead', agency: 'Oak Lane Primary' },
    startDate: '2026-01-05',
    reason: "Amir is missing school and Mum wants help with mornings",
    levelOfNeed: '2',
    statusHistory: [{ status: 'active', on: '2026-01-05', reason: '', recordedBy: 'Sam Patel' }],
    createdAt: '2026-01-05T09:00:00.000Z',
    updatedAt: '2026-01-05T09:00:00.000Z',
    ...overrides,
  });
}

describe('plan schema', () => {
  it('defaults to reviews every 6 weeks', () => {
    expect(plan().reviewFrequency).toEqual({ count: 6, unit: 'weeks' });
    expect(describeReviewFrequency(plan().reviewFrequency)).toBe('every 6 weeks');
    expect(describeReviewFrequency({ count: 1, unit: 'months' })).toBe('every month');
  });

  it('refuses a review date on or before the start date', () => {
    const result = planSchema.safeParse({ ...plan(), nextReviewDate: '2026-01-05' });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['nextReviewDate', 'The review date must be after the start date']]);
  });

  it('refuses a review frequency out of range, at the field', () => {
    const result = planSchema.safeParse({ ...plan(), reviewFrequency: { count: 30, unit: 'weeks' } });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['reviewFrequency.count', 'Reviews must be at most 26 weeks (6 months) apart']]);
  });

  it('refuses a history that jumps from closed back to active', () => {
    const result = planSchema.safeParse({
      ...plan(),
      statusHistory: [
        { status: 'active', on: '2026-01-05', reason: '', recordedBy: 'Sam' },
        { status: 'closed', on: '2026-02-05', reason: 'Needs met', recordedBy: 'Sam' },
        { status: 'active', on: '2026-02-06', reason: 'Again', recordedBy: 'Sam' },
      ],
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['statusHistory.2.status', 'A plan cannot go from closed to active']]);
  });
});

describe('validatePlan', () => {
  it("checks the level of need against the area's scale and refuses future dates", () => {
    expect(validatePlan({ ...plan(), levelOfNeed: '9', startDate: '2026-03-11', statusHistory: [{ status: 'active', on: '2026-03-11', reason: '', recordedBy: 'Sam' }] }, defaultAreaSettings, TODAY)).toEqual({
      ok: false,
      errors: [
        { path: 'levelOfNeed', message: "Choose a level of need from the area's scale" },
        { path: 'startDate', message: 'The start date must be today or in the past' },
        { path: 'statusHistory.0.on', message: 'The date of the change must be today or in the past' },
      ],
    });
    expect(validatePlan(plan(), defaultAreaSettings, TODAY).ok).toBe(true);
  });
});

describe('plan status history', () => {
  it('steps up, then back to active, then closes, keeping every entry', () => {
    let p = plan();
    const steps = [
      { status: 'stepped-up' as const, on: '2026-02-01', reason: 'Referred to social care after new worries', recordedBy: 'Sam Patel' },
      { status: 'active' as const, on: '2026-02-20', reason: 'Social care stepped the family down to early help', recordedBy: 'Sam Patel' },
      { status: 'closed' as const, on: '2026-03-10', reason: 'Amir is in school every day; family happy to close', recordedBy: 'Sam Patel' },
    ];
    for (const step of steps) {
      const result = changePlanStatus(p, step, TODAY, STAMP);
      if (!result.ok) throw new Error(JSON.stringify(result.errors));
      p = result.value;
    }
    expect(p.statusHistory.map((e) => [e.status, e.on])).toEqual([
      ['active', '2026-01-05'],
      ['stepped-up', '2026-02-01'],
      ['active', '2026-02-20'],
      ['closed', '2026-03-10'],
    ]);
    expect(currentStatus(p).status).toBe('closed');
    expect(isPlanOpen(p)).toBe(false);
    expect(statusOn(p, '2026-02-10')).toBe('stepped-up');
    expect(statusOn(p, '2026-01-04')).toBeNull();
    expect(p.updatedAt).toBe(STAMP);
    expect(statusTimeline(p)[1]).toEqual({ label: 'Stepped up', on: '2026-02-01', reason: 'Referred to social care after new worries' });
  });

  it('does not change the plan passed in', () => {
    const p = plan();
    changePlanStatus(p, { status: 'closed', on: '2026-03-01', reason: 'Needs met', recordedBy: 'Sam' }, TODAY, STAMP);
    expect(p.statusHistory).toHaveLength(1);
  });

  it.each([
    [{ status: 'active' as const, on: '2026-02-01', reason: 'x', recordedBy: 'Sam' }, [{ path: 'status', message: 'The plan is already active' }]],
    [{ status: 'closed' as const, on: '2026-03-11', reason: 'x', recordedBy: 'Sam' }, [{ path: 'on', message: 'The date of the change must be today or in the past' }]],
    [{ status: 'closed' as const, on: '2026-01-04', reason: 'x', recordedBy: 'Sam' }, [{ path: 'on', message: 'The date of the change must be on or after the last change (5 January 2026)' }]],
    [{ status: 'stepped-down' as const, on: '2026-02-01', reason: '  ', recordedBy: 'Sam' }, [{ path: 'reason', message: 'Say why the status is changing, in plain words' }]],
    [{ status: 'closed' as const, on: '2026-02-01', reason: 'x', recordedBy: '' }, [{ path: 'recordedBy', message: 'Enter the name of the person recording the change' }]],
  ])('refuses %j', (change, errors) => {
    expect(changePlanStatus(plan(), change, TODAY, STAMP)).toEqual({ ok: false, errors });
  });

  it('says to start a new plan when a closed plan is changed', () => {
    const closed = changePlanStatus(plan(), { status: 'closed', on: '2026-02-01', reason: 'Needs met', recordedBy: 'Sam' }, TODAY, STAMP);
    if (!closed.ok) throw new Error('expected closed');
    expect(changePlanStatus(closed.value, { status: 'active', on: '2026-03-01', reason: 'Again', recordedBy: 'Sam' }, TODAY, STAMP)).toEqual({
      ok: false,
      errors: [{ path: 'status', message: 'This plan is closed. Start a new plan for the family instead' }],
    });
    expect(allowedNextStatuses('closed')).toEqual([]);
    expect(allowedNextStatuses('stepped-down')).toEqual(['active', 'closed']);
  });
});

describe('review dates', () => {
  it('adds weeks and calendar months', () => {
    expect(addFrequency('2026-01-05', { count: 6, unit: 'weeks' })).toBe('2026-02-16');
    expect(addFrequency('2026-01-31', { count: 1, unit: 'months' })).toBe('2026-02-28');
    expect(addFrequency('2024-01-31', { count: 1, unit: 'months' })).toBe('2024-02-29');
  });

  it('lists the schedule from the start date without month-end drift', () => {
    expect(reviewSchedule('2026-01-05', { count: 6, unit: 'weeks' }, '2026-06-01')).toEqual(['2026-02-16', '2026-03-30', '2026-05-11']);
    expect(reviewSchedule('2026-01-31', { count: 1, unit: 'months' }, '2026-04-30')).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });

  it('counts the next review from the last review held, or uses the agreed date', () => {
    expect(nextReviewDue(plan(), null)).toBe('2026-02-16');
    expect(nextReviewDue(plan(), '2026-02-20')).toBe('2026-04-03');
    expect(nextReviewDue(plan({ nextReviewDate: '2026-02-10' } as Partial<Plan>), null)).toBe('2026-02-10');
    // An agreed date already passed by a later review is replaced by the frequency.
    expect(nextReviewDue(plan({ nextReviewDate: '2026-02-10' } as Partial<Plan>), '2026-02-12')).toBe('2026-03-26');
  });

  it('has no next review once the plan is not active', () => {
    const closed = plan({ statusHistory: [
      { status: 'active', on: '2026-01-05', reason: '', recordedBy: 'Sam' },
      { status: 'stepped-down', on: '2026-02-01', reason: 'School support only', recordedBy: 'Sam' },
    ] });
    expect(nextReviewDue(closed, null)).toBeNull();
    expect(reviewState(closed, null, TODAY)).toEqual({ state: 'none' });
  });

  it('says when a review is overdue', () => {
    expect(reviewState(plan(), null, TODAY)).toEqual({ state: 'overdue', since: '2026-02-16', byDays: 22 });
    expect(reviewState(plan(), '2026-03-02', TODAY)).toEqual({ state: 'due', on: '2026-04-13', inDays: 34 });
  });
});
