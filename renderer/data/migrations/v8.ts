/**
 * Schema version 8: a home status row per family with an open plan (`homeStatus`: the earliest
 * day it could be on home's reviews, consents or drift lists, decision 0064). Working that day out
 * needs today's rules (review due dates, consent state, the area's drift thresholds), which an
 * upgrade must not import, so the upgrade builds no rows: it marks them to be built, and the app
 * builds them after the next unlock (home reads every plan until then). Frozen: never edit.
 */
import type { Transaction } from 'dexie';

/** The settings row that says the home status rows are still to be built. */
export const HOME_STATUS_PENDING_V8 = 'home-status-pending';

export async function upgrade(tx: Transaction): Promise<void> {
  await tx.table('settings').put({ key: HOME_STATUS_PENDING_V8, value: true });
}
