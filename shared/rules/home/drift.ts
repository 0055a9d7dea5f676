/**
 * Drift alerts: signs that a plan is drifting, each with its rule in plain words and the next
 * step. The area sets the thresholds in Settings (`DriftThresholds`).
 *
 * - An action not done at two reviews in a row: it has been carried forward from one meeting to
 *   the next that many times and is still open.
 * - No review for longer than the plan's frequency plus a margin.
 * - A plan open longer than a set time (six months by default) with the scaling not improving:
 *   the family's latest scaling (the average of the scores given at a meeting) is no higher than
 *   the first one since the plan started, or there are not yet two to compare.
 *
 * Each alert has an id that stays the same while the same thing is wrong (a new review date, or a
 * new carried copy of the action, makes a new alert), so an acknowledgement covers that occurrence only.
 */
import { z } from 'zod';
import { isOpenStatus, type Action } from '../../domain/action';
import type { Plan } from '../../domain/plan';
import { describeReviewFrequency } from '../../domain/review-frequency';
import { formatLongDate, type IsoDate } from '../dates';
import { isPlanOpen } from '../plan-status';
import { nextReviewDue } from '../plan-review';
import { lastReviewFor } from './reviews-due';
import type { HomeButton } from './target';
import { addDays, addMonths, compareDates } from './window';

export const driftThresholdsSchema = z.object({
  notDoneReviews: z.number().int('Enter a whole number').min(2, 'At least 2 reviews').max(10, 'At most 10 reviews'),
  reviewMarginDays: z.number().int('Enter a whole number').min(0, 'The margin cannot be negative').max(90, 'At most 90 days'),
  planOpenMonths: z.number().int('Enter a whole number').min(1, 'At least 1 month').max(36, 'At most 36 months'),
});
export type DriftThresholds = z.infer<typeof driftThresholdsSchema>;

export const DEFAULT_DRIFT_THRESHOLDS: DriftThresholds = { notDoneReviews: 2, reviewMarginDays: 14, planOpenMonths: 6 };

export type DriftKind = 'action-not-done' | 'no-review' | 'not-improving';

export interface DriftAlert {
  id: string;
  kind: DriftKind;
  familyId: string;
  /** The rule, in plain words, with the area's numbers. */
  rule: string;
  /** What was found, in plain words. */
  finding: string;
  /** The date it is about: when the action was due, when the review was due, when the plan started. */
  since: IsoDate;
  button: HomeButton;
}

export interface Acknowledgement {
  alertId: string;
  note: string;
  at: string;
  by: string;
}

/** One meeting's scaling: the date and the scores given (blank answers left out). */
export interface ScalingPoint {
  on: IsoDate;
  scores: readonly number[];
}

export function driftRuleWords(t: DriftThresholds): Record<DriftKind, string> {
  return {
    'action-not-done': `An action has not been done at ${t.notDoneReviews} reviews in a row.`,
    'no-review': `No review for longer than the plan's review frequency plus ${t.reviewMarginDays} ${t.reviewMarginDays === 1 ? 'day' : 'days'}.`,
    'not-improving': `The plan has been open for more than ${t.planOpenMonths} ${t.planOpenMonths === 1 ? 'month' : 'months'} and the scaling is not improving.`,
  };
}

/** How many times in a row an action has been carried forward, following `carriedFromId` back. */
export function timesCarried(action: Action, byId: ReadonlyMap<string, Action>): number {
  let count = 0;
  let from = action.carriedFromId ?? null;
  const seen = new Set<string>([action.id]);
  while (from !== null && !seen.has(from)) {
    seen.add(from);
    count += 1;
    from = byId.get(from)?.carriedFromId ?? null;
  }
  return count;
}

function average(scores: readonly number[]): number | null {
  return scores.length === 0 ? null : scores.reduce((a, b) => a + b, 0) / scores.length;
}

/** True when the latest meeting's scaling is higher than the first one's. */
export function scalingImproving(points: readonly ScalingPoint[]): boolean {
  const scored = points
    .map((p) => ({ on: p.on, mean: average(p.scores) }))
    .filter((p): p is { on: IsoDate; mean: number } => p.mean !== null)
    .sort((a, b) => compareDates(a.on, b.on));
  const first = scored[0];
  const last = scored[scored.length - 1];
  return first !== undefined && last !== undefined && scored.length >= 2 && last.mean > first.mean;
}

const roundOne = (n: number) => Math.round(n * 10) / 10;

export function driftAlerts(input: {
  today: IsoDate;
  thresholds: DriftThresholds;
  plans: readonly Plan[];
  heldReviews: ReadonlyMap<string, readonly IsoDate[]>;
  /** Recent actions with the earlier actions they were carried from. */
  actions: readonly Action[];
  /** Scaling at each meeting, by family id. */
  scaling: ReadonlyMap<string, readonly ScalingPoint[]>;
  acknowledged: ReadonlySet<string>;
}): DriftAlert[] {
  const { today, thresholds } = input;
  const words = driftRuleWords(thresholds);
  const alerts: DriftAlert[] = [];
  const openFamilies = new Set(input.plans.filter(isPlanOpen).map((p) => p.familyId));

  const byId = new Map(input.actions.map((a) => [a.id, a]));
  for (const action of input.actions) {
    if (!isOpenStatus(action.status) || !openFamilies.has(action.familyId)) continue;
    const times = timesCarried(action, byId);
    if (times < thresholds.notDoneReviews) continue;
    alerts.push({
      id: `action-not-done:${action.id}`,
      kind: 'action-not-done',
      familyId: action.familyId,
      rule: words['action-not-done'],
      finding: `"${action.what}" (${action.ownerName || 'no owner named'}) has been carried forward ${times} times without being done.`,
      since: action.dueDate ?? action.createdAt.slice(0, 10),
      button: { label: 'Update the action', target: { screen: 'meeting-run', familyId: action.familyId, meetingId: action.meetingId } },
    });
  }

  for (const plan of input.plans) {
    if (!isPlanOpen(plan)) continue;
    const lastReview = lastReviewFor(plan, input.heldReviews.get(plan.familyId) ?? []);
    const due = nextReviewDue(plan, lastReview);
    if (due !== null && compareDates(addDays(due, thresholds.reviewMarginDays), today) < 0) {
      alerts.push({
        id: `no-review:${plan.id}:${due}`,
        kind: 'no-review',
        familyId: plan.familyId,
        rule: words['no-review'],
        finding: `The review was due by ${formatLongDate(due)}; the plan is reviewed ${describeReviewFrequency(plan.reviewFrequency)}.`,
        since: due,
        button: { label: 'Plan a review', target: { screen: 'meeting-new', familyId: plan.familyId } },
      });
    }
    if (compareDates(addMonths(plan.startDate, thresholds.planOpenMonths), today) < 0) {
      const points = (input.scaling.get(plan.familyId) ?? []).filter((p) => compareDates(p.on, plan.startDate) >= 0);
      if (!scalingImproving(points)) {
        const scored = points.filter((p) => p.scores.length > 0).sort((a, b) => compareDates(a.on, b.on));
        const first = scored[0];
        const last = scored[scored.length - 1];
        const finding =
          first && last && scored.length >= 2
            ? `Open since ${formatLongDate(plan.startDate)}. The scaling was ${roundOne(average(first.scores) ?? 0)} on ${formatLongDate(first.on)} and ${roundOne(average(last.scores) ?? 0)} on ${formatLongDate(last.on)}.`
            : `Open since ${formatLongDate(plan.startDate)}. The scaling has not been recorded at two meetings, so no improvement can be seen.`;
        alerts.push({
          id: `not-improving:${plan.id}:${last?.on ?? 'none'}`,
          kind: 'not-improving',
          familyId: plan.familyId,
          rule: words['not-improving'],
          finding,
          since: plan.startDate,
          button: { label: 'Think about stepping up', target: { screen: 'plan', familyId: plan.familyId } },
        });
      }
    }
  }

  return alerts.filter((a) => !input.acknowledged.has(a.id)).sort((a, b) => compareDates(a.since, b.since) || a.id.localeCompare(b.id));
}
