import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PracticeFamilySection } from '../practice';
import { AuditCheckSection } from '../audit';
import { RetentionSettingsSection } from '../retention';
import { DriftSettingsSection } from '../home';
import { AreaSettingsSummary } from './AreaSettingsSummary';
import { useStoredAreaSettings } from './useStoredSettings';
import { YourDetails } from './YourDetails';
import { ChangePassphraseSection } from '../lock';
import { LockSettingsSection } from '../lock';

function flashFrom(state: unknown): string | null {
  if (state && typeof state === 'object' && 'flash' in state && typeof state.flash === 'string') return state.flash;
  return null;
}

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
          Make a backup of everything on this computer, restore one, or choose when to be reminded. <Link to="/backup">Back up and restore</Link>
        </p>
      </section>
      <section aria-labelledby="calendar-heading">
        <h2 className="section-heading" id="calendar-heading">
          Area calendar
        </h2>
        <p>
          School term dates and bank holidays, used when finding meeting times. <Link to="/settings/calendar">Check or change the area calendar</Link>
        </p>
      </section>
      <LockSettingsSection />
      <ChangePassphraseSection />
      <PracticeFamilySection />
      <RetentionSettingsSection />
      <DriftSettingsSection />
      <AuditCheckSection />
    </>
  );
}
