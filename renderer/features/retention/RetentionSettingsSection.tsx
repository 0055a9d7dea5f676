import { Link } from 'react-router';
import { RetentionForm } from './RetentionForm';
import { useRetentionRules } from './useDueFamilies';
import { paths } from '../../components/paths';
import { RestartAfterSave } from '../../components/form/RestartAfterSave';
import { Section } from '../../components/Section';

/** The settings page's "Keeping records" section: how long records are kept, and the review list. */
export function RetentionSettingsSection() {
  return (
    <Section headingId="retention-heading" title="Keeping records">
      <RestartAfterSave stored={useRetentionRules()} savedNotice="How long records are kept has been saved." loading="Loading how long records are kept…" form={RetentionForm} />
      <p>The practice family is not kept: remove it in the Practice family section when you have finished with it.</p>
      <p>
        <Link to={paths.retention()}>Records due for disposal</Link>
      </p>
    </Section>
  );
}
