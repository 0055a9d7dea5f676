/** The app's database as the app will open it: encryption middleware on, unlocked with a fixed test key. */
import { encryptionMiddleware } from '../../../renderer/data/crypto/encryption-middleware';
import { KeySession } from '../../../renderer/data/crypto/key-session';
import type { DataKey } from '../../../renderer/data/crypto/data-key';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { CURRENT_SCHEMA_VERSION } from '../../../renderer/data/schema';

/** Fixed, so a relaunched browser can read what the killed one wrote. Test data only. */
export const TEST_KEY: DataKey = {
  id: '7465737474657374',
  bytes: Uint8Array.from({ length: 32 }, (_, i) => (i * 37 + 11) & 255),
};

export function unlockedSession(): KeySession {
  const session = new KeySession();
  session.unlock(TEST_KEY);
  return session;
}

/** `encrypted: false` is the control: the same database and repositories with nothing sealed. */
export function openAppDatabase(encrypted: boolean, schemaVersion: number = CURRENT_SCHEMA_VERSION, session: KeySession = unlockedSession()): TeamAroundDatabase {
  const db = new TeamAroundDatabase();
  if (encrypted) db.use(encryptionMiddleware({ session, schemaVersion }));
  return db;
}
