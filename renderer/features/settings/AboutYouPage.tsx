import { PageHeading } from '../../components/PageHeading';
import { useProfile } from '../../data/hooks/useSettings';
import { ProfileForm } from './ProfileForm';

/**
 * First run, after the passphrase and recovery key: who the user is, how families reach them, and
 * how they will use the app. Letters wait for a name and a way to reply; it can be finished later
 * in Settings.
 */
export function AboutYouPage({ onDone }: { onDone(): void }) {
  const stored = useProfile();
  return (
    <>
      <PageHeading title="About you" />
      <p className="lead">
        Letters and calendar invitations carry your name and how to reach you, so a family can reply to a real person. You can change
        these at any time in Settings.
      </p>
      {stored === undefined ? <p>Loading…</p> : <ProfileForm saved={stored} submitLabel="Save and continue" onSaved={() => onDone()} />}
      <p>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Skip for now
        </button>
      </p>
    </>
  );
}
