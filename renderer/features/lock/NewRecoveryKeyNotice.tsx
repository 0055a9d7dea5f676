import { useEffect, useRef } from 'react';
import { RecoveryKeyDisplay } from './RecoveryKeyDisplay';

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
      <RecoveryKeyDisplay groups={groups} />
    </div>
  );
}
