/**
 * The audit trail's count beside the key envelope, bound to the keyring store and the key session
 * (docs/decisions/0045). Writers never wait for it: `raise` is called once a transaction that wrote
 * entries has committed, and raises made while one is being written are folded into the next write,
 * so a burst of entries costs at most two small writes of the keyring row.
 */
import { readAuditMark, sealAuditMark, type AuditMark, type AuditMarkReading } from './audit-mark';
import type { KeySession } from './key-session';

export interface AuditCount {
  /** What the stored count says, once every raise on its way is written. */
  read(): Promise<AuditMarkReading>;
  /** Entries up to `seq` are on disk. Never throws, never waits. */
  raise(seq: number): void;
  /** Seals the stored count again with the key in use (before a key rotation drops the old key). */
  reseal(): Promise<void>;
  /** Resolves when every raise so far has been written (or given up). */
  settled(): Promise<void>;
  /** Whether a count is known to be on disk: read as sealed, or written, in this session. */
  kept(): boolean;
}

export interface AuditMarkStore {
  auditMark(): Promise<unknown>;
  /** True when a count is kept after the call. */
  raiseAuditMark(mark: AuditMark): Promise<boolean>;
}

export function createAuditCount(store: AuditMarkStore, session: KeySession): AuditCount {
  let wanted = 0;
  let pending = false;
  let chain: Promise<void> = Promise.resolve();
  let onDisk = false;

  const write = async (seq: number) => {
    try {
      if (await store.raiseAuditMark(sealAuditMark(seq, session.currentKey()))) onDisk = true;
    } catch (error) {
      // Locked meanwhile, or the keyring could not be written: the count stays lower, which only weakens the check.
      console.warn('Team Around could not update the count of its record of who did what.', error instanceof Error ? error.name : 'unknown error');
    }
  };

  const settled = () => chain;

  return {
    async read() {
      await settled();
      const reading = readAuditMark(await store.auditMark(), (id) => (session.isUnlocked ? session.keyById(id) : undefined));
      if (reading.kind === 'counted') onDisk = true;
      return reading;
    },
    raise(seq) {
      if (!Number.isSafeInteger(seq) || seq <= wanted) return;
      wanted = seq;
      if (pending) return;
      pending = true;
      chain = chain.then(() => {
        pending = false;
        return write(wanted);
      });
    },
    async reseal() {
      await settled();
      const reading = readAuditMark(await store.auditMark(), (id) => session.keyById(id));
      if (reading.kind !== 'counted') return;
      chain = chain.then(() => write(Math.max(reading.seq, wanted)));
      await chain;
    },
    settled,
    kept: () => onDisk,
  };
}
