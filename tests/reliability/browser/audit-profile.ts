/**
 * A profile as the app has it, in Chromium's IndexedDB: the encrypted TeamAroundDatabase, a keyring
 * store holding the envelope, the repositories and the backup service, all on a test clock. Shared by
 * the audit-trail and backup checks (audit-restores.ts, audit-truncation.ts, backup-damage.ts).
 */
import Dexie from 'dexie';
import { newId } from '../../../shared/domain/ids';
import { createBackupService, type BackupService } from '../../../renderer/data/backup/backup-service';
import { createAuditCount } from '../../../renderer/data/crypto/audit-count';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import { createKeyring, type NewKeyring } from '../../../renderer/data/crypto/keys';
import { KeyringStore } from '../../../renderer/data/crypto/keyring-store';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';

export const PASSPHRASE = 'correct horse battery staple orchard';

let keyring: Promise<NewKeyring> | undefined;

/** One keyring for every profile of the page (one PBKDF2 derivation), as profiles restored from each other's backups share it. */
export function sharedKeyring(): Promise<NewKeyring> {
  keyring ??= createKeyring(PASSPHRASE, { now: new Date('2026-11-23T09:00:00.000Z') });
  return keyring;
}

/** A clock that moves on a second each time it is read, so every entry has a time of its own. */
export function steppingClock(start = '2026-11-23T10:15:00.000Z'): () => Date {
  let at = Date.parse(start);
  return () => new Date((at += 1000));
}

export interface PageProfile {
  name: string;
  db: TeamAroundDatabase;
  repos: Repositories;
  service: BackupService;
  /** The keyring store beside it: the envelope and the audit trail's count. */
  keyring: KeyringStore;
  /** Closes everything and deletes both databases. */
  remove(): Promise<void>;
}

export async function openPageProfile(name: string, now: () => Date): Promise<PageProfile> {
  const { envelope, dataKey } = await sharedKeyring();
  const session = new KeySession();
  session.unlock({ id: dataKey.id, bytes: dataKey.bytes.slice() });
  const store = new KeyringStore(`${name}-keyring`);
  await store.saveEnvelope(envelope);
  const db = new TeamAroundDatabase(name, { encryption: session });
  await db.open();
  const repos = createRepositories(db, now, { auditCount: createAuditCount(store, session) });
  const service = createBackupService({ db, session, keyring: store, audit: repos.audit, now });
  return {
    name,
    db,
    repos,
    service,
    keyring: store,
    async remove() {
      db.close();
      store.close();
      session.lock();
      await Dexie.delete(name);
      await Dexie.delete(`${name}-keyring`);
    },
  };
}

/** A family made through the repositories, which writes its 'create' audit entry in the same transaction. */
export async function createFamily(repos: Repositories, familyName: string): Promise<string> {
  const family = await repos.families.create({
    familyName,
    carers: [{ id: newId(), name: `${familyName} carer`, relationship: 'Carer', phone: '', email: '' }],
    children: [{ id: newId(), name: `${familyName} child`, dateOfBirth: '2017-01-09', school: '' }],
    households: [],
    safetyFlags: [],
  });
  return family.id;
}

/** The same database through a new connection, as the app finds it after a restart (the same keyring beside it). */
export async function reopen(profile: PageProfile, now: () => Date): Promise<{ db: TeamAroundDatabase; repos: Repositories }> {
  const { dataKey } = await sharedKeyring();
  const session = new KeySession();
  session.unlock({ id: dataKey.id, bytes: dataKey.bytes.slice() });
  const db = new TeamAroundDatabase(profile.name, { encryption: session });
  await db.open();
  return { db, repos: createRepositories(db, now, { auditCount: createAuditCount(profile.keyring, session) }) };
}
