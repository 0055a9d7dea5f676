import { describe, expect, it } from 'vitest';
import { DEFAULT_DRIFT_THRESHOLDS, driftAlerts, driftThresholdsSchema, scalingImproving, timesCarried } from '../../../shared/rules/home/drift';
import { action, plan, TODAY } from './builders';

const none = { heldReviews: new Map(), actions: [], scaling: new Map(), acknowledged: new Set<string>() };
const recentPlan = plan('p-1', { startDate: '2026-10-20' });

describe('an action not done at two reviews in a row', () => {
  const first = action('a-1', { status: 'not-done' });
  const second = action('a-2', { status: 'not-done', carriedFromId: 'a-1', meetingId: 'm-2' });
  const third = action('a-3', { status: 'in-progress', carriedFromId: 'a-2', meetingId: 'm-3', dueDate: '2026-11-30' });

  it('counts how many times an action was carried forward', () => {
    const byId = new Map([first, second, third].map((a) => [a.id, a]));
    expect(timesCarried(third, byId)).toBe(2);
    expect(timesCarried(second, byId)).toBe(1);
    expect(timesCarried(first, byId)).toBe(0);
  });

  it('raises an alert for the open copy, offering to update the action', () => {
    const alerts = driftAlerts({ ...none, today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [recentPlan], actions: [first, second, third] });
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({
      id: 'action-not-done:a-3',
      kind: 'action-not-done',
      rule: 'An action has not been done at 2 reviews in a row.',
      button: { label: 'Update the action', target: { screen: 'meeting-run', familyId: 'fam-1', meetingId: 'm-3' } },
    });
  });

  it('stays quiet once carried only once, when done, or when the area asks for three', () => {
    expect(driftAlerts({ ...none, today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [recentPlan], actions: [first, { ...second, status: 'in-progress' }] })).toEqual([]);
    expect(driftAlerts({ ...none, today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [recentPlan], actions: [first, second, { ...third, status: 'done' }] })).toEqual([]);
    expect(driftAlerts({ ...none, today: TODAY, thresholds: { ...DEFAULT_DRIFT_THRESHOLDS, notDoneReviews: 3 }, plans: [recentPlan], actions: [first, second, third] })).toEqual([]);
  });
});

describe('no review for longer than the frequency plus a margin', () => {
  // Started 1 October, every 6 weeks: due 12 November; with 14 days' margin, drifting from 27 November.
  const p = plan('p-2', { startDate: '2026-10-01' });

  it('raises an alert once the margin has passed, offering to plan a review', () => {
    expect(driftAlerts({ ...none, today: '2026-11-26', thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [p] })).toEqual([]);
    const [alert] = driftAlerts({ ...none, today: '2026-11-27', thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [p] });
    expect(alert).toMatchObject({
      id: 'no-review:p-2:2026-11-12',
      rule: "No review for longer than the plan's review frequency plus 14 days.",
      finding: 'The review was due by 12 November 2026; the plan is reviewed every 6 weeks.',
      button: { label: 'Plan a review', target: { screen: 'meeting-new', familyId: 'fam-1' } },
    });
  });

  it('counts from the last review held, and uses the area margin', () => {
    expect(driftAlerts({ ...none, today: '2026-11-27', thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [p], heldReviews: new Map([['fam-1', ['2026-11-05']]]) })).toEqual([]);
    expect(driftAlerts({ ...none, today: '2026-11-20', thresholds: { ...DEFAULT_DRIFT_THRESHOLDS, reviewMarginDays: 0 }, plans: [p] })).toHaveLength(1);
  });

  it('is not raised for a closed plan', () => {
    const closed = { ...p, statusHistory: [...p.statusHistory, { status: 'closed' as const, on: '2026-10-10', reason: 'Ended', recordedBy: 'Lee' }] };
    expect(driftAlerts({ ...none, today: '2027-01-01', thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [closed] })).toEqual([]);
  });
});

describe('a long plan with the scaling not improving', () => {
  const old = plan('p-3', { startDate: '2026-04-01', nextReviewDate: '2026-12-01' });
  const thresholds = DEFAULT_DRIFT_THRESHOLDS;

  it('reads improvement from the first and latest meetings with scores', () => {
    expect(scalingImproving([{ on: '2026-05-01', scores: [3, 4] }, { on: '2026-09-01', scores: [] }, { on: '2026-08-01', scores: [5, 6] }])).toBe(true);
    expect(scalingImproving([{ on: '2026-05-01', scores: [5] }, { on: '2026-08-01', scores: [5] }])).toBe(false);
    expect(scalingImproving([{ on: '2026-05-01', scores: [5] }])).toBe(false);
  });

  it('raises an alert after six months when the scaling is flat, offering to think about stepping up', () => {
    const scaling = new Map([['fam-1', [{ on: '2026-04-10', scores: [4, 6] }, { on: '2026-11-10', scores: [5] }]]]);
    const alerts = driftAlerts({ ...none, today: TODAY, thresholds, plans: [old], scaling });
    expect(alerts).toEqual([
      expect.objectContaining({
        id: 'not-improving:p-3:2026-11-10',
        rule: 'The plan has been open for more than 6 months and the scaling is not improving.',
        finding: 'Open since 1 April 2026. The scaling was 5 on 10 April 2026 and 5 on 10 November 2026.',
        button: { label: 'Think about stepping up', target: { screen: 'plan', familyId: 'fam-1' } },
      }),
    ]);
  });

  it('is quiet when the scaling improves, or the plan is younger than the area allows', () => {
    const better = new Map([['fam-1', [{ on: '2026-04-10', scores: [3] }, { on: '2026-11-10', scores: [6] }]]]);
    expect(driftAlerts({ ...none, today: TODAY, thresholds, plans: [old], scaling: better })).toEqual([]);
    expect(driftAlerts({ ...none, today: TODAY, thresholds: { ...thresholds, planOpenMonths: 9 }, plans: [old] })).toEqual([]);
  });

  it('says so when there is no scaling to compare', () => {
    const [alert] = driftAlerts({ ...none, today: TODAY, thresholds, plans: [old] });
    expect(alert?.finding).toBe('Open since 1 April 2026. The scaling has not been recorded at two meetings, so no improvement can be seen.');
  });
});

describe('acknowledged alerts and thresholds', () => {
  it('leaves out alerts that were acknowledged, and sorts the rest by date', () => {
    const p1 = plan('p-1', { startDate: '2026-04-01', nextReviewDate: '2026-12-01' });
    const p2 = plan('p-2', { startDate: '2026-09-01', familyId: 'fam-2' });
    const all = driftAlerts({ ...none, today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [p2, p1] });
    expect(all.map((a) => a.id)).toEqual(['not-improving:p-1:none', 'no-review:p-2:2026-10-13']);
    const rest = driftAlerts({ ...none, today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, plans: [p2, p1], acknowledged: new Set(['not-improving:p-1:none']) });
    expect(rest.map((a) => a.id)).toEqual(['no-review:p-2:2026-10-13']);
  });

  it('checks the numbers an area can set', () => {
    expect(driftThresholdsSchema.safeParse(DEFAULT_DRIFT_THRESHOLDS).success).toBe(true);
    expect(driftThresholdsSchema.safeParse({ ...DEFAULT_DRIFT_THRESHOLDS, notDoneReviews: 1 }).success).toBe(false);
    expect(driftThresholdsSchema.safeParse({ ...DEFAULT_DRIFT_THRESHOLDS, planOpenMonths: 0.5 }).success).toBe(false);
  });
});
