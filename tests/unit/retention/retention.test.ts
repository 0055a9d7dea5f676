import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RETENTION_RULES,
  describeRetentionPeriod,
  plansDueForReview,
  retentionDueOn,
  retentionRulesSchema,
  type RetentionRules,
} from '../../../shared/domain/retention';
import type { Plan, PlanStatusEvent } from '../../../shared/domain/plan';

type PlanLike = Pick<Plan, 'id' | 'familyId' | 'statusHistory'>;

function event(status: PlanStatusEvent['status'], on: string): PlanStatusEvent {
  return { status, on, reason: status === 'active' ? '' : 'Because', recordedBy: 'Sam Patel' };
}

function plan(id: string, familyId: string, ...history: PlanStatusEvent[]): PlanLike {
  return { id, familyId, statusHistory: history };
}

const SIX_YEARS: RetentionRules = DEFAULT_RETENTION_RULES;

describe('retention rules', () => {
  it('default to 6 years after closure and describe themselves plainly', () => {
    expect(DEFAULT_RETENTION_RULES).toEqual({ closedPlans: { count: 6, unit: 'years' } });
    expect(describeRetentionPeriod({ count: 6, unit: 'years' })).toBe('6 years');
    expect(describeRetentionPeriod({ count: 1, unit: 'months' })).toBe('1 month');
    expect(describeRetentionPeriod({ count: 1, unit: 'years' })).toBe('1 year');
  });

  it('accept whole years up to 100 and months up to 1,200, and refuse anything else at the count', () => {
    expect(retentionRulesSchema.safeParse({ closedPlans: { count: 100, unit: 'years' } }).success).toBe(true);
    expect(retentionRulesSchema.safeParse({ closedPlans: { count: 1200, unit: 'months' } }).success).toBe(true);
    for (const bad of [{ count: 0, unit: 'years' }, { count: 101, unit: 'years' }, { count: 1201, unit: 'months' }, { count: 2.5, unit: 'years' }]) {
      const result = retentionRulesSchema.safeParse({ closedPlans: bad });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.path).toEqual(['closedPlans', 'count']);
    }
    expect(retentionRulesSchema.safeParse({ closedPlans: { count: 6, unit: 'weeks' } }).success).toBe(false);
  });
});

describe('retentionDueOn', () => {
  it('adds whole years or months to the closure date', () => {
    expect(retentionDueOn('2019-03-15', { count: 6, unit: 'years' })).toBe('2025-03-15');
    expect(retentionDueOn('2019-03-15', { count: 18, unit: 'months' })).toBe('2020-09-15');
    expect(retentionDueOn('2019-11-30', { count: 3, unit: 'months' })).toBe('2020-02-29');
  });

  it('moves 29 February to 28 February in a year that has none, and keeps it in one that does', () => {
    expect(retentionDueOn('2020-02-29', { count: 6, unit: 'years' })).toBe('2026-02-28');
    expect(retentionDueOn('2020-02-29', { count: 4, unit: 'years' })).toBe('2024-02-29');
    expect(retentionDueOn('2020-02-29', { count: 12, unit: 'months' })).toBe('2021-02-28');
  });

  it('moves the 31st to the last day of a shorter month', () => {
    expect(retentionDueOn('2026-01-31', { count: 1, unit: 'months' })).toBe('2026-02-28');
    expect(retentionDueOn('2027-12-31', { count: 2, unit: 'months' })).toBe('2028-02-29');
    expect(retentionDueOn('2026-08-31', { count: 1, unit: 'months' })).toBe('2026-09-30');
  });
});

describe('plansDueForReview', () => {
  const closedLongAgo = plan('p1', 'fam-a', event('active', '2015-01-05'), event('closed', '2016-02-01'));

  it('lists a family on its due date and after it, never the day before', () => {
    expect(plansDueForReview([closedLongAgo], '2022-01-31', SIX_YEARS)).toEqual([]);
    const due = { familyId: 'fam-a', closedOn: '2016-02-01', dueOn: '2022-02-01', planIds: ['p1'] };
    expect(plansDueForReview([closedLongAgo], '2022-02-01', SIX_YEARS)).toEqual([due]);
    expect(plansDueForReview([closedLongAgo], '2030-06-01', SIX_YEARS)).toEqual([due]);
  });

  it('counts from 29 February to 28 February in a common year', () => {
    const leap = plan('p2', 'fam-l', event('active', '2019-06-01'), event('closed', '2020-02-29'));
    expect(plansDueForReview([leap], '2026-02-27', SIX_YEARS)).toEqual([]);
    expect(plansDueForReview([leap], '2026-02-28', SIX_YEARS).map((d) => d.dueOn)).toEqual(['2026-02-28']);
  });

  it('uses the rules given, in months as well as years', () => {
    const rules: RetentionRules = { closedPlans: { count: 18, unit: 'months' } };
    expect(plansDueForReview([closedLongAgo], '2017-07-31', rules)).toEqual([]);
    expect(plansDueForReview([closedLongAgo], '2017-08-01', rules).map((d) => d.dueOn)).toEqual(['2017-08-01']);
  });

  it('never lists a family with a plan that is active, stepped down or stepped up', () => {
    for (const status of ['active', 'stepped-down', 'stepped-up'] as const) {
      const open = status === 'active' ? plan('p3', 'fam-a', event('active', '2024-01-01')) : plan('p3', 'fam-a', event('active', '2024-01-01'), event(status, '2024-02-01'));
      expect(plansDueForReview([closedLongAgo, open], '2040-01-01', SIX_YEARS)).toEqual([]);
    }
  });

  it('counts from the latest closure when a family had several plans', () => {
    const second = plan('p4', 'fam-a', event('active', '2017-01-01'), event('stepped-down', '2017-06-01'), event('closed', '2018-03-31'));
    expect(plansDueForReview([closedLongAgo, second], '2024-03-30', SIX_YEARS)).toEqual([]);
    expect(plansDueForReview([second, closedLongAgo], '2024-03-31', SIX_YEARS)).toEqual([{ familyId: 'fam-a', closedOn: '2018-03-31', dueOn: '2024-03-31', planIds: ['p4', 'p1'] }]);
  });

  it('lists the longest overdue first, and ignores families without plans', () => {
    const later = plan('p5', 'fam-b', event('active', '2010-01-01'), event('closed', '2012-01-01'));
    expect(plansDueForReview([closedLongAgo, later], '2030-01-01', SIX_YEARS).map((d) => d.familyId)).toEqual(['fam-b', 'fam-a']);
    expect(plansDueForReview([], '2030-01-01', SIX_YEARS)).toEqual([]);
  });
});
