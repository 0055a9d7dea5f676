import { useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PracticeFamilySection } from '../practice/PracticeFamilySection';
import { AreaSettingsSummary } from './AreaSettingsSummary';
import { useStoredAreaSettings } from './useStoredSettings';
import { YourDetails } from './YourDetails';

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
      <PracticeFamilySection />
    </>
  );
}
