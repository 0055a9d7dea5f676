/**
 * The audit trail's hash chain. Each entry records who did what to which record, and when, never
 * the record's content, and carries the SHA-256 of the entry before it, so editing, removing,
 * reordering or inserting an entry breaks verification. Pure: storage and encryption live elsewhere.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { utf8ToBytes } from '@noble/hashes/utils.js';
import { bytesToHex } from '../bytes';

export const AUDIT_ACTIONS = [
  'view',
  'create',
  'update',
  'export',
  'share',
  'consent-change',
  'safeguarding-referral',
  'unlock',
  'failed-unlock',
  'restore',
  'disposal',
  // Something kept outside the audit trail was found changed (e.g. the failed-unlock record).
  'record-altered',
  // The family's review handed to a parent or carer on this laptop, and taken back with the passphrase.
  'hand-over-start',
  'hand-over-end',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** What happened: ids and names of kinds only, never what a record says. */
export interface AuditEvent {
  /** ISO 8601 timestamp. */
  at: string;
  actor: string;
  action: AuditAction;
  /**
   * As stored. New entries are written with an `AuditRecordType` (shared/domain/audit-vocabulary.ts);
   * entries written by older versions keep their strings, read with `parseRecordType`.
   */
  recordType: string;
  recordId: string;
  recipients?: readonly string[];
  familyId?: string;
}

export interface AuditEntry extends AuditEvent {
  seq: number;
  prevHash: string;
  hash: string;
}

export interface ChainTip {
  seq: number;
  hash: string;
}

export type ChainVerdict = { ok: true } | { ok: false; brokenAt: number; reason: string };

/** The "previous hash" of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

const ENTRY_FIELDS = new Set(['seq', 'at', 'actor', 'action', 'recordType', 'recordId', 'recipients', 'familyId', 'prevHash', 'hash']);
const HEX_64 = /^[0-9a-f]{64}$/;

/** SHA-256 over a canonical JSON array of the entry's fields in a fixed order, then the previous hash. */
export function hashEntry(entry: Omit<AuditEntry, 'hash'>): string {
  const canonical = JSON.stringify([
    'team-around-audit-v1',
    entry.seq,
    entry.at,
    entry.actor,
    entry.action,
    entry.recordType,
    entry.recordId,
    entry.recipients === undefined ? null : [...entry.recipients],
    entry.familyId === undefined ? null : entry.familyId,
    entry.prevHash,
  ]);
  return bytesToHex(sha256(utf8ToBytes(canonical)));
}

/** The event's known fields only, so content cannot slip in. */
function auditEventOf(event: AuditEvent): AuditEvent {
  return {
    at: event.at,
    actor: event.actor,
    action: event.action,
    recordType: event.recordType,
    recordId: event.recordId,
    ...(event.recipients === undefined ? {} : { recipients: [...event.recipients] }),
    ...(event.familyId === undefined ? {} : { familyId: event.familyId }),
  };
}

/** The next entry after `tip` (null for an empty log). Only the known fields are copied, so content cannot slip in. */
export function appendEntry(tip: ChainTip | null, event: AuditEvent): AuditEntry {
  const base: Omit<AuditEntry, 'hash'> = { seq: tip ? tip.seq + 1 : 1, ...auditEventOf(event), prevHash: tip ? tip.hash : GENESIS_HASH };
  return { ...base, hash: hashEntry(base) };
}

export function chainTip(entries: readonly AuditEntry[]): ChainTip | null {
  const last = entries[entries.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : null;
}

function isWellFormed(entry: AuditEntry): boolean {
  const e = entry as unknown as Record<string, unknown>;
  if (typeof e !== 'object' || e === null) return false;
  if (Object.keys(e).some((k) => !ENTRY_FIELDS.has(k))) return false;
  const strings = [e.at, e.actor, e.recordType, e.recordId];
  return (
    Number.isSafeInteger(e.seq) &&
    strings.every((s) => typeof s === 'string') &&
    (AUDIT_ACTIONS as readonly unknown[]).includes(e.action) &&
    (e.recipients === undefined || (Array.isArray(e.recipients) && e.recipients.every((r) => typeof r === 'string'))) &&
    (e.familyId === undefined || typeof e.familyId === 'string') &&
    typeof e.prevHash === 'string' &&
    HEX_64.test(e.prevHash) &&
    typeof e.hash === 'string' &&
    HEX_64.test(e.hash)
  );
}

function broken(brokenAt: number, reason: string): ChainVerdict {
  return { ok: false, brokenAt, reason };
}

function checkEntry(entry: AuditEntry, position: number, previous: AuditEntry | undefined): ChainVerdict {
  const label = Number.isSafeInteger(entry.seq) ? entry.seq : position + 1;
  if (!isWellFormed(entry)) return broken(label, `Entry ${label} is not a complete audit entry: it has been damaged or altered.`);
  const expectedSeq = previous ? previous.seq + 1 : 1;
  if (entry.seq > expectedSeq) return broken(expectedSeq, `Entry ${expectedSeq} is missing: the log has been cut before entry ${entry.seq}.`);
  if (entry.seq < expectedSeq) return broken(entry.seq, `Entry ${entry.seq} is out of order or repeated after entry ${expectedSeq - 1}.`);
  if (entry.prevHash !== (previous ? previous.hash : GENESIS_HASH)) {
    return broken(entry.seq, `Entry ${entry.seq} does not follow on from the entry before it: entries have been removed, moved or inserted.`);
  }
  if (hashEntry(entry) !== entry.hash) return broken(entry.seq, `Entry ${entry.seq} has been changed since it was written.`);
  return { ok: true };
}

function checkTip(entries: readonly AuditEntry[], expected: ChainTip | null): ChainVerdict {
  const tip = chainTip(entries);
  if (expected === null) return tip === null ? { ok: true } : broken(1, 'The log should be empty but has entries in it.');
  if (tip === null || tip.seq < expected.seq) {
    return broken((tip?.seq ?? 0) + 1, `The log ends before its last recorded entry (${expected.seq}): entries have been removed from the end.`);
  }
  if (tip.seq > expected.seq) return broken(expected.seq + 1, `The log has entries after its last recorded entry (${expected.seq}).`);
  if (tip.hash !== expected.hash) return broken(tip.seq, `Entry ${tip.seq} is not the last entry that was recorded: the log has been rewritten.`);
  return { ok: true };
}

/**
 * Checks every link. Pass `expectedTip` (kept apart from the log, e.g. with the key envelope) to
 * also catch entries removed from, or added to, the end: a chain alone cannot show those.
 */
export function verifyChain(entries: readonly AuditEntry[], options: { expectedTip?: ChainTip | null } = {}): ChainVerdict {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry === undefined) return broken(i + 1, `Entry ${i + 1} is missing.`);
    const verdict = checkEntry(entry, i, entries[i - 1]);
    if (!verdict.ok) return verdict;
  }
  return options.expectedTip === undefined ? { ok: true } : checkTip(entries, options.expectedTip);
}
