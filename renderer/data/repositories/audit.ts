import type { Table, Transaction } from 'dexie';
import { appendEntry, chainTip, verifyChain, type AuditEntry, type AuditEvent, type ChainTip, type ChainVerdict } from '../../../shared/rules/audit-chain';
import type { AuditRecordType } from '../../../shared/domain/audit-vocabulary';
import type { AuditCount } from '../crypto/audit-count';
import type { AuditMarkReading } from '../crypto/audit-mark';
import type { TeamAroundDatabase } from '../db';

/**
 * What a writer records. The record type comes from the vocabulary's builders, so an unknown or
 * malformed one does not compile. `at` defaults to now; it is given only for events that happened
 * while the log could not be written (failed unlocks).
 */
export type AuditRecord = Omit<AuditEvent, 'at' | 'actor' | 'recordType'> & { recordType: AuditRecordType; at?: string };

/** The settings row holding the last entry's seq and hash, written with every entry. */
export const AUDIT_TIP_KEY = 'audit-tip';

/** The trail's end as read in a transaction: its last entry's tip and the recorded tip. */
export interface AuditEnd {
  fromLog: ChainTip | null;
  recorded: ChainTip | null;
}

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
  /**
   * `appendWithin` in two halves, so a writer can read its own rows beside the trail's end and write
   * its change beside the entry: two round trips for the whole transaction instead of one per
   * request. Call both in the same transaction, with nothing written to the trail in between.
   */
  endWithin(): Promise<AuditEnd>;
  appendAfterWithin(end: AuditEnd, record: AuditRecord): Promise<AuditEntry>;
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
  /**
   * Reads the count kept with the key envelope (0045) and what the trail looks like against it, so the
   * next entry written notes any gap first. `record` and `check` do it themselves; call it before
   * writing entries with `appendWithin` in a transaction of your own (unlock).
   */
  readCount(): Promise<void>;
  /** Before a key rotation drops the old key: the count is sealed again with the new one. */
  resealCount(): Promise<void>;
}

/** The recordId of the entry written when the trail's recorded end was found missing. */
export const TIP_MISSING = 'tip-missing';
/** The recordIds of the entries written when the trail was found shorter than the count kept with the key envelope, the count changed, or records without a trail. */
export const ENTRIES_MISSING = 'entries-missing';
export const COUNT_ALTERED = 'count-altered';
export const TRAIL_REMOVED = 'trail-removed';
const NOTES = [TIP_MISSING, ENTRIES_MISSING, COUNT_ALTERED, TRAIL_REMOVED];

/** Outside the trail: the count kept with the key envelope, and whether families or meetings exist. */
export interface TrailContext {
  count?: AuditMarkReading;
  /** The sealed end says a count was kept when it was written. */
  endSaysCounted?: boolean;
  /** Families or meetings are on record. */
  hasRecords?: boolean;
}

function number(n: number): string {
  return n.toLocaleString('en-GB');
}

/**
 * The chain, and its end against the recorded tip (sealed with the data key, written with every
 * entry). A log with entries but no recorded end has been cut, or its end removed; so has one that
 * records having found that, even after new entries. Then against `context` (0045): a log ending
 * below the count kept with the key envelope, a count changed or removed, or families and meetings
 * with no log at all.
 */
export function verdictFor(entries: readonly AuditEntry[], expected: ChainTip | null, context: TrailContext = {}): ChainVerdict {
  const end = entries[entries.length - 1]?.seq ?? 0;
  if (entries.length > 0 && expected === null) {
    return { ok: false, brokenAt: end + 1, reason: 'The record of where the log ends is missing: entries may have been removed from the end.' };
  }
  const verdict = verifyChain(entries, { expectedTip: expected });
  if (!verdict.ok) return verdict;
  const { count, hasRecords, endSaysCounted } = context;
  if (count?.kind === 'altered' || (count?.kind === 'none' && endSaysCounted)) {
    return { ok: false, brokenAt: end + 1, reason: 'The count of entries kept with the key information has been changed or removed: entries may be missing from the end of the record.' };
  }
  if (count?.kind === 'counted' && count.seq > end) {
    const said = `this computer has made ${number(count.seq)} ${count.seq === 1 ? 'entry' : 'entries'}`;
    return {
      ok: false,
      brokenAt: end + 1,
      reason: end === 0 ? `Entries are missing from the end of the record: it is empty, but ${said}.` : `Entries are missing from the end of the record: it ends at entry ${number(end)}, but ${said}.`,
    };
  }
  if (entries.length === 0 && hasRecords) {
    return { ok: false, brokenAt: 1, reason: 'The record is empty, but there are families or meetings on this computer: the record has been removed.' };
  }
  const noted = entries.find((e) => e.action === 'record-altered' && e.recordType === 'audit' && NOTES.includes(e.recordId));
  if (noted) return { ok: false, brokenAt: noted.seq, reason: notedReason(noted) };
  return verdict;
}

function notedReason(noted: AuditEntry): string {
  switch (noted.recordId) {
    case ENTRIES_MISSING:
      return `Before entry ${noted.seq}, entries had been removed from the end of the record.`;
    case COUNT_ALTERED:
      return `Before entry ${noted.seq}, the count of entries kept with the key information had been changed: entries may have been removed from the end of the record.`;
    case TRAIL_REMOVED:
      return `Before entry ${noted.seq}, the record had been removed while families or meetings were on this computer.`;
    default:
      return `Before entry ${noted.seq}, the record of where the log ended had been removed: entries may have been removed from the end.`;
  }
}

/**
 * Dexie's transaction in scope, read through the database's own class (a Dexie subclass) so that this
 * module does not load Dexie itself: tests load fake-indexeddb before Dexie, and import this first.
 */
function currentTransaction(db: TeamAroundDatabase): Transaction | null {
  return (db.constructor as unknown as { currentTransaction: Transaction | null }).currentTransaction;
}

function readTip(value: unknown): ChainTip | null {
  if (typeof value !== 'object' || value === null) return null;
  const { seq, hash } = value as Record<string, unknown>;
  return Number.isSafeInteger(seq) && typeof hash === 'string' ? { seq: seq as number, hash } : null;
}

/**
 * `count` is the trail's count kept with the key envelope (docs/decisions/0045); without it (most
 * tests) the trail is checked against its sealed end only.
 */
export function createAuditRepository(db: TeamAroundDatabase, actor: () => string, now: () => Date = () => new Date(), count?: AuditCount): AuditRepository {
  const tip = async () => readTip((await db.settings.get(AUDIT_TIP_KEY))?.value);
  const endSaysCounted = async () => ((await db.settings.get(AUDIT_TIP_KEY))?.value as { counted?: unknown } | undefined)?.counted === true;
  /** What `readCount` last found; the next entry notes it in the trail (once per kind in this session). */
  let found: TrailContext = {};
  const notedThisSession = new Set<string>();

  const eventFor = (record: AuditRecord): AuditEvent => ({ ...record, at: record.at ?? now().toISOString(), actor: actor() });
  const writeTipWithin = async (next: ChainTip) => {
    // Once a count is known to be kept, the sealed end says so: removing the count then shows (0045).
    await db.settings.put({ key: AUDIT_TIP_KEY, value: { seq: next.seq, hash: next.hash, ...(count?.kept() ? { counted: true } : {}) } });
    if (!count) return;
    // The count goes up only once the entries it counts are on disk.
    const transaction = currentTransaction(db);
    if (transaction) transaction.on('complete', () => count.raise(next.seq));
    else count.raise(next.seq);
  };

  /** The note to write before the next entry, if the trail was found short of what was counted or removed. */
  function noteFor(from: ChainTip | null): string | undefined {
    const end = from?.seq ?? 0;
    if (found.count?.kind === 'altered' || (found.count?.kind === 'none' && found.endSaysCounted)) return COUNT_ALTERED;
    if (found.count?.kind === 'counted' && found.count.seq > end) return ENTRIES_MISSING;
    if (end === 0 && found.hasRecords) return TRAIL_REMOVED;
    return undefined;
  }

  async function endWithin(): Promise<AuditEnd> {
    // Both reads are sent together: one round trip.
    const [last, recorded] = await Promise.all([db.audit.orderBy('seq').last(), tip()]);
    return { fromLog: last ? chainTip([last]) : null, recorded };
  }

  async function appendAfterWithin({ fromLog, recorded }: AuditEnd, record: AuditRecord): Promise<AuditEntry> {
    // When entries have been cut from the end, carry on from the recorded tip: the gap stays visible to verify().
    let from = recorded && (!fromLog || recorded.seq > fromLog.seq) ? recorded : fromLog;
    const entries: AuditEntry[] = [];
    const note = (recordId: string) => {
      const noted = appendEntry(from, { action: 'record-altered', recordType: 'audit', recordId, at: now().toISOString(), actor: actor() });
      from = chainTip([noted]);
      entries.push(noted);
    };
    if (fromLog && !recorded) {
      // Entries but no recorded end: the end was removed, perhaps with the newest entries. Say so in
      // the trail itself before carrying on, so writing a new end cannot hide it.
      note(TIP_MISSING);
    }
    const outside = noteFor(from);
    if (outside && !notedThisSession.has(outside)) {
      // Found against the count kept with the key envelope: said in the trail before the count is raised past it.
      notedThisSession.add(outside);
      note(outside);
    }
    const entry = appendEntry(from, eventFor(record));
    entries.push(entry);
    // Every entry and the new tip sent together, in order: the transaction writes all of them or none.
    await Promise.all([...entries.map((e) => db.audit.add(e)), writeTipWithin(entry)]);
    return entry;
  }

  async function appendWithin(record: AuditRecord): Promise<AuditEntry> {
    return appendAfterWithin(await endWithin(), record);
  }

  let countRead: Promise<void> | undefined;
  function readCount(): Promise<void> {
    if (!count) return Promise.resolve();
    countRead = (async () => {
      const reading = await count.read();
      // Whether each store has a row, not how many: counting reads every row (20,000 meetings at the full
      // scale, on the way to the first screen after an unlock), and only "none" matters here (0060).
      const someIn = (table: Table) => table.toCollection().limit(1).primaryKeys().then((keys) => keys.length > 0);
      const [hasEntries, hasFamilies, hasMeetings, counted] = await db.transaction('r', db.audit, db.settings, db.families, db.meetings, () =>
        Promise.all([someIn(db.audit), someIn(db.families), someIn(db.meetings), endSaysCounted()]),
      );
      found = { count: reading, hasRecords: !hasEntries && (hasFamilies || hasMeetings), endSaysCounted: counted };
    })().catch((error: unknown) => {
      // Never a reason to refuse an entry: the check reads the count again and says if it cannot.
      console.warn('Team Around could not read the count of its record of who did what.', error instanceof Error ? error.name : 'unknown error');
    });
    return countRead;
  }

  async function check(): Promise<AuditCheck> {
    await readCount();
    // Read here too, so a count that cannot be read fails the check instead of passing unseen.
    const counted = count ? await count.read() : undefined;
    return db.transaction('r', db.audit, db.settings, db.families, db.meetings, async () => {
      const entries = await db.audit.orderBy('seq').toArray();
      const expected = await tip();
      const hasRecords = entries.length === 0 && (await db.families.count()) + (await db.meetings.count()) > 0;
      return { verdict: verdictFor(entries, expected, { ...(counted ? { count: counted } : {}), hasRecords, endSaysCounted: await endSaysCounted() }), entries: entries.length };
    });
  }

  return {
    appendWithin,
    endWithin,
    appendAfterWithin,
    eventFor,
    writeTipWithin,
    record: async (record) => {
      // Read once per session (unlock reads it again), not before every entry.
      await (countRead ?? readCount());
      return db.transaction('rw', db.audit, db.settings, () => appendWithin(record));
    },
    forFamily: async (familyId) => (await db.audit.where('familyId').equals(familyId).sortBy('seq')).reverse(),
    all: async () => db.audit.orderBy('seq').reverse().toArray(),
    verify: async () => (await check()).verdict,
    check,
    tip,
    readCount,
    resealCount: async () => {
      await count?.reseal();
    },
  };
}
