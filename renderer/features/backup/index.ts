/** For the app shell and the first-run screen. */
export { BackupReminder } from './BackupReminder';
export { RestoreFromBackup } from './RestoreFromBackup';
export { backupRoutes } from './routes';
