import type { FailedUnlocks } from '../crypto/keyring-store';
import type { TeamAroundDatabase } from '../db';
import type { AuditRepository } from '../repositories/audit';
import { FAILURES_SEEN_KEY, checkFailureRecord, readFailuresSeen } from './unlock-attempts';

export interface UnlockAuditDeps {
  db: TeamAroundDatabase;
  audit: AuditRepository;
  /** Reading the profile names this user in the entries. */
  settings: { profile(): Promise<unknown> };
  keyring: { failedUnlocks(): Promise<FailedUnlocks>; clearFailedUnlockTimes(): Promise<void> };
}

/**
 * Failed attempts (times only) and this unlock go into the audit trail now that it can be written,
 * with the failed-unlock total sealed beside them; a record changed while locked is named there too.
 *
 * Resolves as soon as the transaction writing them has begun, so the app can draw its first screen
 * meanwhile (docs/decisions/0055): IndexedDB runs read-write transactions over the same tables in
 * the order they were made, so every entry written after this resolves comes after the unlock's.
 * `written` settles once they are on disk (and rejects if they could not be written).
 */
export async function beginUnlockAudit({ db, audit, settings, keyring }: UnlockAuditDeps): Promise<{ written: Promise<void> }> {
  // A trail shorter than the count kept with the envelope is noted before these entries (0045).
  const [, , failures] = await Promise.all([settings.profile(), audit.readCount(), keyring.failedUnlocks()]);
  let begun = () => {};
  const started = new Promise<void>((resolve) => (begun = resolve));
  const written = db
    .transaction('rw', db.audit, db.settings, async () => {
      begun();
      const seen = readFailuresSeen((await db.settings.get(FAILURES_SEEN_KEY))?.value);
      const check = checkFailureRecord(failures, seen);
      if (!check.ok) await audit.appendWithin({ action: 'record-altered', recordType: 'app', recordId: `failed-unlocks/${check.reason}` });
      for (const at of failures.times) await audit.appendWithin({ action: 'failed-unlock', recordType: 'app', recordId: 'lock', at });
      await audit.appendWithin({ action: 'unlock', recordType: 'app', recordId: 'lock' });
      await db.settings.put({ key: FAILURES_SEEN_KEY, value: { total: failures.total } });
    })
    .then(() => keyring.clearFailedUnlockTimes());
  // A transaction that cannot even begin fails the unlock itself.
  await Promise.race([started, written]);
  return { written };
}
