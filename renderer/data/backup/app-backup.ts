/** The backup service wired to the app's own database, key session and keyring. */
import { KeyringStore } from '../crypto/keyring-store';
import { getDatabase, keySession } from '../db';
import { getRepositories } from '../repositories';
import { flushAllSaves } from '../save-queue';
import { createBackupService, type BackupService, type VerifiedBackup } from './backup-service';

let service: BackupService | undefined;

export function appBackupService(): BackupService {
  if (!service) {
    const inner = createBackupService({ db: getDatabase(), session: keySession, keyring: new KeyringStore(), audit: getRepositories().audit });
    service = {
      ...inner,
      async restoreBackup(backup: VerifiedBackup) {
        // A save already under way finishes first, so it cannot land on top of the restored records.
        await flushAllSaves();
        const result = await inner.restoreBackup(backup);
        // The restored profile names the user in the audit trail from now on.
        await getRepositories().settings.profile();
        return result;
      },
    };
  }
  return service;
}
