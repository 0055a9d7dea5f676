import { Link } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { MakeBackupSection } from './MakeBackupSection';
import { ReminderSettingForm } from './ReminderSettingForm';
import { RestoreFromBackup } from './RestoreFromBackup';
import { useBackupOverview } from './useBackupStatus';
import { paths } from '../../components/paths';

/** Back up and restore: make an encrypted backup file, restore one, and choose when to be reminded. */
export function BackupPage() {
  const overview = useBackupOverview();
  return (
    <>
      <p className="back-link">
        <Link to={paths.settings()}>Back to settings</Link>
      </p>
      <PageHeading title="Back up and restore" />
      <MakeBackupSection />
      <RestoreFromBackup afterRestore={<Link to={paths.families()}>Go to the list of families</Link>} />
      {overview ? <ReminderSettingForm remindAfterDays={overview.settings.remindAfterDays} /> : <p>Loading the reminder setting…</p>}
    </>
  );
}
