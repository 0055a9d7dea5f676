/**
 * Schema version 8: a home status row per family with an open plan (`homeStatus`: the earliest
 * day it could be on home's reviews, consents or drift lists, decision 0064), and a flag on each
 * meeting summary saying its minutes could be waiting (`[minutesOpen+startsAt]`, decision 0066).
 * Working the day out needs today's rules (review due dates, consent state, the area's drift
 * thresholds), which an upgrade must not import, and the flag needs the minutes, which are sealed
 * here, so the upgrade builds neither: it marks both to be built, and the app builds them after
 * the next unlock (home reads every plan and every held meeting's minutes until then). Frozen:
 * never edit.
 */
import type { Transaction } from 'dexie';

/** The settings row that says the home status rows are still to be built. */
export const HOME_STATUS_PENDING_V8 = 'home-status-pending';
/** The settings row that says the summaries' minutes flags are still to be worked out. */
export const MINUTES_OPEN_PENDING_V8 = 'minutes-open-pending';

export async function upgrade(tx: Transaction): Promise<void> {
  await tx.table('settings').put({ key: HOME_STATUS_PENDING_V8, value: true });
  await tx.table('settings').put({ key: MINUTES_OPEN_PENDING_V8, value: true });
}
