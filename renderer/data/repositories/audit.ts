import { appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent, type ChainTip, type ChainVerdict } from '../../../shared/rules/audit-chain';
import type { TeamAroundDatabase } from '../db';

/** `at` defaults to now; it is given only for events that happened while the log could not be written (failed unlocks). */
export type AuditRecord = Omit<AuditEvent, 'at' | 'actor'> & { at?: string };

/** The settings row holding the last entry's seq and hash, written with every entry. */
export const AUDIT_TIP_KEY = 'audit-tip';

/** What the app-wide check found, and how many entries it read. */
export interface AuditCheck {
  verdict: ChainVerdict;
  entries: number;
}

/**
 * The append-only audit trail: who did what to which record, never what the record says.
 * `appendWithin` must run inside a transaction that includes `db.audit` and `db.settings`, so a
 * change, its audit entry and the chain's recorded tip are written together or not at all.
 */
export interface AuditRepository {
  appendWithin(record: AuditRecord): Promise<AuditEntry>;
  record(record: AuditRecord): Promise<AuditEntry>;
  /** Newest first. */
  forFamily(familyId: string): Promise<AuditEntry[]>;
  /** Checks every link, and that the log still ends at the tip recorded with its last entry. */
  verify(): Promise<ChainVerdict>;
  /** `verify`, with the number of entries checked, for the settings page. */
  check(): Promise<AuditCheck>;
  /** The tip recorded with the last entry written; null when none has been recorded. */
  tip(): Promise<ChainTip | null>;
}

function readTip(value: unknown): ChainTip | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash } = value as Record<string, unknown>;
  return Number.isSafeInteger(seq) && typeof hash === 'string' ? { seq: seq as number, hash } : null;
}

export function createAuditRepository(db: TeamAroundDatabase, actor: () => string, now: () => Date = () => new Date()): AuditRepository {
  const tip = async () => readTip((await db.settings.get(AUDIT_TIP_KEY))?.value);

  async function appendWithin(record: AuditRecord): Promise<AuditEntry> {
    const last = await db.audit.orderBy('seq').last();
    const recorded = await tip();
    const fromLog = last ? chainTip([last]) : null;
    // When entries have been cut from the end, carry on from the recorded tip: the gap stays visible to verify().
    const from = recorded && (!fromLog || recorded.seq > fromLog.seq) ? recorded : fromLog;
    const entry = appendEntry(from, { ...record, at: record.at ?? now().toISOString(), actor: actor() });
    await db.audit.add(entry);
    await db.settings.put({ key: AUDIT_TIP_KEY, value: { seq: entry.seq, hash: entry.hash } });
    return entry;
  }

  async function check(): Promise<AuditCheck> {
    return db.transaction('r', db.audit, db.settings, async () => {
      const entries = await db.audit.orderBy('seq').toArray();
      const expected = await tip();
      // A log written before the tip was recorded is checked link by link only.
      return { verdict: verifyChain(entries, expected ? { expectedTip: expected } : {}), entries: entries.length };
    });
  }

  return {
    appendWithin,
    record: (record) => db.transaction('rw', db.audit, db.settings, () => appendWithin(record)),
    forFamily: async (familyId) => (await db.audit.where('familyId').equals(familyId).sortBy('seq')).reverse(),
    verify: async () => (await check()).verdict,
    check,
    tip,
  };
}
