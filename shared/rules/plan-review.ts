/**
 * When a plan is next reviewed. Reviews follow the plan's frequency from the start date, or from
 * the last review held; a date the team agreed at the last meeting takes precedence.
 * Months are calendar months: 31 January + 1 month is 28 (or 29) February.
 */
import { Temporal } from 'temporal-polyfill';
import type { Plan } from '../domain/plan';
import type { ReviewFrequency } from '../domain/review-frequency';
import { compareIsoDates, type IsoDate } from './dates';
import { isPlanOpen } from './plan-status';

export function addFrequency(date: IsoDate, frequency: ReviewFrequency, times = 1): IsoDate {
  const d = Temporal.PlainDate.from(date);
  const n = frequency.count * times;
  return (frequency.unit === 'weeks' ? d.add({ weeks: n }) : d.add({ months: n }, { overflow: 'constrain' })).toString();
}

/** Review dates by the frequency alone, from the start date up to and including `until`. */
export function reviewSchedule(startDate: IsoDate, frequency: ReviewFrequency, until: IsoDate): IsoDate[] {
  const dates: IsoDate[] = [];
  // Counted from the start each time, so month ends do not drift (31 Jan → 28 Feb → 31 Mar).
  for (let i = 1; i <= 1000; i += 1) {
    const next = addFrequency(startDate, frequency, i);
    if (compareIsoDates(next, until) > 0) break;
    dates.push(next);
  }
  return dates;
}

type ReviewFields = Pick<Plan, 'startDate' | 'reviewFrequency' | 'nextReviewDate' | 'statusHistory'>;

/**
 * The date the next review is due, or null when the plan is no longer active.
 * `lastReviewDate` is the date of the last review meeting held, if any.
 */
export function nextReviewDue(plan: ReviewFields, lastReviewDate: IsoDate | null): IsoDate | null {
  if (!isPlanOpen(plan)) return null;
  const from = lastReviewDate ?? plan.startDate;
  if (plan.nextReviewDate !== null && compareIsoDates(plan.nextReviewDate, from) > 0) return plan.nextReviewDate;
  return addFrequency(from, plan.reviewFrequency);
}

/** Days until a date (negative when it has passed). */
export function daysUntil(date: IsoDate, today: IsoDate): number {
  return Temporal.PlainDate.from(today).until(Temporal.PlainDate.from(date), { largestUnit: 'days' }).days;
}

export type ReviewState = { state: 'none' } | { state: 'due'; on: IsoDate; inDays: number } | { state: 'overdue'; since: IsoDate; byDays: number };

/** Whether the review is still to come or overdue, for a reminder on the family's page. */
export function reviewState(plan: ReviewFields, lastReviewDate: IsoDate | null, today: IsoDate): ReviewState {
  const due = nextReviewDue(plan, lastReviewDate);
  if (due === null) return { state: 'none' };
  const inDays = daysUntil(due, today);
  return inDays >= 0 ? { state: 'due', on: due, inDays } : { state: 'overdue', since: due, byDays: -inDays };
}
