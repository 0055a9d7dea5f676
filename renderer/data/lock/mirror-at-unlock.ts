/**
 * What the lock does with the mirror of recent work (docs/decisions/0018) after unlocking: put back
 * rows into a rebuilt database, keep the keyring copy current, tell the user and write it in the
 * audit trail (the keyring itself is put back before unlocking, in lock-start.ts). Kept out of mirror/ so that the database
 * (which writes through the mirror) and the mirror never import each other.
 */
import type { StoredKeyring } from '../crypto/keyring-store';
import type { KeySession } from '../crypto/key-session';
import type { TeamAroundDatabase } from '../db';
import type { AuditRepository } from '../repositories/audit';
import { CURRENT_SCHEMA_VERSION } from '../schema';
import { getMirror } from '../mirror/app-mirror';
import { keepKeyringCopy } from '../mirror/keyring-copy';
import { rebuildNotice } from '../mirror/rebuild-notice';
import { GENERATION_SETTING, reconcileWithMirror } from '../mirror/reconcile';
import { forgetKeyringRestored, keyringWasRestored } from './lock-start';

/** A new keyring starts a new mirror: copies sealed with an earlier key could never be opened. */
export async function startNewMirror(): Promise<void> {
  await getMirror().clear();
  forgetKeyringRestored();
}

export interface AfterUnlock {
  db: TeamAroundDatabase;
  session: KeySession;
  keyring: { load(): Promise<StoredKeyring | undefined> };
  audit: AuditRepository;
}

/** After a new envelope was saved while unlocked (a changed passphrase): the copy must not keep the old one. Never throws. */
export async function refreshKeyringCopy(keyring: { load(): Promise<StoredKeyring | undefined> }): Promise<void> {
  try {
    const stored = await keyring.load();
    if (stored) await keepKeyringCopy(getMirror(), stored);
  } catch (error) {
    console.warn('Team Around could not update its copy of the key information.', error instanceof Error ? error.name : 'unknown error');
  }
}

/**
 * Whether the after-unlock step may put rows back: the database carries no mirror generation (it is
 * new, or the browser rebuilt it empty after a crash). Then the first screen waits for the step,
 * so it reads what was put back (0055).
 */
export async function mayPutRowsBack(db: TeamAroundDatabase): Promise<boolean> {
  try {
    const value: unknown = (await db.settings.get(GENERATION_SETTING))?.value;
    const generation = typeof value === 'object' && value !== null ? (value as { generation?: unknown }).generation : undefined;
    return !(typeof generation === 'string' && generation !== '');
  } catch {
    // Unreadable: wait for the step, as every unlock once did.
    return true;
  }
}

/** After the database has opened unlocked. Never throws: the mirror is a safety net, not a gate. */
export async function afterUnlock({ db, session, keyring, audit }: AfterUnlock): Promise<void> {
  const target = getMirror();
  try {
    const outcome = await reconcileWithMirror(db, target, session, CURRENT_SCHEMA_VERSION);
    const stored = await keyring.load();
    if (stored) await keepKeyringCopy(target, stored);
    if (outcome.kind === 'rebuilt' && (outcome.restored > 0 || keyringWasRestored())) {
      await audit.record({ action: 'restore', recordType: 'storage', recordId: 'recent-work' });
      rebuildNotice.show();
    }
    forgetKeyringRestored();
  } catch (error) {
    console.warn('Team Around could not check its second copy of recent work.', error instanceof Error ? error.name : 'unknown error');
  }
}
