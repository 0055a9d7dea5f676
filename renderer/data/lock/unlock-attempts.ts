/**
 * Failed unlocks are kept in the keyring database, in the same row as the key envelope (the
 * encrypted database cannot be written while locked), so the wait between attempts and the record
 * of each attempt survive a reload. At every successful unlock the total seen so far is written,
 * sealed with the data key, into the encrypted database in the same transaction as the audit
 * entries; the next unlock compares the two. What this does and does not stop is in the decision
 * record on failed unlocks.
 */
import type { FailedUnlocks } from '../crypto/keyring-store';
import { MAX_FAILURE_TIMES } from '../crypto/keyring-store';

/** The settings row (sealed with the data key) holding the failed-unlock total seen at the last unlock. */
export const FAILURES_SEEN_KEY = 'failed-unlocks-seen';

export interface FailuresSeen {
  total: number;
}

export function readFailuresSeen(value: unknown): FailuresSeen | null {
  if (typeof value !== 'object' || value === null) return null;
  const { total } = value as Record<string, unknown>;
  return Number.isSafeInteger(total) && (total as number) >= 0 ? { total: total as number } : null;
}

export type FailureRecordCheck = { ok: true } | { ok: false; reason: 'count-lowered' | 'times-removed' };

/**
 * Whether the failed unlocks kept beside the envelope still agree with the total sealed at the last
 * unlock: the total may only have gone up, and by exactly the number of times kept since.
 */
export function checkFailureRecord(current: FailedUnlocks, seen: FailuresSeen | null): FailureRecordCheck {
  if (seen === null) return { ok: true };
  if (current.total < seen.total) return { ok: false, reason: 'count-lowered' };
  const since = current.total - seen.total;
  if (current.times.length !== Math.min(since, MAX_FAILURE_TIMES)) return { ok: false, reason: 'times-removed' };
  return { ok: true };
}

/** The unlock screen's wait: failures since the last unlock and the time of the latest. */
export function pendingFrom(failures: FailedUnlocks): { failures: number; lastFailureAt: number } {
  const last = failures.times[failures.times.length - 1];
  return { failures: failures.times.length, lastFailureAt: last ? Date.parse(last) : 0 };
}
