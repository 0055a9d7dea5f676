/**
 * Home's lists worked out per open plan (reviews due, consents due, drift alerts), read for the
 * candidate families only: those whose home status says they could be on a list today (0064), or
 * every family with an open plan while the status rows are still to be built. Each family's
 * meeting summaries are read by `familyId`, and what the rules are given is what the whole
 * caseload's thirteen-week window gave them before (0057): the reviews held in the window, else
 * the family's earlier ones; the meetings planned in the window, for "review planned".
 */
import type { IsoDate } from '../../../shared/rules/dates';
import { consentsDue, type ConsentDueItem } from '../../../shared/rules/home/consents-due';
import { driftAlerts, type DriftAlert, type DriftThresholds } from '../../../shared/rules/home/drift';
import { reviewsDue, type ReviewDueItem } from '../../../shared/rules/home/reviews-due';
import { HOME_LOOKAHEAD_DAYS, HOME_LOOKBACK_DAYS, REVIEWING_KINDS } from '../../../shared/rules/home/status';
import { addDays, addMonths, londonDateOf, startInstant } from '../../../shared/rules/home/window';
import type { MeetingSummary } from '../../../shared/domain/meeting-summary';
import { isPlanOpen } from '../../../shared/rules/plan-status';
import type { TeamAroundDatabase } from '../db';
import { carriedActions, group, scalingFor } from './home-related-reads';
import { readConsent, readPlans, readSummaries } from './home-status';
import { rowsByKeys } from './rows-by-keys';

export interface PlanLists {
  reviews: ReviewDueItem[];
  consents: ConsentDueItem[];
  drift: DriftAlert[];
}

const byStart = (a: MeetingSummary, b: MeetingSummary) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byId = (a: MeetingSummary, b: MeetingSummary) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** `candidates`: the families to read, or null for every family with an open plan. */
export async function planLists(
  db: TeamAroundDatabase,
  input: { candidates: readonly string[] | null; today: IsoDate; nowMs: number; thresholds: DriftThresholds; acknowledged: ReadonlySet<string> },
): Promise<PlanLists> {
  const { today, nowMs, thresholds } = input;
  if (input.candidates !== null && input.candidates.length === 0) return { reviews: [], consents: [], drift: [] };
  const planRows = input.candidates === null ? await db.plans.toArray() : await rowsByKeys(db.plans, 'familyId', input.candidates);
  const plans = readPlans(planRows).filter(isPlanOpen);
  const openFamilies = [...new Set(plans.map((p) => p.familyId))];
  if (openFamilies.length === 0) return { reviews: [], consents: [], drift: [] };
  const [meetings, consent] = await Promise.all([
    rowsByKeys(db.meetingSummaries, 'familyId', openFamilies).then(readSummaries),
    rowsByKeys(db.consentEvents, 'familyId', openFamilies).then(readConsent),
  ]);
  // The window home reads by `startsAt` (its bounds compared as text, as the index compares them).
  const from = addDays(today, -HOME_LOOKBACK_DAYS);
  const to = addDays(today, HOME_LOOKAHEAD_DAYS + 1);
  const live = meetings.filter((m) => m.status === 'planned');
  const inWindow = live.filter((m) => m.startsAt >= from && m.startsAt < to).sort(byStart);
  const coming = inWindow.filter((m) => startInstant(m.startsAt) >= nowMs);
  const heldInWindow = inWindow.filter((m) => startInstant(m.startsAt) < nowMs && REVIEWING_KINDS.has(m.kind));
  const reviewed = new Set(heldInWindow.map((m) => m.familyId));
  const earlierFamilies = new Set(plans.filter((p) => !reviewed.has(p.familyId) && p.startDate < from).map((p) => p.familyId));
  const earlier = live
    .filter((m) => earlierFamilies.has(m.familyId) && REVIEWING_KINDS.has(m.kind) && londonDateOf(m.startsAt) < from)
    .sort(byId);
  const reviewsHeld = [...heldInWindow, ...earlier];
  const heldReviews = new Map<string, IsoDate[]>();
  for (const m of reviewsHeld) heldReviews.set(m.familyId, [...(heldReviews.get(m.familyId) ?? []), londonDateOf(m.startsAt)]);
  const latestReview = new Map<string, MeetingSummary>();
  for (const m of reviewsHeld) {
    const before = latestReview.get(m.familyId);
    if (!before || startInstant(m.startsAt) > startInstant(before.startsAt)) latestReview.set(m.familyId, m);
  }
  const longPlanFamilies = new Set(plans.filter((p) => addMonths(p.startDate, thresholds.planOpenMonths) < today).map((p) => p.familyId));
  const [carried, scaling] = await Promise.all([
    carriedActions(db, [...latestReview.values()].filter((m) => londonDateOf(m.startsAt) >= from).map((m) => m.id), thresholds.notDoneReviews),
    scalingFor(db, reviewsHeld.filter((m) => longPlanFamilies.has(m.familyId))),
  ]);
  return {
    reviews: reviewsDue({ today, plans, heldReviews, reviewPlanned: new Set(coming.filter((m) => m.kind !== 'pre-meeting').map((m) => m.familyId)) }),
    consents: consentsDue({ today, logs: group(consent, (e) => e.familyId) }),
    drift: driftAlerts({ today, thresholds, plans, heldReviews, actions: carried, scaling, acknowledged: input.acknowledged }),
  };
}
