/**
 * The home screen's read model: what needs doing, read through indexes and limits so it stays
 * fast with 2,000 families, 20,000 meetings and 200,000 actions. The rules in shared/rules/home
 * decide what goes on each list; this file only fetches what they need:
 *
 * - meeting summaries (`meetingSummaries`, a few dozen bytes each, written with every meeting) by
 *   their start (`startsAt` index) for the next two weeks, and the held ones of the last thirteen
 *   weeks whose minutes are still open (`[minutesOpen+startsAt]`, 0066). Whole meetings are read
 *   only for the next two weeks, the one list that shows what is in them (decision 0057);
 * - for those meetings only: their briefings (`meetingId`) and audit entries (`familyId`), for
 *   invitations sent and briefings asked for;
 * - for those held meetings only: their minutes (`meetingId`). The
 *   minutes-waiting list is then shown a page at a time (the oldest MINUTES_SHOWN) with its count;
 * - open actions due by Sunday (`[isOpen+dueDate]`), at most ACTION_LIMIT;
 *   with the actions agreed at each one's latest review (`meetingId`), and the actions they were
 *   carried from (by key), for the "not done at two reviews" alert;
 * - reviews due, consents due and drift alerts: only for the families whose home status row
 *   (`homeStatus`, by its `dueFrom` index) says they could be on one of those lists today: their
 *   plans, meeting summaries and consent logs by `familyId` (home-plan-lists.ts, decision 0064);
 * - drafts (at most DRAFT_LIMIT), with the few plans, meetings and minutes they name, by key.
 *
 * Drift acknowledgements and the area's thresholds are kept in the settings table (no schema
 * change): `drift-ack:<family id>:<alert id>` and `drift-thresholds`. Disposal of a family removes
 * its acknowledgements with it.
 */
import Dexie from 'dexie';
import type { Validated } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';
import { readMeeting, type PlannedMeeting } from '../../../shared/domain/meeting';
import type { MeetingSummary } from '../../../shared/domain/meeting-summary';
import { readMinutesRow } from '../../../shared/domain/minutes';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { actionsDue, type ActionsByOwner } from '../../../shared/rules/home/actions-due';
import type { ConsentDueItem } from '../../../shared/rules/home/consents-due';
import { draftReferences, draftsLeft, type DraftLeftItem } from '../../../shared/rules/home/drafts-left';
import { driftThresholdsSchema, type Acknowledgement, type DriftAlert, type DriftThresholds } from '../../../shared/rules/home/drift';
import { meetingsSoon, type MeetingSoonItem } from '../../../shared/rules/home/meetings-soon';
import { minutesWaiting, type MinutesWaitingItem } from '../../../shared/rules/home/minutes-waiting';
import type { ReviewDueItem } from '../../../shared/rules/home/reviews-due';
import { HOME_LOOKBACK_DAYS } from '../../../shared/rules/home/status';
import { addDays, endOfWeek, LOOK_AHEAD_DAYS, londonDateOf, startInstant } from '../../../shared/rules/home/window';
import type { TeamAroundDatabase } from '../db';
import { toStorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { planLists } from './home-plan-lists';
import { fromActionRow, minutesFor, preparationFor } from './home-related-reads';
import { minutesOpenPending } from './minutes-open';
import { homeStatusPending, homeStatusTables, readSummaries, readThresholds, rebuildHomeStatusWithin, THRESHOLDS_KEY } from './home-status';

/** Open actions read for "overdue and due this week"; the screen says when there are more. */
export const ACTION_LIMIT = 300;
export const DRAFT_LIMIT = 100;
export const ACKNOWLEDGED_SHOWN = 20;
/** Minutes waiting shown until the chair asks for them all: the oldest, which have waited longest. */
export const MINUTES_SHOWN = 20;
/** How far back held meetings are looked at for minutes still waiting. */
export const MINUTES_LOOKBACK_DAYS = HOME_LOOKBACK_DAYS;

const ACK_PREFIX = 'drift-ack:';
const ackKey = (familyId: string, alertId: string) => `${ACK_PREFIX}${familyId}:${alertId}`;

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

export function createHomeRepository(
  db: TeamAroundDatabase,
  deps: { audit: AuditRepository; actorName: () => Promise<string> },
  now: () => Date = () => new Date(),
): HomeRepository {
  const thresholds = () => readThresholds(db);

  /**
   * The coming meetings of the next two weeks, and the held ones of the look-back whose minutes
   * could be waiting: by the `[minutesOpen+startsAt]` index (0066), or every held meeting of the
   * window while the flags are still to be worked out after the upgrade.
   */
  async function meetingsAround(today: IsoDate): Promise<{ coming: MeetingSummary[]; held: MeetingSummary[] }> {
    // startsAt begins with the London date, so date strings bound the range.
    const from = addDays(today, -MINUTES_LOOKBACK_DAYS);
    const to = addDays(today, LOOK_AHEAD_DAYS + 1);
    if (await minutesOpenPending(db)) {
      const around = readSummaries(await db.meetingSummaries.where('startsAt').between(from, to, true, false).toArray());
      return { coming: around, held: around };
    }
    const tomorrow = addDays(today, 1);
    const [coming, held] = await Promise.all([
      db.meetingSummaries.where('startsAt').between(today, to, true, false).toArray(),
      db.meetingSummaries.where('[minutesOpen+startsAt]').between([1, from], [1, tomorrow], true, false).toArray(),
    ]);
    return { coming: readSummaries(coming), held: readSummaries(held) };
  }

  /** The whole meetings, for the few the first screen shows in full. */
  async function wholeMeetings(summaries: readonly MeetingSummary[]): Promise<PlannedMeeting[]> {
    return (await db.meetings.bulkGet(summaries.map((m) => m.id))).flatMap((row) => {
      const m = row ? readMeeting(row) : null;
      return m ? [m] : [];
    });
  }

  /** The families that could be on the plan lists today, or null (every open plan) while the rows are still to be built. */
  async function candidateFamilies(today: IsoDate): Promise<string[] | null> {
    const [pending, ids] = await Promise.all([homeStatusPending(db), db.homeStatus.where('dueFrom').belowOrEqual(today).primaryKeys()]);
    return pending ? null : ids;
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
      // The home status rows depend on the thresholds: all are built again with them (0064).
      await storageWork(() => db.transaction('rw', [...homeStatusTables(db), db.audit], async () => {
        await db.settings.put({ key: THRESHOLDS_KEY, value: parsed.data });
        await rebuildHomeStatusWithin(db, todayInLondon(now()));
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
        const [limits, around, candidates, actionRows, draftItems, acks, anyFamily] = await Promise.all([
          thresholds(),
          meetingsAround(today),
          candidateFamilies(today),
          openDueBy(today)
            .limit(ACTION_LIMIT + 1)
            .toArray(),
          drafts(),
          acknowledgements(),
          db.familySummaries.limit(1).count(),
        ]);
        const coming = around.coming.filter((m) => m.status === 'planned' && startInstant(m.startsAt) >= nowMs);
        const soonLimit = addDays(today, LOOK_AHEAD_DAYS);
        const comingSoon = coming.filter((m) => londonDateOf(m.startsAt) <= soonLimit);
        const minutesFrom = addDays(today, -MINUTES_LOOKBACK_DAYS);
        const recentHeld = around.held.filter((m) => m.status === 'planned' && startInstant(m.startsAt) < nowMs && londonDateOf(m.startsAt) >= minutesFrom);

        const soonMeetings = await wholeMeetings(comingSoon);
        const [preparation, minutes, perPlan] = await Promise.all([
          preparationFor(db, soonMeetings),
          minutesFor(db, recentHeld.filter((m) => m.kind !== 'pre-meeting').map((m) => m.id)),
          planLists(db, { candidates, today, nowMs, thresholds: limits, acknowledged: new Set(acks.map((a) => a.alertId)) }),
        ]);
        const actionList = actionRows.slice(0, ACTION_LIMIT).map(fromActionRow);
        const minutesAll = minutesWaiting({ now: nowIso, meetings: recentHeld, minutes });

        const lists: Omit<HomeLists, 'familyNames'> = {
          today,
          meetings: meetingsSoon({ now: nowIso, today, meetings: soonMeetings, preparation }),
          minutes: options.allMinutes ? minutesAll : minutesAll.slice(0, MINUTES_SHOWN),
          minutesWaiting: minutesAll.length,
          actions: actionsDue({ today, actions: actionList }),
          moreActions: actionRows.length > ACTION_LIMIT,
          reviews: perPlan.reviews,
          consents: perPlan.consents,
          drafts: draftItems,
          drift: perPlan.drift,
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
