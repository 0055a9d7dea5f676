import { useProfile } from '../../data/hooks/useSettings';
import type { Profile } from '../../data/repositories/settings';
import { ProfileForm } from './ProfileForm';
import { useRestartAfterSave } from '../../components/form/useRestartAfterSave';
import { SavedAgainNotice } from '../../components/notices/SavedAgainNotice';

/** The "Your details" section. After a save the form starts afresh from what was saved. */
export function YourDetails() {
  const stored = useProfile();
  const { version, saved, notice, onSaved } = useRestartAfterSave<Profile>();

  return (
    <section aria-labelledby="your-details-heading">
      <h2 className="section-heading" id="your-details-heading">
        Your details
      </h2>
      <SavedAgainNotice version={version} notice={notice}>
        Your details have been saved.
      </SavedAgainNotice>
      {stored === undefined ? (
        <p>Loading your details…</p>
      ) : (
        <ProfileForm key={version} saved={saved ?? stored} onSaved={onSaved} />
      )}
    </section>
  );
}
