/**
 * Test only: home's reviews due, consents due and drift alerts as they were worked out before the
 * home status rows (decision 0064, code as at 0057): every plan read, the meeting summaries of the
 * thirteen weeks back and ahead, each family's earlier reviews when it had none in them, the
 * consent logs of every family with an open plan. The model test checks that the read through the
 * status rows lists exactly what this did, for the same records on the same day.
 */
import type { ConsentEvent } from '../../../shared/domain/consent';
import { consentEventSchema } from '../../../shared/domain/consent';
import { meetingSummarySchema, type MeetingSummary } from '../../../shared/domain/meeting-summary';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { consentsDue } from '../../../shared/rules/home/consents-due';
import { driftAlerts } from '../../../shared/rules/home/drift';
import { reviewsDue } from '../../../shared/rules/home/reviews-due';
import { addDays, addMonths, londonDateOf, startInstant } from '../../../shared/rules/home/window';
import { isPlanOpen } from '../../../shared/rules/plan-status';
import type { TeamAroundDatabase } from '../../../renderer/data/db';
import { carriedActions, group, scalingFor } from '../../../renderer/data/repositories/home-related-reads';
import { readThresholds } from '../../../renderer/data/repositories/home-status';

const REVIEWING = new Set(['first', 'review', 'closing']);

function readSummaries(rows: readonly unknown[]): MeetingSummary[] {
  return rows.flatMap((row) => {
    const parsed = meetingSummarySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function wholeCaseloadPlanLists(db: TeamAroundDatabase, at: Date) {
  const today = todayInLondon(at);
  const nowMs = at.getTime();
  const limits = await readThresholds(db);
  const from = addDays(today, -91);
  const around = readSummaries(await db.meetingSummaries.where('startsAt').between(from, addDays(today, 92), true, false).toArray());
  const plans: Plan[] = (await db.plans.toArray()).filter(isPlanOpen);
  const acks = new Set((await db.settings.where('key').startsWith('drift-ack:').toArray()).map((r) => (r.value as { alertId: string }).alertId));
  const live = around.filter((m) => m.status === 'planned');
  const coming = live.filter((m) => startInstant(m.startsAt) >= nowMs);
  const held = live.filter((m) => startInstant(m.startsAt) < nowMs);
  const inWindow = held.filter((m) => REVIEWING.has(m.kind));
  const reviewed = new Set(inWindow.map((m) => m.familyId));
  const earlierFor = plans.filter((p) => !reviewed.has(p.familyId) && p.startDate < from).map((p) => p.familyId);
  const earlier =
    earlierFor.length === 0
      ? []
      : readSummaries(await db.meetingSummaries.where('familyId').anyOf(earlierFor).toArray()).filter(
          (m) => m.status === 'planned' && REVIEWING.has(m.kind) && londonDateOf(m.startsAt) < from,
        );
  const reviewsHeld = [...inWindow, ...earlier];
  const heldReviews = new Map<string, IsoDate[]>();
  for (const m of reviewsHeld) heldReviews.set(m.familyId, [...(heldReviews.get(m.familyId) ?? []), londonDateOf(m.startsAt)]);
  const latestReview = new Map<string, MeetingSummary>();
  for (const m of reviewsHeld) {
    const before = latestReview.get(m.familyId);
    if (!before || startInstant(m.startsAt) > startInstant(before.startsAt)) latestReview.set(m.familyId, m);
  }
  const openFamilies = new Set(plans.map((p) => p.familyId));
  const longPlanFamilies = new Set(plans.filter((p) => addMonths(p.startDate, limits.planOpenMonths) < today).map((p) => p.familyId));
  const [carried, scaling, consentRows] = await Promise.all([
    carriedActions(db, [...latestReview.values()].filter((m) => openFamilies.has(m.familyId) && londonDateOf(m.startsAt) >= from).map((m) => m.id), limits.notDoneReviews),
    scalingFor(db, reviewsHeld.filter((m) => longPlanFamilies.has(m.familyId))),
    db.consentEvents.where('familyId').anyOf([...openFamilies]).toArray(),
  ]);
  const logs = group(
    consentRows.flatMap((r) => {
      const parsed = consentEventSchema.safeParse(r);
      return parsed.success ? [parsed.data as ConsentEvent] : [];
    }),
    (e) => e.familyId,
  );
  return {
    reviews: reviewsDue({ today, plans, heldReviews, reviewPlanned: new Set(coming.filter((m) => m.kind !== 'pre-meeting').map((m) => m.familyId)) }),
    consents: consentsDue({ today, logs }),
    drift: driftAlerts({ today, thresholds: limits, plans, heldReviews, actions: carried, scaling, acknowledged: acks }),
  };
}
