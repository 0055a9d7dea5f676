/**
 * Schema version 6: a summary beside each meeting (when, how long, what kind, whether it is still
 * on), so the home screen reads whole meetings only for what its first screen shows (decision
 * 0057). Frozen: never edit (see README.md).
 */
import type { Transaction } from 'dexie';

const KINDS = new Set(['pre-meeting', 'first', 'review', 'closing']);

/** The summary row as version 6 stores it in `meetingSummaries`. */
export interface MeetingSummaryRowV6 {
  id: string;
  familyId: string;
  kind: string;
  startsAt: string;
  lengthMinutes: number;
  status: 'planned' | 'cancelled';
}

/**
 * A meeting row as versions 2 to 5 stored it: rows written before planning existed have no
 * status (they were held as planned). Null for a row that is not a readable meeting.
 */
export function summariseMeetingV5(row: unknown): MeetingSummaryRowV6 | null {
  if (typeof row !== 'object' || row === null) return null;
  const { id, familyId, kind, startsAt, lengthMinutes, status } = row as Record<string, unknown>;
  if (typeof id !== 'string' || typeof familyId !== 'string' || typeof startsAt !== 'string') return null;
  if (typeof kind !== 'string' || !KINDS.has(kind) || typeof lengthMinutes !== 'number') return null;
  if (status !== undefined && status !== 'planned' && status !== 'cancelled') return null;
  return { id, familyId, kind, startsAt, lengthMinutes, status: status ?? 'planned' };
}

export async function upgrade(tx: Transaction): Promise<void> {
  const summaries = tx.table('meetingSummaries');
  await tx
    .table('meetings')
    .toCollection()
    .each(async (row: unknown) => {
      const summary = summariseMeetingV5(row);
      if (summary) await summaries.put(summary);
    });
}
