import { createKeyring, unlockWithPassphrase, unlockWithRecoveryKey, changePassphrase, type KeyEnvelope } from '../crypto/keys';
import { sealExistingRows } from '../crypto/seal-existing-rows';
import { wipeDataKey, type DataKey } from '../crypto/data-key';
import { DATABASE_NAME, getDatabase, keySession, TeamAroundDatabase } from '../db';
import { flushAllSaves } from '../save-queue';
import { getRepositories } from '../repositories';
import { getBridge } from '../../bridge';
import { decodeQuickUnlockSecret, encodeQuickUnlockSecret } from './quick-unlock-secret';
import { afterUnlock, mayPutRowsBack, refreshKeyringCopy, startNewMirror } from './mirror-at-unlock';
import { failure, keyring, openStored, unwrapWithPassphrase, type UnlockResult, type Unwrapped } from './lock-start';
import { KeyringError } from '../crypto/errors';
import { sessionKeys } from '../crypto/key-rotation';
import { countRowsByKey } from '../crypto/sealed-key-ids';
import { getMirror } from '../mirror/app-mirror';
import { beginKeyRotation, continueKeyRotation, type RotationDeps } from './key-rotation';
import { setRotationStatus } from './rotation-status';
import { beginUnlockAudit } from './unlock-audit';
import { dropFamilyListPrefetch, startFamilyListPrefetch } from '../family-list-prefetch';
import { buildPendingHomeStatus } from '../repositories/home-status';
import { buildPendingMinutesOpen } from '../repositories/minutes-open';

// The lock screens read these before this module (the database, the repositories) has loaded.
export { pendingFailures, startState, type StartState, type UnlockResult } from './lock-start';

/**
 * Locking and unlocking the app: the data key exists only in memory while unlocked. Locking
 * waits for pending saves, drops the key and closes the database; the screens are cleared by
 * the LockGate, which shows the unlock screen instead of the app.
 */
let stopUsageTracking: (() => void) | undefined;

export interface UnlockOptions {
  /** The app opens on the families list: its read starts once the database is open (0060). */
  readFamilyList?: boolean;
}

/** First run: a new data key wrapped by the passphrase and a recovery key, shown once to the user. */
export async function setUpEncryption(passphrase: string): Promise<{ recoveryKey: string }> {
  const { envelope, recoveryKey, dataKey } = await createKeyring(passphrase);
  // Rows written by a build before encryption (development only) are sealed before first use.
  keySession.unlock(dataKey);
  const plain = new TeamAroundDatabase(DATABASE_NAME, { encryption: keySession, acceptUnsealedRows: true });
  await sealExistingRows(plain, plain.tables.map((t) => t.name));
  plain.close();
  await startNewMirror();
  await keyring.saveEnvelope(envelope);
  await openUnlocked(dataKey, { encryptions: 0 });
  return { recoveryKey };
}

/** Unlocks, and waits for what the unlock goes on doing after the app has drawn (the unlock screen does not wait). */
export async function unlock(passphrase: string): Promise<UnlockResult> {
  const result = await finishUnlock(await unwrapWithPassphrase(passphrase));
  if (result.ok) await unlockSettled();
  return result;
}

/** The rest of an unlock once the data key is unwrapped (the unlock screen unwraps it while this module loads). */
export async function finishUnlock(opened: Unwrapped | UnlockResult, options: UnlockOptions = {}): Promise<UnlockResult> {
  if ('ok' in opened) return opened;
  await openUnlocked(opened.dataKey, opened.stored, options);
  return { ok: true };
}

/** A forgotten passphrase: the recovery key opens the data, and a new passphrase replaces the old. */
export async function unlockWithRecovery(recoveryKey: string, newPassphrase: string): Promise<UnlockResult> {
  const opened = await openStored(
    (envelope) => unlockWithRecoveryKey(envelope, recoveryKey),
    'That recovery key does not open this computer’s data. Check each group of letters and numbers.',
  );
  if ('ok' in opened) return opened;
  const { stored, dataKey } = opened;
  const keys = await sessionKeys(stored.envelope, dataKey);
  await keyring.saveEnvelope(await changePassphrase(stored.envelope, keys.retired[0] ?? keys.current, newPassphrase, {}, stored.envelope.rotation ? keys.current : undefined));
  for (const key of [keys.current, ...keys.retired]) if (key !== dataKey) wipeDataKey(key);
  await openUnlocked(dataKey, { encryptions: stored.encryptions });
  // A new passphrase, so a new data key too; the recovery key just typed stays the same.
  if (!stored.envelope.rotation) await startRotation(newPassphrase, recoveryKey);
  return { ok: true };
}

export type ChangePassphraseResult = { ok: true; recoveryKey?: string } | { ok: false; field: 'current' | 'new'; message: string };

/**
 * While unlocked: the current passphrase proves it is still the same person, then the data key is
 * wrapped with the new one (the recovery key is unchanged). Recorded in the audit trail; the copy
 * of the key information beside the second copy is updated so the old passphrase cannot return.
 */
export async function changePassphraseWhileUnlocked(current: string, next: string): Promise<ChangePassphraseResult> {
  keySession.assertUnlocked();
  const stored = await keyring.load();
  if (!stored) return { ok: false, field: 'current', message: 'The key information on this computer could not be read, so the passphrase was not changed.' };
  let dataKey: DataKey;
  try {
    dataKey = await unlockWithPassphrase(stored.envelope, current);
  } catch {
    return { ok: false, field: 'current', message: 'That is not your current passphrase. Check Caps Lock and try again.' };
  }
  const rotation = stored.envelope.rotation;
  try {
    await keyring.saveEnvelope(await changePassphrase(stored.envelope, dataKey, next, {}, rotation ? keySession.keyById(rotation.keyId) : undefined));
  } catch (error) {
    if (error instanceof KeyringError && error.problem === 'weak-passphrase') return { ok: false, field: 'new', message: error.message };
    return { ok: false, field: 'new', message: 'The new passphrase could not be saved, so your passphrase has not changed. Try again.' };
  } finally {
    wipeDataKey(dataKey);
  }
  await getRepositories().audit.record({ action: 'update', recordType: 'settings', recordId: 'passphrase' });
  await refreshKeyringCopy(keyring);
  // A new passphrase, so a new data key too (unless one is being changed to already), with a new recovery key.
  if (rotation) return { ok: true };
  const rotated = await startRotation(next);
  return rotated.ok && rotated.recoveryKey ? { ok: true, recoveryKey: rotated.recoveryKey } : { ok: true };
}

function rotationDeps(): RotationDeps {
  const db = getDatabase();
  return {
    db,
    session: keySession,
    keyring,
    audit: getRepositories().audit,
    mirror: getMirror(),
    countRowsByKey: () => countRowsByKey(db.name),
    forgetQuickUnlock: disableQuickUnlock,
    onProgress: (progress) => setRotationStatus({ state: 'running', ...progress }),
    shouldStop: () => !keySession.isUnlocked,
  };
}

let rotating: Promise<void> | undefined;

/** Runs (or resumes) the re-encryption in the background; the app stays usable meanwhile. */
function runRotation(): Promise<void> {
  rotating ??= (async () => {
    try {
      const outcome = await continueKeyRotation(rotationDeps());
      const { total } = await countAll();
      setRotationStatus(outcome === 'finished' ? { state: 'finished', total } : { state: 'idle' });
    } catch (error) {
      // Locking part way stops it; the next unlock resumes it.
      if (!keySession.isUnlocked) setRotationStatus({ state: 'idle' });
      else setRotationStatus({ state: 'failed', message: error instanceof Error ? error.message : 'The key change stopped.' });
    } finally {
      rotating = undefined;
    }
  })();
  return rotating;
}

async function countAll(): Promise<{ total: number }> {
  const db = getDatabase();
  let total = 0;
  for (const table of db.tables) total += await table.count();
  return { total };
}

export type StartRotationResult = { ok: true; recoveryKey?: string } | { ok: false; message: string };

/**
 * While unlocked, asked for in settings (or after a passphrase change): a new data key, and every
 * record re-encrypted with it in the background. Resolves once the change has begun, with the new
 * recovery key to show when one was made.
 */
export async function startRotation(passphrase: string, recoveryKey?: string): Promise<StartRotationResult> {
  let begun: StartRotationResult;
  try {
    begun = await beginKeyRotation(rotationDeps(), passphrase, recoveryKey === undefined ? {} : { recoveryKey });
  } catch {
    begun = { ok: false, message: 'The key could not be changed. Your records are as they were. Try again.' };
  }
  if (!begun.ok) return begun;
  setRotationStatus({ state: 'running', done: 0, total: 0 });
  void runRotation();
  return begun;
}

/** For tests and the lock: resolves when any rotation running now has stopped or finished. */
export async function rotationSettled(): Promise<void> {
  await rotating;
}

/**
 * While unlocked: whether this is the passphrase that opens the data, as the unlock screen checks
 * it. Nothing changes either way (used to take the laptop back from a family's review).
 */
export async function isCurrentPassphrase(passphrase: string): Promise<boolean> {
  keySession.assertUnlocked();
  const stored = await keyring.load();
  if (!stored) return false;
  try {
    wipeDataKey(await unlockWithPassphrase(stored.envelope, passphrase));
    return true;
  } catch {
    return false;
  }
}

/** Whether this computer's key store can keep the key safely, and if not, why not, in plain words. */
export async function quickUnlockStatus(): Promise<{ available: boolean; reason?: string }> {
  return getBridge().quickUnlockStatus();
}

/** While unlocked: let the operating system's sign-in open Team Around from now on. */
export async function enableQuickUnlock(): Promise<{ ok: true } | { ok: false; message: string }> {
  const result = await getBridge().quickUnlockStore({ secret: encodeQuickUnlockSecret(keySession.currentKey()) });
  return result.status === 'stored' ? { ok: true } : { ok: false, message: result.message };
}

export async function disableQuickUnlock(): Promise<void> {
  await getBridge().quickUnlockForget();
}

/** Unlocks with the key kept by the operating system; the passphrase still works as before. */
export async function quickUnlock(options: UnlockOptions = {}): Promise<UnlockResult> {
  const stored = await keyring.load();
  const loaded = await getBridge().quickUnlockLoad();
  if (loaded.status !== 'loaded') return failure(loaded.status === 'none' ? 'Quick unlock is not switched on. Use your passphrase.' : loaded.message);
  const dataKey = decodeQuickUnlockSecret(loaded.secret);
  // During a rotation either key opens both; once it has finished, the old one opens nothing.
  if (!stored || !dataKey || (dataKey.id !== stored.envelope.keyId && dataKey.id !== stored.envelope.rotation?.keyId)) {
    await disableQuickUnlock();
    return failure('Quick unlock no longer matches this computer’s records, so it has been switched off. Use your passphrase.');
  }
  await openUnlocked(dataKey, stored, options);
  return { ok: true };
}

export async function lock(): Promise<void> {
  if (!keySession.isUnlocked) return;
  // A save already on its way (and the unlock's own entries) is let finish, but not for long: locking must not hang.
  await Promise.race([Promise.all([flushAllSaves(), settling.catch(() => undefined)]), new Promise((resolve) => setTimeout(resolve, 1000))]);
  stopUsageTracking?.();
  dropFamilyListPrefetch();
  keySession.lock();
  getDatabase().close();
}

/**
 * `stored`: the keyring's count of encryptions, and its envelope as this unlock has just read it;
 * without the envelope (it has just been written), it is read again.
 */
async function openUnlocked(dataKey: DataKey, stored: { encryptions: number; envelope?: KeyEnvelope }, options: UnlockOptions = {}): Promise<void> {
  dropFamilyListPrefetch();
  const encryptionsSoFar = stored.encryptions;
  const envelope = stored.envelope ?? (await keyring.load())?.envelope;
  const keys = envelope ? await sessionKeys(envelope, dataKey) : { current: dataKey, retired: [] };
  // During a rotation the count kept is the old key's; the new key's starts again.
  keySession.unlock(keys.current, { encryptionsSoFar: envelope?.rotation ? 0 : encryptionsSoFar, retired: keys.retired });
  for (const key of [dataKey, keys.current, ...keys.retired]) wipeDataKey(key);
  const usage = { keyId: '', encryptions: 0, timer: 0 as ReturnType<typeof setTimeout> | 0 };
  stopUsageTracking = keySession.onUsage((u) => {
    usage.keyId = u.keyId;
    usage.encryptions = u.encryptions;
    // Saved now and then, never on every keystroke.
    if (usage.timer === 0) {
      usage.timer = setTimeout(() => {
        usage.timer = 0;
        void keyring.saveEncryptions(usage.keyId, usage.encryptions);
      }, 2000);
    }
  });
  const db = getDatabase();
  await db.open();
  const { audit, settings, families } = getRepositories();
  // Beside the unlock's audit entries and the app's code loading, not after the list's first render.
  if (options.readFamilyList) startFamilyListPrefetch(families, db);
  const [putBack, { written }] = await Promise.all([mayPutRowsBack(db), beginUnlockAudit({ db, audit, settings, keyring })]);
  // The app draws now; its first writes queue behind the unlock's entries. The rest goes on behind it (0055).
  settling = (async () => {
    await written;
    // Puts recent work back into a database rebuilt after a crash, and keeps the keyring copy current.
    await afterUnlock({ db, session: keySession, keyring, audit });
    // Home status rows marked to be built (after the version 8 upgrade) are built now; home reads every plan until then (0064).
    await buildPendingHomeStatus(db, () => new Date()).catch(() => undefined);
    // Likewise the summaries' minutes flags; home reads every held meeting's minutes until then (0066).
    await buildPendingMinutesOpen(db).catch(() => undefined);
    // An unfinished rotation goes on where it stopped.
    if (envelope?.rotation) void runRotation();
  })();
  // Watched by unlockSettled(); never an unhandled rejection meanwhile.
  settling.catch(() => undefined);
  // Unless rows may be put back from the mirror: the first screen must read them, so it waits, as before.
  if (putBack) await settling;
}

let settling: Promise<void> = Promise.resolve();

/**
 * What an unlock goes on doing after it has returned: writing its audit entries, then the second
 * copy's after-unlock step. Rejects if the audit entries could not be written; the lock screens
 * then lock again and say so (the app was unlocked without its record of who did what).
 */
export function unlockSettled(): Promise<void> {
  return settling;
}

