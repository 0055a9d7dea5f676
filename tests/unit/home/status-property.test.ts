/**
 * The home status day is never late (decision 0064): for any one family's plans, meetings, consent
 * and actions, worked out on a day W, on no day from W on (before and after the day's meetings) do
 * the home rules list the family before that day. The rules are run day by day on what the whole-
 * caseload read gave them (the window's reviews, else the earlier ones; the latest review's
 * actions and the ones they were carried from).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action, ActionStatus } from '../../../shared/domain/action';
import type { ConsentEvent, ConsentScope } from '../../../shared/domain/consent';
import type { MeetingSummary } from '../../../shared/domain/meeting-summary';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon } from '../../../shared/rules/dates';
import { consentsDue } from '../../../shared/rules/home/consents-due';
import { DEFAULT_DRIFT_THRESHOLDS, driftAlerts, type DriftThresholds } from '../../../shared/rules/home/drift';
import { reviewsDue } from '../../../shared/rules/home/reviews-due';
import { dateOfDay, dayNumber, homeDueFrom, REVIEWING_KINDS } from '../../../shared/rules/home/status';
import { addDays, addMonths, londonDateOf, startInstant } from '../../../shared/rules/home/window';
import { isPlanOpen } from '../../../shared/rules/plan-status';
import { action, consentGiven, plan } from './builders';

const W = '2026-11-01';
const F = 'fam-1';

interface Family {
  plans: Plan[];
  meetings: MeetingSummary[];
  consent: ConsentEvent[];
  actions: Action[];
  thresholds: DriftThresholds;
}

/** Whether the rules list the family at `now`, given what the whole-caseload read would have read. */
function listedAt(family: Family, now: Date): boolean {
  const today = todayInLondon(now);
  const nowMs = now.getTime();
  const from = addDays(today, -91);
  const to = addDays(today, 92);
  const plans = family.plans.filter(isPlanOpen);
  if (plans.length === 0) return false;
  const live = family.meetings.filter((m) => m.status === 'planned');
  const around = live.filter((m) => m.startsAt >= from && m.startsAt < to);
  const coming = around.filter((m) => startInstant(m.startsAt) >= nowMs);
  const inWindow = around.filter((m) => startInstant(m.startsAt) < nowMs && REVIEWING_KINDS.has(m.kind));
  const earlier =
    inWindow.length === 0 && plans.some((p) => p.startDate < from) ? live.filter((m) => REVIEWING_KINDS.has(m.kind) && londonDateOf(m.startsAt) < from) : [];
  const reviewsHeld = [...inWindow, ...earlier];
  const heldReviews = new Map([[F, reviewsHeld.map((m) => londonDateOf(m.startsAt))]]);
  let latest: MeetingSummary | undefined;
  for (const m of reviewsHeld) if (!latest || startInstant(m.startsAt) > startInstant(latest.startsAt)) latest = m;
  const byId = new Map(family.actions.map((a) => [a.id, a]));
  const carried: Action[] = [];
  if (latest && londonDateOf(latest.startsAt) >= from) {
    const at = family.actions.filter((a) => a.meetingId === latest.id);
    carried.push(...at);
    let frontier = at.filter((a) => (a.status === 'not-started' || a.status === 'in-progress') && a.carriedFromId);
    for (let i = 0; i < family.thresholds.notDoneReviews && frontier.length > 0; i++) {
      const next = frontier.flatMap((a) => (a.carriedFromId && !carried.some((c) => c.id === a.carriedFromId) ? [byId.get(a.carriedFromId)] : [])).filter((a): a is Action => a !== undefined);
      carried.push(...next);
      frontier = next.filter((a) => a.carriedFromId);
    }
  }
  const reviews = reviewsDue({ today, plans, heldReviews, reviewPlanned: new Set(coming.filter((m) => m.kind !== 'pre-meeting').map((m) => m.familyId)) });
  const consents = consentsDue({ today, logs: new Map([[F, family.consent]]) });
  const drift = driftAlerts({ today, thresholds: family.thresholds, plans, heldReviews, actions: carried, scaling: new Map(), acknowledged: new Set() });
  return reviews.length + consents.length + drift.length > 0;
}

const SCOPES: ConsentScope[] = [{ type: 'early-help' }, { type: 'share', recipient: { kind: 'agency', agency: 'School' }, purpose: '' }];
const day = (offset: number) => dateOfDay(dayNumber(W) + offset);
const stamp = (offset: number, hour: number) => `${day(offset)}T${String(hour).padStart(2, '0')}:00:00+00:00[Europe/London]`;

const familyArb = fc
  .record({
    plans: fc.array(
      fc.record({
        back: fc.integer({ min: 0, max: 300 }),
        count: fc.integer({ min: 1, max: 10 }),
        unit: fc.constantFrom('weeks' as const, 'months' as const),
        next: fc.option(fc.integer({ min: 1, max: 200 })),
        closed: fc.boolean(),
      }),
      { minLength: 1, maxLength: 2 },
    ),
    meetings: fc.array(
      fc.record({
        offset: fc.integer({ min: -300, max: 150 }),
        hour: fc.integer({ min: 0, max: 23 }),
        kind: fc.constantFrom('pre-meeting' as const, 'first' as const, 'review' as const, 'review' as const, 'closing' as const),
        cancelled: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    consent: fc.array(
      fc.record({ offset: fc.integer({ min: -200, max: 60 }), review: fc.option(fc.integer({ min: 1, max: 200 })), scope: fc.integer({ min: 0, max: 1 }), withdrawn: fc.boolean() }),
      { maxLength: 3 },
    ),
    actions: fc.array(fc.record({ meeting: fc.nat(7), status: fc.constantFrom<ActionStatus>('not-started', 'in-progress', 'done', 'not-done'), from: fc.option(fc.nat(5)) }), { maxLength: 6 }),
    thresholds: fc.record({ notDoneReviews: fc.integer({ min: 2, max: 3 }), reviewMarginDays: fc.integer({ min: 0, max: 30 }), planOpenMonths: fc.integer({ min: 1, max: 12 }) }),
  })
  .map(({ plans, meetings, consent, actions, thresholds }): Family => {
    const summaries: MeetingSummary[] = meetings.map((m, i) => ({ id: `m${i}`, familyId: F, kind: m.kind, startsAt: stamp(m.offset, m.hour), lengthMinutes: 60, status: m.cancelled ? 'cancelled' : 'planned' }));
    return {
      plans: plans.map((p, i) => {
        const start = day(-p.back);
        const history: Plan['statusHistory'] = [{ status: 'active', on: start, reason: '', recordedBy: 'Lee' }];
        if (p.closed) history.push({ status: 'closed', on: start, reason: 'Done', recordedBy: 'Lee' });
        return plan(`p${i}`, { startDate: start, reviewFrequency: { count: p.count, unit: p.unit }, nextReviewDate: p.next === null ? null : addDays(start, p.next), statusHistory: history });
      }),
      meetings: summaries,
      consent: consent.map((c, i) => {
        const given = consentGiven(`c${i}`, day(c.offset), c.review === null ? null : day(c.offset + c.review), { scope: SCOPES[c.scope] ?? { type: 'early-help' } });
        return c.withdrawn ? ({ ...given, kind: 'withdrawn', how: null } as ConsentEvent) : given;
      }),
      actions: actions.flatMap((a, i) => {
        const m = summaries[a.meeting % Math.max(1, summaries.length)];
        return m ? [action(`a${i}`, { meetingId: m.id, status: a.status, carriedFromId: a.from === null ? null : `a${a.from}` })] : [];
      }),
      thresholds,
    };
  });

/** What the status row is built from (home-status.ts): the reviews' carried actions, as dates. */
function dueFrom(family: Family): string | null {
  const from = addDays(W, -91);
  const carried = new Set(family.actions.filter((a) => (a.status === 'not-started' || a.status === 'in-progress') && a.carriedFromId).map((a) => a.meetingId));
  const carriedOn = family.meetings
    .filter((m) => m.status === 'planned' && REVIEWING_KINDS.has(m.kind) && londonDateOf(m.startsAt) >= from && carried.has(m.id))
    .map((m) => londonDateOf(m.startsAt));
  return homeDueFrom({ today: W, thresholds: family.thresholds, plans: family.plans, meetings: family.meetings, consent: family.consent, carriedOn });
}

describe('home status day (property)', () => {
  it('is never later than the first day the rules list the family, before or after any meeting that day', () => {
    let listedDays = 0;
    let quietDays = 0;
    fc.assert(
      fc.property(familyArb, (family) => {
        const due = dueFrom(family);
        for (let offset = 0; offset <= 120; offset++) {
          for (const hour of [0, 23]) {
            const listed = listedAt(family, new Date(`${day(offset)}T${String(hour).padStart(2, '0')}:30:00Z`));
            if (!listed) {
              quietDays += 1;
              continue;
            }
            listedDays += 1;
            const on = todayInLondon(new Date(`${day(offset)}T${String(hour).padStart(2, '0')}:30:00Z`));
            expect(due !== null && due <= on, `listed on ${on} (${hour}:30) but due from ${due}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
    expect(listedDays).toBeGreaterThan(1000);
    expect(quietDays).toBeGreaterThan(1000);
  }, 90_000);

  it('leaves a family that is up to date off the lists until its next review is near', () => {
    // The default thresholds; reviewed on its dates, the next one planned: due from two weeks before the one after.
    const family: Family = {
      plans: [plan('p0', { startDate: '2026-09-01' })],
      meetings: [
        { id: 'm0', familyId: F, kind: 'first', startsAt: stamp(-61, 10), lengthMinutes: 60, status: 'planned' },
        { id: 'm1', familyId: F, kind: 'review', startsAt: stamp(-19, 10), lengthMinutes: 60, status: 'planned' },
        { id: 'm2', familyId: F, kind: 'review', startsAt: stamp(23, 10), lengthMinutes: 60, status: 'planned' },
      ],
      consent: [],
      actions: [],
      thresholds: DEFAULT_DRIFT_THRESHOLDS,
    };
    expect(dueFrom(family)).toBe(addDays(addDays(day(23), 42), -14));
    expect(addMonths('2026-09-01', 6) > addDays(day(23), 28)).toBe(true);
  });
});
