/**
 * The audit trail across a restore. The restored backup brings its own log; the entries this
 * computer made that the backup does not hold (found by hash) are written again after it, in their
 * original order with their original time, person, action and record, and the restore itself comes
 * last. A backup made on this computer shares the log up to the moment it was made, so those entries
 * follow on exactly as they were (same numbers, same hashes); from anywhere else they are chained
 * anew. Nothing made before the restore is lost, and the whole result verifies as one chain.
 */
import { appendEntry, chainTip, type AuditEntry, type AuditEvent, type ChainTip } from './audit-chain';

export interface MergedAudit {
  /** The whole log to write, in order. */
  entries: AuditEntry[];
  /** How many of this computer's entries were not in the backup and were carried over. */
  carriedOver: number;
  tip: ChainTip;
}

/** `restored` and `local` in seq order; `restore` is the entry recording the restore itself. */
export function mergeAuditAfterRestore(restored: readonly AuditEntry[], local: readonly AuditEntry[], restore: AuditEvent): MergedAudit {
  const inBackup = new Set(restored.map((entry) => entry.hash));
  const entries = [...restored];
  let tip = chainTip(entries);
  let carriedOver = 0;
  for (const entry of local) {
    if (inBackup.has(entry.hash)) continue;
    // appendEntry copies only the event's fields from the entry.
    const next = appendEntry(tip, entry);
    entries.push(next);
    tip = { seq: next.seq, hash: next.hash };
    carriedOver += 1;
  }
  const last = appendEntry(tip, restore);
  entries.push(last);
  return { entries, carriedOver, tip: { seq: last.seq, hash: last.hash } };
}
