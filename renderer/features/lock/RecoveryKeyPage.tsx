import { useState } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { LockLayout } from './LockLayout';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';

/** Shown once, straight after set-up: the only way back in if the passphrase is forgotten. */
export function RecoveryKeyPage({ recoveryKey, onDone }: { recoveryKey: string; onDone(): void }) {
  const [saved, setSaved] = useState(false);
  const [tried, setTried] = useState(false);
  const groups = recoveryKey.split(/[\s-]+/).filter(Boolean);
  return (
    <LockLayout>
      <PageHeading title="Save your recovery key" />
      <p className="lead">If you forget your passphrase, this recovery key is the only way to open your records. Nobody else can reset it for you.</p>
      <p>Write it down or print this page now, and keep it somewhere safe, away from this computer. It will not be shown again.</p>
      <RecoveryKeyDisplay groups={groups} />
      <div className={`field${tried && !saved ? ' field--error' : ''}`}>
        {tried && !saved && (
          <p className="field__error" id="saved-error">
            <span className="visually-hidden">Error: </span>Confirm that you have kept your recovery key
          </p>
        )}
        <div className="choice">
          <input
            id="recovery-saved"
            type="checkbox"
            className="choice__input"
            checked={saved}
            aria-describedby={tried && !saved ? 'saved-error' : undefined}
            onChange={(e) => setSaved(e.target.checked)}
          />
          <label htmlFor="recovery-saved" className="choice__label">
            I have written down or printed my recovery key and will keep it safe
          </label>
        </div>
      </div>
      <button
        type="button"
        className="button"
        onClick={() => {
          setTried(true);
          if (saved) onDone();
        }}
      >
        Continue to Team Around
      </button>
    </LockLayout>
  );
}
