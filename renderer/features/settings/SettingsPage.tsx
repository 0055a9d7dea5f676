import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PracticeFamilySection } from '../practice';
import { AuditCheckSection } from '../audit';
import { RetentionSettingsSection } from '../retention';
import { flashFrom } from '../../components/notices/FlashNotice';
import { DriftSettingsSection } from '../home';
import { AreaSettingsSummary } from './AreaSettingsSummary';
import { useStoredAreaSettings } from './useStoredSettings';
import { YourDetails } from './YourDetails';
import { ChangePassphraseSection } from '../lock';
import { LockSettingsSection } from '../lock';
import { KeyRotationSection } from '../lock';
import { paths } from '../../components/paths';

export function SettingsPage() {
  const flash = flashFrom(useLocation().state);
  const area = useStoredAreaSettings();
  return (
    <>
      <PageHeading title="Settings" />
      {flash && (
        <div className="notice notice--success" role="status">
          {flash}
        </div>
      )}
      <YourDetails />
      {area ? <AreaSettingsSummary area={area} /> : <p>Loading area settings…</p>}
      <section aria-labelledby="backup-heading">
        <h2 className="section-heading" id="backup-heading">
          Backups
        </h2>
        <p>
          Make a backup of everything on this computer, restore one, or choose when to be reminded. <Link to={paths.backup()}>Back up and restore</Link>
        </p>
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 className="section-heading" id="calendar-heading">
          Area calendar
        </h2>
        <p>
          School term dates and bank holidays, used when finding meeting times. <Link to={paths.calendarSettings()}>Check or change the area calendar</Link>
        </p>
      </section>
      <section aria-labelledby="agendas-heading">
        <h2 className="section-heading" id="agendas-heading">
          Agenda templates
        </h2>
        <p>
          The agenda each kind of meeting starts with. <Link to={paths.agendaSettings()}>Check or change the agenda templates</Link>
        </p>
      </section>
      <LockSettingsSection />
      <ChangePassphraseSection />
      <KeyRotationSection />
      <PracticeFamilySection />
      <RetentionSettingsSection />
      <DriftSettingsSection />
      <AuditCheckSection />
    </>
  );
}
