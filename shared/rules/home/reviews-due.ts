/**
 * Plans whose review is due in the next two weeks or overdue, against each plan's review
 * frequency, most overdue first. A plan with a review meeting already planned is left out: the
 * meeting is on the list of meetings.
 */
import type { Plan } from '../../domain/plan';
import { describeReviewFrequency } from '../../domain/review-frequency';
import type { IsoDate } from '../dates';
import { daysUntil, nextReviewDue } from '../plan-review';
import type { HomeButton } from './target';
import { addDays, compareDates, LOOK_AHEAD_DAYS } from './window';

export interface ReviewDueItem {
  familyId: string;
  planId: string;
  dueOn: IsoDate;
  overdue: boolean;
  /** "every 6 weeks" */
  frequency: string;
  /** The last review held, when the read model found one. */
  lastReview: IsoDate | null;
  button: HomeButton;
}

/** The last review held for a plan: the latest held review on or after the plan's start. */
export function lastReviewFor(plan: Pick<Plan, 'startDate'>, heldReviews: readonly IsoDate[]): IsoDate | null {
  let last: IsoDate | null = null;
  for (const date of heldReviews) {
    if (compareDates(date, plan.startDate) <= 0) continue;
    if (last === null || compareDates(date, last) > 0) last = date;
  }
  return last;
}

export function reviewsDue(input: {
  today: IsoDate;
  plans: readonly Plan[];
  /** Dates of review meetings held (first, review and closing meetings), by family id. */
  heldReviews: ReadonlyMap<string, readonly IsoDate[]>;
  /** Families with a review meeting planned from today on. */
  reviewPlanned: ReadonlySet<string>;
}): ReviewDueItem[] {
  const until = addDays(input.today, LOOK_AHEAD_DAYS);
  return input.plans
    .flatMap((plan) => {
      if (input.reviewPlanned.has(plan.familyId)) return [];
      const lastReview = lastReviewFor(plan, input.heldReviews.get(plan.familyId) ?? []);
      const dueOn = nextReviewDue(plan, lastReview);
      if (dueOn === null || compareDates(dueOn, until) > 0) return [];
      return [
        {
          familyId: plan.familyId,
          planId: plan.id,
          dueOn,
          overdue: daysUntil(dueOn, input.today) < 0,
          frequency: describeReviewFrequency(plan.reviewFrequency),
          lastReview,
          button: { label: 'Plan the review', target: { screen: 'meeting-new', familyId: plan.familyId } } satisfies HomeButton,
        },
      ];
    })
    .sort((a, b) => compareDates(a.dueOn, b.dueOn) || a.planId.localeCompare(b.planId));
}
