import { describe, expect, it } from 'vitest';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import { planSchema, type Plan } from '../../../shared/domain/plan';
import { toFormErrors, readDate, readOptionalDate, isoToUk } from '../../../renderer/components/form/field-values';
import { isReviewOverdue, leadText, levelText, nextReviewText } from '../../../renderer/features/plans/plan-words';
import { newStatusDraft, statusChangeFromDraft } from '../../../renderer/features/plans/status-draft';
import { splitPlans } from '../../../renderer/features/plans/current-plan';

const TODAY = '2026-03-10';

function plan(change: Partial<Plan> = {}): Plan {
  return planSchema.parse({
    id: 'plan-00000001',
    familyId: 'family-000001',
    leadProfessional: { name: 'Sam Patel', role: 'Family support worker', agency: '' },
    startDate: '2026-03-02',
    reason: 'Mornings',
    levelOfNeed: '3',
    statusHistory: [{ status: 'active', on: '2026-03-02', reason: '', recordedBy: 'Sam Patel' }],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...change,
  });
}

describe('status change form', () => {
  it('starts with today and the recorder, and no status chosen', () => {
    expect(newStatusDraft('Sam Patel', TODAY)).toEqual({ status: '', on: '10/03/2026', reason: '', recordedBy: 'Sam Patel' });
  });

  it('asks for the status, the reason and a name together', () => {
    const result = statusChangeFromDraft(newStatusDraft('', TODAY), plan(), TODAY);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'status', message: 'Choose the new status' },
      { path: 'reason', message: 'Say why the status is changing, in plain words' },
      { path: 'recordedBy', message: 'Enter your name' },
    ]);
  });

  it('refuses a change before the last one, or one the plan cannot make', () => {
    const early = statusChangeFromDraft({ status: 'closed', on: '01/03/2026', reason: 'Needs met', recordedBy: 'Sam' }, plan(), TODAY);
    expect(early.ok ? [] : early.errors).toEqual([{ path: 'on', message: 'The date of the change must be on or after the last change (2 March 2026)' }]);
    const closed = plan({ statusHistory: [{ status: 'active', on: '2026-03-02', reason: '', recordedBy: 'Sam' }, { status: 'closed', on: '2026-03-05', reason: 'Needs met', recordedBy: 'Sam' }] });
    const reopen = statusChangeFromDraft({ status: 'active', on: '10/03/2026', reason: 'Again', recordedBy: 'Sam' }, closed, TODAY);
    expect(reopen.ok ? [] : reopen.errors).toEqual([{ path: 'status', message: 'This plan is closed. Start a new plan for the family instead' }]);
  });

  it('gives a change the plan can make', () => {
    const result = statusChangeFromDraft({ status: 'stepped-down', on: '09/03/2026', reason: 'Calmer at home', recordedBy: 'Sam Patel' }, plan(), TODAY);
    expect(result).toEqual({ ok: true, value: { status: 'stepped-down', on: '2026-03-09', reason: 'Calmer at home', recordedBy: 'Sam Patel' } });
  });
});

describe('plan words', () => {
  it('says when the next review is due, or that it is overdue, or that none is due', () => {
    expect(nextReviewText(plan(), TODAY)).toBe('13 April 2026 (in 34 days)');
    expect(nextReviewText(plan(), '2026-04-12')).toBe('13 April 2026 (in 1 day)');
    expect(nextReviewText(plan(), '2026-04-13')).toBe('Today, 13 April 2026');
    expect(nextReviewText(plan(), '2026-04-16')).toBe('13 April 2026 (3 days ago: overdue)');
    expect(isReviewOverdue(plan(), '2026-04-16')).toBe(true);
    expect(nextReviewText(plan({ nextReviewDate: '2026-03-20' }), TODAY)).toBe('20 March 2026 (in 10 days)');
    const down = plan({ statusHistory: [{ status: 'active', on: '2026-03-02', reason: '', recordedBy: 'Sam' }, { status: 'stepped-down', on: '2026-03-05', reason: 'Better', recordedBy: 'Sam' }] });
    expect(nextReviewText(down, TODAY)).toBeNull();
  });

  it("names the level from the area's scale, and the lead in one line", () => {
    expect(levelText(defaultAreaSettings, '3')).toBe('Targeted early help');
    expect(levelText(defaultAreaSettings, 'x')).toBe("Level x (no longer on your area's scale)");
    expect(leadText(plan())).toBe('Sam Patel, Family support worker');
  });
});

describe('form field helpers', () => {
  it('reads UK dates, with a plain message when empty or wrong', () => {
    expect(readDate('23/11/2026', 'date')).toEqual({ ok: true, date: '2026-11-23' });
    expect(readDate(' ', 'start date')).toEqual({ ok: false, message: 'Enter the start date, for example 23/11/2026' });
    expect(readOptionalDate('')).toEqual({ ok: true, date: null });
    expect(readOptionalDate('tomorrow').ok).toBe(false);
    expect(isoToUk('2026-01-05')).toBe('05/01/2026');
  });

  it('puts domain errors at form fields, one per field, in form order', () => {
    const errors = toFormErrors(
      [
        { path: 'reason', message: 'Enter the reason' },
        { path: 'leadProfessional.name', message: 'Enter the name' },
        { path: 'leadProfessional.name', message: 'Second message' },
        { path: 'startDate', message: 'Enter the start date' },
        { path: 'somethingElse', message: 'Other' },
      ],
      [['leadProfessional.name', 'leadName'], ['reason', 'reason']],
      ['leadName', 'startDate', 'reason', 'form'],
      'form',
    );
    expect(errors).toEqual([
      { path: 'leadName', message: 'Enter the name' },
      { path: 'startDate', message: 'Enter the start date' },
      { path: 'reason', message: 'Enter the reason' },
      { path: 'form', message: 'Other' },
    ]);
  });
});

describe('which plan is in hand', () => {
  const closedHistory = [
    { status: 'active' as const, on: '2026-03-02', reason: '', recordedBy: 'Sam' },
    { status: 'closed' as const, on: '2026-03-05', reason: 'Needs met', recordedBy: 'Sam' },
  ];

  it('is the plan that has not closed, even when a closed one started later', () => {
    const closed = plan({ id: 'plan-closed-01', startDate: '2026-03-02', statusHistory: closedHistory });
    const open = plan({ id: 'plan-open-0001', startDate: '2026-02-20', statusHistory: [{ status: 'active', on: '2026-02-20', reason: '', recordedBy: 'Sam' }] });
    expect(splitPlans([closed, open])).toEqual({ current: open, earlier: [closed] });
  });

  it('is the newest when every plan has closed, and nothing when there are none', () => {
    const a = plan({ id: 'plan-closed-01', statusHistory: closedHistory });
    const b = plan({ id: 'plan-closed-02', statusHistory: closedHistory });
    expect(splitPlans([a, b])).toEqual({ current: a, earlier: [b] });
    expect(splitPlans([])).toEqual({ current: undefined, earlier: [] });
  });
});
