/**
 * Keeps the home status rows (`homeStatus`, decision 0064): for each family with an open plan, the
 * earliest day it could be on home's reviews, consents or drift lists (`homeDueFrom` in
 * shared/rules/home/status.ts). Every writer of what that day depends on (plans, meetings,
 * consent, actions carried forward, the drift thresholds) refreshes the family's row in its own
 * transaction, over `homeStatusTables(db)` as well as its own tables; disposal removes the row; a
 * restore and the version 8 upgrade mark every row to be built again (`HOME_STATUS_PENDING`), and
 * home reads every plan until `buildPendingHomeStatus` has run.
 */
import type { Table } from 'dexie';
import { isOpenStatus, type Action } from '../../../shared/domain/action';
import { consentEventSchema, type ConsentEvent } from '../../../shared/domain/consent';
import { meetingSummarySchema, type MeetingSummary } from '../../../shared/domain/meeting-summary';
import { planSchema, type Plan } from '../../../shared/domain/plan';
import { todayInLondon, type IsoDate } from '../../../shared/rules/dates';
import { DEFAULT_DRIFT_THRESHOLDS, driftThresholdsSchema, type DriftThresholds } from '../../../shared/rules/home/drift';
import { HOME_LOOKBACK_DAYS, homeDueFrom, REVIEWING_KINDS } from '../../../shared/rules/home/status';
import { addDays, londonDateOf } from '../../../shared/rules/home/window';
import { isPlanOpen } from '../../../shared/rules/plan-status';
import type { TeamAroundDatabase } from '../db';
import { rowsByKeys } from './rows-by-keys';

export const THRESHOLDS_KEY = 'drift-thresholds';
/** Present while the rows are still to be built (after the version 8 upgrade, or a restore). */
export const HOME_STATUS_PENDING = 'home-status-pending';

/** The tables a refresh reads and writes: add them to the writer's transaction. */
export function homeStatusTables(db: TeamAroundDatabase): Table[] {
  return [db.homeStatus, db.plans, db.meetingSummaries, db.consentEvents, db.actions, db.settings];
}

/** The area's drift thresholds from their settings row's value, or the defaults. */
export function thresholdsFrom(value: unknown): DriftThresholds {
  const parsed = driftThresholdsSchema.safeParse(value);
  return parsed.success ? parsed.data : DEFAULT_DRIFT_THRESHOLDS;
}

export async function readThresholds(db: TeamAroundDatabase): Promise<DriftThresholds> {
  return thresholdsFrom((await db.settings.get(THRESHOLDS_KEY))?.value);
}

export function readSummaries(rows: readonly unknown[]): MeetingSummary[] {
  return rows.flatMap((row) => {
    const parsed = meetingSummarySchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

/** Plans as the plan schema reads them (rows from before review frequencies get the defaults). */
export function readPlans(rows: readonly unknown[]): Plan[] {
  return rows.flatMap((row) => {
    const parsed = planSchema.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export function readConsent(rows: readonly unknown[]): ConsentEvent[] {
  return rows.flatMap((row) => {
    const parsed = consentEventSchema.safeParse(row);
    return parsed.success ? [parsed.data as ConsentEvent] : [];
  });
}

/** One family's records as stored, for `familyDueFrom`. */
export interface FamilyRecords {
  plans: readonly unknown[];
  meetings: readonly MeetingSummary[];
  consent: readonly unknown[];
  /** The actions of the family's reviews from `today` less HOME_LOOKBACK_DAYS on (others may be given too). */
  actions: ReadonlyArray<Pick<Action, 'meetingId' | 'status' | 'carriedFromId'>>;
}

/** Only a review that can still be the latest one within the look-back matters for carried actions. */
function recentReviews(meetings: readonly MeetingSummary[], today: IsoDate): MeetingSummary[] {
  const from = addDays(today, -HOME_LOOKBACK_DAYS);
  return meetings.filter((m) => m.status === 'planned' && REVIEWING_KINDS.has(m.kind) && londonDateOf(m.startsAt) >= from);
}

/** The family's earliest day on the lists, or null with no open plan: the rows a restore or a rebuild would write. */
export function familyDueFrom(records: FamilyRecords, today: IsoDate, thresholds: DriftThresholds): IsoDate | null {
  const plans = readPlans(records.plans);
  if (!plans.some(isPlanOpen)) return null;
  const reviews = recentReviews(records.meetings, today);
  const carried = new Set(records.actions.filter((a) => isOpenStatus(a.status) && a.carriedFromId).map((a) => a.meetingId));
  const carriedOn = reviews.filter((m) => carried.has(m.id)).map((m) => londonDateOf(m.startsAt));
  return homeDueFrom({ today, thresholds, plans, meetings: records.meetings, consent: readConsent(records.consent), carriedOn });
}

async function dueFromFor(db: TeamAroundDatabase, familyId: string, today: IsoDate, thresholds: DriftThresholds): Promise<IsoDate | null> {
  const plans = await db.plans.where('familyId').equals(familyId).toArray();
  if (!readPlans(plans).some(isPlanOpen)) return null;
  const [meetings, consent] = await Promise.all([
    db.meetingSummaries.where('familyId').equals(familyId).toArray().then(readSummaries),
    db.consentEvents.where('familyId').equals(familyId).toArray(),
  ]);
  const reviews = recentReviews(meetings, today);
  const actions = reviews.length === 0 ? [] : await rowsByKeys(db.actions, 'meetingId', reviews.map((m) => m.id));
  return familyDueFrom({ plans, meetings, consent, actions }, today, thresholds);
}

/** Rewrites these families' rows. Call inside a 'rw' transaction over `homeStatusTables(db)`. */
export async function refreshHomeStatusWithin(db: TeamAroundDatabase, familyIds: Iterable<string>, today: IsoDate): Promise<void> {
  const thresholds = await readThresholds(db);
  for (const familyId of new Set(familyIds)) {
    const dueFrom = await dueFromFor(db, familyId, today, thresholds);
    if (dueFrom === null) await db.homeStatus.delete(familyId);
    else await db.homeStatus.put({ id: familyId, dueFrom });
  }
}

/** Builds every row again (the thresholds changed). Call inside a 'rw' transaction over `homeStatusTables(db)`. */
export async function rebuildHomeStatusWithin(db: TeamAroundDatabase, today: IsoDate): Promise<void> {
  const open = readPlans(await db.plans.toArray()).filter(isPlanOpen).map((p) => p.familyId);
  await db.homeStatus.clear();
  await refreshHomeStatusWithin(db, open, today);
  await db.settings.delete(HOME_STATUS_PENDING);
}

export async function homeStatusPending(db: TeamAroundDatabase): Promise<boolean> {
  return (await db.settings.get(HOME_STATUS_PENDING)) !== undefined;
}

/** After an unlock or a restore: builds the rows if they are marked to be built. */
export async function buildPendingHomeStatus(db: TeamAroundDatabase, now: () => Date): Promise<void> {
  await db.transaction('rw', homeStatusTables(db), async () => {
    if (await homeStatusPending(db)) await rebuildHomeStatusWithin(db, todayInLondon(now()));
  });
}
