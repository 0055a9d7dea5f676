import { useProfile } from '../../data/hooks/useSettings';
import { ProfileForm } from './ProfileForm';
import { RestartAfterSave } from '../../components/form/RestartAfterSave';
import { Section } from '../../components/Section';

/** The "Your details" section. After a save the form starts afresh from what was saved. */
export function YourDetails() {
  return (
    <Section headingId="your-details-heading" title="Your details">
      <RestartAfterSave stored={useProfile()} savedNotice="Your details have been saved." loading="Loading your details…" form={ProfileForm} />
    </Section>
  );
}
