import { appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent, type ChainVerdict } from '../../../shared/rules/audit-chain';
import type { TeamAroundDatabase } from '../db';

/** `at` defaults to now; it is given only for events that happened while the log could not be written (failed unlocks). */
export type AuditRecord = Omit<AuditEvent, 'at' | 'actor'> & { at?: string };

/**
 * The append-only audit trail: who did what to which record, never what the record says.
 * `appendWithin` must run inside a transaction that includes `db.audit`, so a change and its
 * audit entry are written together or not at all.
 */
export interface AuditRepository {
  appendWithin(record: AuditRecord): Promise<AuditEntry>;
  record(record: AuditRecord): Promise<AuditEntry>;
  forFamily(familyId: string): Promise<AuditEntry[]>;
  verify(): Promise<ChainVerdict>;
}

export function createAuditRepository(db: TeamAroundDatabase, actor: () => string, now: () => Date = () => new Date()): AuditRepository {
  async function appendWithin(record: AuditRecord): Promise<AuditEntry> {
    const last = await db.audit.orderBy('seq').last();
    const entry = appendEntry(last ? chainTip([last]) : null, { ...record, at: record.at ?? now().toISOString(), actor: actor() });
    await db.audit.add(entry);
    return entry;
  }
  return {
    appendWithin,
    record: (record) => db.transaction('rw', db.audit, () => appendWithin(record)),
    forFamily: async (familyId) => (await db.audit.where('familyId').equals(familyId).sortBy('seq')).reverse(),
    verify: async () => verifyChain(await db.audit.orderBy('seq').toArray()),
  };
}
