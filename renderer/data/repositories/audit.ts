import { appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent, type ChainTip, type ChainVerdict } from '../../../shared/rules/audit-chain';
import type { AuditRecordType } from '../../../shared/domain/audit-vocabulary';
import type { TeamAroundDatabase } from '../db';

/**
 * What a writer records. The record type comes from the vocabulary's builders, so an unknown or
 * malformed one does not compile. `at` defaults to now; it is given only for events that happened
 * while the log could not be written (failed unlocks).
 */
export type AuditRecord = Omit<AuditEvent, 'at' | 'actor' | 'recordType'> & { recordType: AuditRecordType; at?: string };

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
  /** The event `appendWithin` would write (time and person filled in), for writers that chain entries themselves (restore). */
  eventFor(record: AuditRecord): AuditEvent;
  /** Records the end of the trail; only inside a transaction that also writes the entries it names. */
  writeTipWithin(tip: ChainTip): Promise<void>;
  record(record: AuditRecord): Promise<AuditEntry>;
  /** Newest first. */
  forFamily(familyId: string): Promise<AuditEntry[]>;
  /** Every entry, newest first: the app-wide record in settings. */
  all(): Promise<AuditEntry[]>;
  /** Checks every link, and that the log still ends at the tip recorded with its last entry. */
  verify(): Promise<ChainVerdict>;
  /** `verify`, with the number of entries checked, for the settings page. */
  check(): Promise<AuditCheck>;
  /** The tip recorded with the last entry written; null when none has been recorded. */
  tip(): Promise<ChainTip | null>;
}

/** The recordId of the entry written when the trail's recorded end was found missing. */
export const TIP_MISSING = 'tip-missing';

/**
 * The chain, and its end against the recorded tip (sealed with the data key, written with every
 * entry). A log with entries but no recorded end has been cut, or its end removed; so has one that
 * records having found that, even after new entries.
 */
export function verdictFor(entries: readonly AuditEntry[], expected: ChainTip | null): ChainVerdict {
  if (entries.length > 0 && expected === null) {
    return { ok: false, brokenAt: (entries[entries.length - 1]?.seq ?? 0) + 1, reason: 'The record of where the log ends is missing: entries may have been removed from the end.' };
  }
  const verdict = verifyChain(entries, { expectedTip: expected });
  if (!verdict.ok) return verdict;
  const noted = entries.find((e) => e.action === 'record-altered' && e.recordType === 'audit' && e.recordId === TIP_MISSING);
  if (noted) return { ok: false, brokenAt: noted.seq, reason: `Before entry ${noted.seq}, the record of where the log ended had been removed: entries may have been removed from the end.` };
  return verdict;
}

function readTip(value: unknown): ChainTip | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash } = value as Record<string, unknown>;
  return Number.isSafeInteger(seq) && typeof hash === 'string' ? { seq: seq as number, hash } : null;
}

export function createAuditRepository(db: TeamAroundDatabase, actor: () => string, now: () => Date = () => new Date()): AuditRepository {
  const tip = async () => readTip((await db.settings.get(AUDIT_TIP_KEY))?.value);

  const eventFor = (record: AuditRecord): AuditEvent => ({ ...record, at: record.at ?? now().toISOString(), actor: actor() });
  const writeTipWithin = async (next: ChainTip) => {
    await db.settings.put({ key: AUDIT_TIP_KEY, value: { seq: next.seq, hash: next.hash } });
  };

  async function appendWithin(record: AuditRecord): Promise<AuditEntry> {
    const last = await db.audit.orderBy('seq').last();
    const recorded = await tip();
    const fromLog = last ? chainTip([last]) : null;
    // When entries have been cut from the end, carry on from the recorded tip: the gap stays visible to verify().
    let from = recorded && (!fromLog || recorded.seq > fromLog.seq) ? recorded : fromLog;
    if (fromLog && !recorded) {
      // Entries but no recorded end: the end was removed, perhaps with the newest entries. Say so in
      // the trail itself before carrying on, so writing a new end cannot hide it.
      const noted = appendEntry(from, { action: 'record-altered', recordType: 'audit', recordId: TIP_MISSING, at: now().toISOString(), actor: actor() });
      await db.audit.add(noted);
      from = chainTip([noted]);
    }
    const entry = appendEntry(from, eventFor(record));
    await db.audit.add(entry);
    await writeTipWithin(entry);
    return entry;
  }

  async function check(): Promise<AuditCheck> {
    return db.transaction('r', db.audit, db.settings, async () => {
      const entries = await db.audit.orderBy('seq').toArray();
      const expected = await tip();
      return { verdict: verdictFor(entries, expected), entries: entries.length };
    });
  }

  return {
    appendWithin,
    eventFor,
    writeTipWithin,
    record: (record) => db.transaction('rw', db.audit, db.settings, () => appendWithin(record)),
    forFamily: async (familyId) => (await db.audit.where('familyId').equals(familyId).sortBy('seq')).reverse(),
    all: async () => db.audit.orderBy('seq').reverse().toArray(),
    verify: async () => (await check()).verdict,
    check,
    tip,
  };
}
