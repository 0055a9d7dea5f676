import { useEffect, useRef, useState } from 'react';
import { useProfile } from '../../data/hooks/useSettings';
import type { Profile } from '../../data/repositories/settings';
import { ProfileForm } from './ProfileForm';

/** The "Your details" section. After a save the form starts afresh from what was saved. */
export function YourDetails() {
  const stored = useProfile();
  const [base, setBase] = useState<{ profile: Profile; version: number } | null>(null);
  const notice = useRef<HTMLDivElement>(null);
  const version = base?.version ?? 0;
  useEffect(() => {
    // The button pressed has been replaced, so focus goes to the message saying what happened.
    if (version > 0) notice.current?.focus();
  }, [version]);

  return (
    <section aria-labelledby="your-details-heading">
      <h2 className="section-heading" id="your-details-heading">
        Your details
      </h2>
      {version > 0 && (
        <div className="notice notice--success" role="status" tabIndex={-1} ref={notice}>
          Your details have been saved.
        </div>
      )}
      {stored === undefined ? (
        <p>Loading your details…</p>
      ) : (
        <ProfileForm key={version} saved={base?.profile ?? stored} onSaved={(profile) => setBase({ profile, version: version + 1 })} />
      )}
    </section>
  );
}
