/**
 * The home screen's read model: what needs doing, read through indexes and limits so it stays
 * fast with 2,000 families, 20,000 meetings and 200,000 actions. The rules in shared/rules/home
 * decide what goes on each list; this file only fetches what they need:
 *
 * - meeting summaries (`meetingSummaries`, a few dozen bytes each, written with every meeting) by
 *   their start (`startsAt` index), thirteen weeks back and ahead: the coming meetings, the held
 *   ones whose minutes may be waiting, and the reviews held; only for an open plan with no review
 *   in that window are the family's earlier summaries read (`familyId`), to find its last review
 *   (few families: those whose plans are drifting). Whole meetings are read only for the next two
 *   weeks, the one list that shows what is in them (decision 0057);
 * - for those meetings only: their briefings (`meetingId`) and audit entries (`familyId`), for
 *   invitations sent and briefings asked for;
 * - for the held meetings of the last thirteen weeks only: their minutes (`meetingId`). The
 *   minutes-waiting list is then shown a page at a time (the oldest MINUTES_SHOWN) with its count;
 * - open actions due by Sunday (`[isOpen+dueDate]`), at most ACTION_LIMIT;
 * - actions agreed at each family's latest review (`meetingId`), and the actions they were carried
 *   from (by key), for the "not done at two reviews" alert;
 * - plans: one row per episode of early help, read whole (no index can say when a review is due,
 *   since that depends on the last review held); consent logs only for families with an open plan;
 * - drafts (at most DRAFT_LIMIT), with the few plans, meetings and minutes they name, by key.
 *
 * Drift acknowledgements and the area's thresholds are kept in the settings table (no schema
 * change): `drift-ack:<family id>:<alert id>` and `drift-thresholds`. Disposal of a family removes
 * its acknowledgements with it.
 */
import Dexie from 'dexie';
import { consentEventSchema, type ConsentEvent } from '../../../shared/domain/consent';
import type { Validated } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import { readMeeting, type PlannedMeeting } from '../../../shared/domain/meeting';
import { meetingSummarySchema, type MeetingSummary } from '../../../shared/domain/meeting-summary';
import { readMinutesRow } from '../../../shared/domain/minutes';
import type { Plan } from '../../../shared/domain/plan';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { actionsDue, type ActionsByOwner } from '../../../shared/rules/home/actions-due';
import { consentsDue, type ConsentDueItem } from '../../../shared/rules/home/consents-due';
import { draftReferences, draftsLeft, type DraftLeftItem } from '../../../shared/rules/home/drafts-left';
import {
  DEFAULT_DRIFT_THRESHOLDS,
  driftAlerts,
  driftThresholdsSchema,
  type Acknowledgement,
  type DriftAlert,
  type DriftThresholds,
} from '../../../shared/rules/home/drift';
import { meetingsSoon, type MeetingSoonItem } from '../../../shared/rules/home/meetings-soon';
import { minutesWaiting, type MinutesWaitingItem } from '../../../shared/rules/home/minutes-waiting';
import { reviewsDue, type ReviewDueItem } from '../../../shared/rules/home/reviews-due';
import { addDays, addMonths, endOfWeek, londonDateOf, startInstant } from '../../../shared/rules/home/window';
import { isPlanOpen } from '../../../shared/rules/plan-status';
import type { TeamAroundDatabase } from '../db';
import { toStorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { carriedActions, fromActionRow, group, minutesFor, preparationFor, scalingFor } from './home-related-reads';

/** Open actions read for "overdue and due this week"; the screen says when there are more. */
export const ACTION_LIMIT = 300;
export const DRAFT_LIMIT = 100;
export const ACKNOWLEDGED_SHOWN = 20;
/** Minutes waiting shown until the chair asks for them all: the oldest, which have waited longest. */
export const MINUTES_SHOWN = 20;
/** How far back held meetings are looked at for minutes still waiting. */
export const MINUTES_LOOKBACK_DAYS = 91;
/** How far ahead meetings are read, so a review planned later than two weeks still counts as planned. */
export const PLANNED_LOOKAHEAD_DAYS = 91;

const THRESHOLDS_KEY = 'drift-thresholds';
const ACK_PREFIX = 'drift-ack:';
const ackKey = (familyId: string, alertId: string) => `${ACK_PREFIX}${familyId}:${alertId}`;

/** Kinds of meeting at which the plan is reviewed (the first meeting makes it). */
const REVIEWING = new Set(['first', 'review', 'closing']);

export interface HomeLists {
  today: IsoDate;
  /** Family names for every family on the lists. */
  familyNames: Record<string, string>;
  meetings: MeetingSoonItem[];
  /** The oldest MINUTES_SHOWN minutes waiting, or all of them when asked for. */
  minutes: MinutesWaitingItem[];
  /** How many minutes are waiting in all. */
  minutesWaiting: number;
  actions: ActionsByOwner[];
  /** True when more open actions were due than were read (`actionsDueCount` says how many). */
  moreActions: boolean;
  reviews: ReviewDueItem[];
  consents: ConsentDueItem[];
  drafts: DraftLeftItem[];
  drift: DriftAlert[];
  /** Acknowledged alerts, newest first (at most ACKNOWLEDGED_SHOWN), with their notes. */
  acknowledged: AcknowledgedAlert[];
  thresholds: DriftThresholds;
  /** False until the first family is added: home then starts a new chair off. */
  hasFamilies: boolean;
}

export interface HomeRepository {
  /** Everything the home screen lists, as on `now`; `allMinutes` lists every minutes waiting, not only the oldest. */
  lists(options?: { allMinutes?: boolean }): Promise<HomeLists>;
  /**
   * How many open actions are due by Sunday, counted through the index (no record is read). Kept
   * out of `lists()`: the count grows with the caseload, so the screen asks for it only when there
   * are more than ACTION_LIMIT, after the lists are drawn (0057).
   */
  actionsDueCount(): Promise<number>;
  thresholds(): Promise<DriftThresholds>;
  saveThresholds(input: unknown): Promise<Validated<DriftThresholds>>;
  /** Keeps the note with the alert (never in the audit trail, which says only that it happened). */
  acknowledge(alert: Pick<DriftAlert, 'id' | 'familyId' | 'rule' | 'finding'>, note: string): Promise<Validated<AcknowledgedAlert>>;
}

/** An acknowledgement as kept: with the alert's words, so the list can say what was acknowledged. */
export interface AcknowledgedAlert extends Acknowledgement {
  familyId: string;
  rule: string;
  finding: string;
}
type AckRow = AcknowledgedAlert;

function readAck(value: unknown): AckRow | null {
  if (typeof value !== 'object' || value === null) return null;
  const { alertId, familyId, note, at, by, rule, finding } = value as Record<string, unknown>;
  if (typeof alertId !== 'string' || typeof familyId !== 'string' || typeof note !== 'string' || typeof at !== 'string') return null;
  if (typeof by !== 'string' || typeof rule !== 'string' || typeof finding !== 'string') return null;
  return { alertId, familyId, note, at, by, rule, finding };
}

function readSummaries(rows: readonly unknown[]): MeetingSummary[] {
  return rows.flatMap((row) => {
    const parsed = meetingSummarySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export function createHomeRepository(
  db: TeamAroundDatabase,
  deps: { audit: AuditRepository; actorName: () => Promise<string> },
  now: () => Date = () => new Date(),
): HomeRepository {
  async function thresholds(): Promise<DriftThresholds> {
    const row = await db.settings.get(THRESHOLDS_KEY);
    const parsed = driftThresholdsSchema.safeParse(row?.value);
    return parsed.success ? parsed.data : DEFAULT_DRIFT_THRESHOLDS;
  }

  async function meetingsAround(today: IsoDate): Promise<MeetingSummary[]> {
    // startsAt begins with the London date, so date strings bound the range.
    const from = addDays(today, -MINUTES_LOOKBACK_DAYS);
    const to = addDays(today, PLANNED_LOOKAHEAD_DAYS + 1);
    return readSummaries(await db.meetingSummaries.where('startsAt').between(from, to, true, false).toArray());
  }

  /** The whole meetings, for the few the first screen shows in full. */
  async function wholeMeetings(summaries: readonly MeetingSummary[]): Promise<PlannedMeeting[]> {
    return (await db.meetings.bulkGet(summaries.map((m) => m.id))).flatMap((row) => {
      const m = row ? readMeeting(row) : null;
      return m ? [m] : [];
    });
  }

  /** Held reviews before the window, for open plans with none in it. */
  async function earlierReviews(familyIds: readonly string[], before: IsoDate): Promise<MeetingSummary[]> {
    if (familyIds.length === 0) return [];
    const rows = readSummaries(await db.meetingSummaries.where('familyId').anyOf([...familyIds]).toArray());
    return rows.filter((m) => m.status === 'planned' && REVIEWING.has(m.kind) && londonDateOf(m.startsAt) < before);
  }

  async function drafts(): Promise<DraftLeftItem[]> {
    const rows = await db.drafts.limit(DRAFT_LIMIT).toArray();
    const refs = draftReferences(rows.map((r) => r.key));
    const [plans, meetings, minutes] = await Promise.all([db.plans.bulkGet(refs.planIds), db.meetingSummaries.bulkGet(refs.meetingIds), db.minutes.bulkGet(refs.minutesIds)]);
    const minutesMeeting = new Map<string, { familyId: string; meetingId: string }>();
    for (const m of minutes) {
      const row = m ? readMinutesRow(m) : null;
      if (row) minutesMeeting.set(row.id, { familyId: row.familyId, meetingId: row.meetingId });
    }
    return draftsLeft({
      drafts: rows.map((r) => ({ key: r.key, savedAt: r.savedAt })),
      lookups: {
        planFamily: new Map(plans.flatMap((p) => (p ? [[p.id, p.familyId] as const] : []))),
        meetingFamily: new Map(meetings.flatMap((m) => (m ? [[m.id, m.familyId] as const] : []))),
        minutesMeeting,
      },
    });
  }

  async function acknowledgements(): Promise<AckRow[]> {
    const rows = await db.settings.where('key').startsWith(ACK_PREFIX).toArray();
    return rows.flatMap((r) => {
      const ack = readAck(r.value);
      return ack ? [ack] : [];
    });
  }

  /** Open actions due by the end of the week that has `today` in it. */
  const openDueBy = (today: IsoDate) => db.actions.where('[isOpen+dueDate]').between([1, Dexie.minKey], [1, endOfWeek(today)], true, true);

  return {
    thresholds,
    async actionsDueCount() {
      try {
        return await openDueBy(todayInLondon(now())).count();
      } catch (error) {
        throw toStorageError(error);
      }
    },
    async saveThresholds(input) {
      const parsed = driftThresholdsSchema.safeParse(input);
      if (!parsed.success) return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
      await storageWork(() => db.transaction('rw', db.settings, db.audit, async () => {
        await db.settings.put({ key: THRESHOLDS_KEY, value: parsed.data });
        await deps.audit.appendWithin({ action: 'update', recordType: 'settings', recordId: THRESHOLDS_KEY });
      }));
      return { ok: true, value: parsed.data };
    },
    async acknowledge(alert, note) {
      const text = note.trim();
      if (text === '') return { ok: false, errors: [{ path: 'note', message: 'Write a note saying why, or what is being done' }] };
      if (text.length > 2000) return { ok: false, errors: [{ path: 'note', message: 'The note must be 2,000 characters or fewer' }] };
      const ack: AckRow = { alertId: alert.id, familyId: alert.familyId, rule: alert.rule, finding: alert.finding, note: text, at: now().toISOString(), by: await deps.actorName() };
      await storageWork(() => db.transaction('rw', db.settings, db.audit, async () => {
        await db.settings.put({ key: ackKey(alert.familyId, alert.id), value: ack });
        await deps.audit.appendWithin({ action: 'create', recordType: 'drift-acknowledgement', recordId: alert.id, familyId: alert.familyId });
      }));
      return { ok: true, value: ack };
    },
    async lists(options = {}) {
      try {
        const at = now();
        const nowIso = at.toISOString();
        const today = todayInLondon(at);
        const nowMs = at.getTime();
        const [limits, around, plansAll, actionRows, draftItems, acks, anyFamily] = await Promise.all([
          thresholds(),
          meetingsAround(today),
          db.plans.toArray(),
          openDueBy(today)
            .limit(ACTION_LIMIT + 1)
            .toArray(),
          drafts(),
          acknowledgements(),
          db.familySummaries.limit(1).count(),
        ]);
        const plans: Plan[] = plansAll.filter(isPlanOpen);
        const live = around.filter((m) => m.status === 'planned');
        const coming = live.filter((m) => startInstant(m.startsAt) >= nowMs);
        const soonLimit = addDays(today, 14);
        const comingSoon = coming.filter((m) => londonDateOf(m.startsAt) <= soonLimit);
        const held = live.filter((m) => startInstant(m.startsAt) < nowMs);
        const minutesFrom = addDays(today, -MINUTES_LOOKBACK_DAYS);
        const recentHeld = held.filter((m) => londonDateOf(m.startsAt) >= minutesFrom);
        const inWindow = held.filter((m) => REVIEWING.has(m.kind));
        const reviewed = new Set(inWindow.map((m) => m.familyId));
        const reviewsHeld = [...inWindow, ...(await earlierReviews(plans.filter((p) => !reviewed.has(p.familyId) && p.startDate < minutesFrom).map((p) => p.familyId), minutesFrom))];
        const heldReviews = new Map<string, IsoDate[]>();
        for (const m of reviewsHeld) heldReviews.set(m.familyId, [...(heldReviews.get(m.familyId) ?? []), londonDateOf(m.startsAt)]);
        const latestReview = new Map<string, MeetingSummary>();
        for (const m of reviewsHeld) {
          const before = latestReview.get(m.familyId);
          if (!before || startInstant(m.startsAt) > startInstant(before.startsAt)) latestReview.set(m.familyId, m);
        }
        const openFamilies = new Set(plans.map((p) => p.familyId));
        const longPlanFamilies = new Set(plans.filter((p) => addMonths(p.startDate, limits.planOpenMonths) < today).map((p) => p.familyId));

        const soonMeetings = await wholeMeetings(comingSoon);
        const [preparation, minutes, carried, scaling, consentRows] = await Promise.all([
          preparationFor(db, soonMeetings),
          minutesFor(db, recentHeld.filter((m) => m.kind !== 'pre-meeting').map((m) => m.id)),
          carriedActions(db, [...latestReview.values()].filter((m) => openFamilies.has(m.familyId) && londonDateOf(m.startsAt) >= minutesFrom).map((m) => m.id), limits.notDoneReviews),
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
        const actionList = actionRows.slice(0, ACTION_LIMIT).map(fromActionRow);
        const minutesAll = minutesWaiting({ now: nowIso, meetings: recentHeld, minutes });

        const lists: Omit<HomeLists, 'familyNames'> = {
          today,
          meetings: meetingsSoon({ now: nowIso, today, meetings: soonMeetings, preparation }),
          minutes: options.allMinutes ? minutesAll : minutesAll.slice(0, MINUTES_SHOWN),
          minutesWaiting: minutesAll.length,
          actions: actionsDue({ today, actions: actionList }),
          moreActions: actionRows.length > ACTION_LIMIT,
          reviews: reviewsDue({ today, plans, heldReviews, reviewPlanned: new Set(coming.filter((m) => m.kind !== 'pre-meeting').map((m) => m.familyId)) }),
          consents: consentsDue({ today, logs }),
          drafts: draftItems,
          drift: driftAlerts({ today, thresholds: limits, plans, heldReviews, actions: carried, scaling, acknowledged: new Set(acks.map((a) => a.alertId)) }),
          acknowledged: acks.sort((a, b) => b.at.localeCompare(a.at)).slice(0, ACKNOWLEDGED_SHOWN),
          thresholds: limits,
          hasFamilies: anyFamily > 0,
        };
        const familyIds = new Set<string>([
          ...lists.meetings.map((i) => i.familyId),
          ...lists.minutes.map((i) => i.familyId),
          ...lists.actions.flatMap((g) => g.items.map((i) => i.familyId)),
          ...lists.reviews.map((i) => i.familyId),
          ...lists.consents.map((i) => i.familyId),
          ...lists.drafts.flatMap((i) => (i.familyId ? [i.familyId] : [])),
          ...lists.drift.map((i) => i.familyId),
          ...lists.acknowledged.map((i) => i.familyId),
        ]);
        const summaries = await db.familySummaries.bulkGet([...familyIds]);
        const familyNames: Record<string, string> = {};
        for (const s of summaries) if (s) familyNames[s.id] = s.familyName;
        return { ...lists, familyNames };
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
