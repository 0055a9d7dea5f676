import { Link, useLocation } from 'react-router';
import { PageHeading } from '../../components/PageHeading';
import { PracticeFamilySection } from '../practice';
import { AuditCheckSection } from '../audit';
import { RetentionSettingsSection } from '../retention';
import { FlashNotice, flashFrom } from '../../components/notices/FlashNotice';
import { DriftSettingsSection } from '../home';
import { AreaSettingsSummary } from './AreaSettingsSummary';
import { useStoredAreaSettings } from './useStoredSettings';
import { YourDetails } from './YourDetails';
import { ChangePassphraseSection } from '../lock';
import { LockSettingsSection } from '../lock';
import { KeyRotationSection } from '../lock';
import { paths } from '../../components/paths';
import { Section } from '../../components/Section';

/** Settings kept on pages of their own: a line on what each holds, and the link to it. */
const LINK_SECTIONS = [
  {
    headingId: 'backup-heading',
    title: 'Backups',
    text: 'Make a backup of everything on this computer, restore one, or choose when to be reminded.',
    to: paths.backup(),
    link: 'Back up and restore',
  },
  { headingId: 'calendar-heading', title: 'Area calendar', text: 'School term dates and bank holidays, used when finding meeting times.', to: paths.calendarSettings(), link: 'Check or change the area calendar' },
  { headingId: 'agendas-heading', title: 'Agenda templates', text: 'The agenda each kind of meeting starts with.', to: paths.agendaSettings(), link: 'Check or change the agenda templates' },
];

export function SettingsPage() {
  const flash = flashFrom(useLocation().state);
  const area = useStoredAreaSettings();
  return (
    <>
      <PageHeading title="Settings" />
      <FlashNotice message={flash} />
      <YourDetails />
      {area ? <AreaSettingsSummary area={area} /> : <p>Loading area settings…</p>}
      {LINK_SECTIONS.map((section) => (
        <Section key={section.headingId} headingId={section.headingId} title={section.title}>
          <p>
            {section.text} <Link to={section.to}>{section.link}</Link>
          </p>
        </Section>
      ))}
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
