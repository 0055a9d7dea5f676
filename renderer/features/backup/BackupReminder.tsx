import { Link, useLocation } from 'react-router';
import { reminderSentence, reminderState } from './backup-words';
import { useBackupOverview } from './useBackupStatus';
import { paths } from '../../components/paths';

/**
 * A calm reminder for the app shell when no backup has been made for the chosen number of days
 * (or ever, once there are families). Not shown on the backup page itself.
 */
export function BackupReminder() {
  const overview = useBackupOverview();
  const { pathname } = useLocation();
  if (!overview || pathname === paths.backup()) return null;
  const state = reminderState({ ...overview, remindAfterDays: overview.settings.remindAfterDays, now: new Date() });
  if (!state.due) return null;
  return (
    <div className="notice">
      <p>
        {reminderSentence(state)} <Link to={paths.backup()}>Make a backup</Link>
      </p>
    </div>
  );
}
