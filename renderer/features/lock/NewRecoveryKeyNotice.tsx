import { useEffect, useRef } from 'react';

/** A recovery key made while unlocked (the data key changed): shown once, in settings, to write down or print. */
export function NewRecoveryKeyNotice({ recoveryKey }: { recoveryKey: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const groups = recoveryKey.split(/[\s-]+/).filter(Boolean);
  useEffect(() => heading.current?.focus(), [recoveryKey]);
  return (
    <div className="notice notice--success">
      <h3 ref={heading} tabIndex={-1}>
        Your new recovery key
      </h3>
      <p>Your old recovery key no longer opens your records. Write this new one down or print this page now, and keep it somewhere safe, away from this computer. It will not be shown again.</p>
      <p className="recovery-key" aria-label={`Recovery key: ${groups.join(' ')}`}>
        {groups.map((g, i) => (
          <span key={i} className="recovery-key__group">
            {g}
          </span>
        ))}
      </p>
      <p>
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          Print this page
        </button>
      </p>
    </div>
  );
}
