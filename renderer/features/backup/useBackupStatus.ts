import { useLiveQuery } from 'dexie-react-hooks';
import { getDatabase } from '../../data/db';
import { DEFAULT_BACKUP_SETTINGS, readBackupSettings, readBackupStatus, type BackupSettings } from '../../data/repositories/settings';

export interface BackupOverview {
  lastBackupAt: string | null;
  settings: BackupSettings;
  /** At least one real (not practice) family is recorded. */
  hasData: boolean;
}

/** The last backup, the reminder setting and whether there is anything to back up; `undefined` while loading or locked. */
export function useBackupOverview(): BackupOverview | undefined {
  return useLiveQuery(async () => {
    const db = getDatabase();
    try {
      const [status, settings, real] = await Promise.all([readBackupStatus(db), readBackupSettings(db), db.families.filter((f) => !f.isPractice).first()]);
      return { lastBackupAt: status.lastBackupAt, settings, hasData: real !== undefined };
    } catch {
      // Locked, or the database is closing: say nothing rather than break the page.
      return { lastBackupAt: null, settings: DEFAULT_BACKUP_SETTINGS, hasData: false };
    }
  }, []);
}
