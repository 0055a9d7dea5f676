/**
 * A family's home status: the earliest day, on or after `today`, on which the family could be on
 * the caseload-wide home lists (reviews due, consents due, drift alerts), or null when it has no
 * open plan and so can be on none of them. Home reads only the families whose day has come and
 * runs the rules in this folder on their records (decision 0064).
 *
 * The day is an index of candidates, not an answer: it must never be later than the first day the
 * rules would list the family (a late day hides the family), and may be earlier (it is then read
 * for nothing). Each bound below follows the rule it stands for:
 *
 * - reviews due (`reviewsDue`): the review is due within LOOK_AHEAD_DAYS and no meeting (other than
 *   a pre-meeting) is coming within HOME_LOOKAHEAD_DAYS;
 * - no review (`driftAlerts`): the review is more than the margin overdue;
 * - not improving: the plan has been open longer than the area's months (scaling is not looked at);
 * - an action not done at two reviews: the latest review held, within HOME_LOOKBACK_DAYS, has an
 *   open action carried forward (`carriedOn`: those reviews' dates);
 * - consent due (`consentsDue`): a review date within LOOK_AHEAD_DAYS, from the log as on `today`
 *   or from a decision dated later.
 *
 * The review due date only moves later as reviews are held (`nextReviewDue` never goes back), so
 * the reviews held before a day give the earliest date the review can be due from that day on.
 */
import { scopeKey, type ConsentEvent, type ConsentScope } from '../../domain/consent';
import type { MeetingSummary } from '../../domain/meeting-summary';
import type { Plan } from '../../domain/plan';
import { scopeState } from '../consent-state';
import type { IsoDate } from '../dates';
import { isPlanOpen } from '../plan-status';
import { nextReviewDue } from '../plan-review';
import type { DriftThresholds } from './drift';
import { addMonths, LOOK_AHEAD_DAYS, londonDateOf } from './window';

/** How far back home looks at held meetings (minutes waiting, reviews held, the latest review). */
export const HOME_LOOKBACK_DAYS = 91;
/** How far ahead a meeting counts as planned, so a review planned later than two weeks still counts. */
export const HOME_LOOKAHEAD_DAYS = 91;
/** Kinds of meeting at which the plan is reviewed (the first meeting makes it). */
export const REVIEWING_KINDS: ReadonlySet<string> = new Set(['first', 'review', 'closing']);

export interface HomeStatusInput {
  /** The day the status is worked out on: it holds for that day and every later one. */
  today: IsoDate;
  thresholds: DriftThresholds;
  /** The family's plans, open or not. */
  plans: readonly Plan[];
  /** The family's meeting summaries, all of them. */
  meetings: readonly MeetingSummary[];
  /** The family's consent log. */
  consent: readonly ConsentEvent[];
  /** Dates of the family's reviews at which an open action carried forward was agreed. */
  carriedOn: readonly IsoDate[];
}

const DAY_MS = 86_400_000;
const NEVER = Number.POSITIVE_INFINITY;

/** Days since 1970-01-01 (dates are compared and stepped as whole numbers here). */
export function dayNumber(date: IsoDate): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS;
}

export function dateOfDay(day: number): IsoDate {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The first day from `day` on with no meeting planned after it and within the look-ahead. */
function firstDayNotPlanned(day: number, planned: readonly number[]): number {
  let t = day;
  for (;;) {
    let latest = NEVER;
    for (const c of planned) if (c > t && c <= t + HOME_LOOKAHEAD_DAYS) latest = latest === NEVER ? c : Math.max(latest, c);
    if (latest === NEVER) return t;
    t = latest;
  }
}

/**
 * The earliest day from `today` on that `listed(day, due)` allows, where `due` is the review due
 * date after the last review held by that day: reviews before the day when `sameDay` is false;
 * with it, on the day too (a review that day is either held, or still to come and so planned).
 */
function firstDay(plan: Plan, reviews: readonly number[], today: number, sameDay: boolean, listed: (from: number, due: number) => number): number {
  const heldBy = (d: number, day: number) => (sameDay ? d <= day : d < day);
  let last: number | null = null;
  for (const d of reviews) if (heldBy(d, today)) last = d;
  let from = today;
  for (;;) {
    // From `from` up to the day before the next review counts, the last review held is `last`.
    const after = last;
    const nextHeld = reviews.find((d) => (after === null || d > after) && !heldBy(d, from));
    const until = nextHeld === undefined ? NEVER : sameDay ? nextHeld - 1 : nextHeld;
    const due = dayNumber(nextReviewDue(plan, last === null ? null : dateOfDay(last)) ?? plan.startDate);
    const found = listed(from, due);
    if (found <= until) return found;
    if (nextHeld === undefined) return NEVER;
    last = nextHeld;
    from = until + 1;
  }
}

/** The earliest day from `today` on when this open plan's review can be due soon, or overdue past the margin. */
function reviewFrom(plan: Plan, reviewDays: readonly number[], planned: readonly number[], today: number, margin: number): number {
  const start = dayNumber(plan.startDate);
  // lastReviewFor counts only reviews after the plan's start.
  const reviews = reviewDays.filter((d) => d > start);
  // No review for longer than the margin: a review that day may still be to come.
  const overdue = firstDay(plan, reviews, today, false, (from, due) => Math.max(from, due + margin + 1));
  // Due within two weeks, with no meeting planned within the look-ahead.
  const soon = firstDay(plan, reviews, today, true, (from, due) => firstDayNotPlanned(Math.max(from, due - LOOK_AHEAD_DAYS), planned));
  return Math.min(overdue, soon);
}

function consentFrom(log: readonly ConsentEvent[], today: IsoDate): number {
  let earliest = NEVER;
  const scopes = new Map<string, ConsentScope>();
  for (const event of log) scopes.set(scopeKey(event.scope), event.scope);
  for (const scope of scopes.values()) {
    const state = scopeState(log, scope, today);
    if ((state.state === 'given' || state.state === 'expired') && state.reviewBy !== null) {
      earliest = Math.min(earliest, dayNumber(state.reviewBy) - LOOK_AHEAD_DAYS);
    }
  }
  // A decision dated after today may set a review date of its own from its day.
  for (const event of log) {
    if (event.on <= today || (event.kind !== 'given' && event.kind !== 'reviewed') || event.reviewBy === null) continue;
    earliest = Math.min(earliest, Math.max(dayNumber(event.on), dayNumber(event.reviewBy) - LOOK_AHEAD_DAYS));
  }
  return earliest;
}

export function homeDueFrom(input: HomeStatusInput): IsoDate | null {
  const open = input.plans.filter(isPlanOpen);
  if (open.length === 0) return null;
  const today = dayNumber(input.today);
  const live = input.meetings.filter((m) => m.status === 'planned');
  const reviewDays = [...new Set(live.filter((m) => REVIEWING_KINDS.has(m.kind)).map((m) => dayNumber(londonDateOf(m.startsAt))))].sort((a, b) => a - b);
  const planned = live.filter((m) => m.kind !== 'pre-meeting').map((m) => dayNumber(londonDateOf(m.startsAt)));
  let earliest = NEVER;
  for (const plan of open) {
    earliest = Math.min(earliest, reviewFrom(plan, reviewDays, planned, today, input.thresholds.reviewMarginDays));
    earliest = Math.min(earliest, Math.max(today, dayNumber(addMonths(plan.startDate, input.thresholds.planOpenMonths)) + 1));
  }
  for (const on of input.carriedOn) {
    const day = dayNumber(on);
    if (day + HOME_LOOKBACK_DAYS >= today) earliest = Math.min(earliest, Math.max(today, day));
  }
  earliest = Math.min(earliest, consentFrom(input.consent, input.today));
  // An open plan's review is always due some day, so `earliest` is a day here; a day already passed reads as today.
  return dateOfDay(Math.max(earliest, today));
}
