import { useEffect, useState } from 'react';
import { disableQuickUnlock, enableQuickUnlock, quickUnlockStatus } from '../../data/lock/app-lock';
import { isQuickUnlockOn, setQuickUnlockOn } from './lock-settings';
import { rotationStatus, subscribeRotationStatus } from '../../data/lock/rotation-status';

/** Settings: unlock with the computer's own sign-in, where its key store keeps the key safely. */
export function QuickUnlockSetting() {
  const [status, setStatus] = useState<{ available: boolean; reason?: string } | null>(null);
  const [on, setOn] = useState(isQuickUnlockOn);
  const [message, setMessage] = useState('');
  // A key rotation that finishes switches it off (the key store held the old key).
  useEffect(
    () =>
      subscribeRotationStatus(() => {
        if (rotationStatus().state === 'finished') setOn(false);
      }),
    [],
  );

  useEffect(() => {
    let live = true;
    quickUnlockStatus().then(
      (s) => live && setStatus(s),
      () => live && setStatus({ available: false, reason: 'Quick unlock could not be checked on this computer.' }),
    );
    return () => {
      live = false;
    };
  }, []);

  if (!status) return null;
  if (!status.available) {
    return (
      <p>
        <strong>Quick unlock:</strong> not available. {status.reason ?? ''} Use your passphrase.
      </p>
    );
  }

  async function toggle(next: boolean) {
    if (next) {
      const result = await enableQuickUnlock();
      if (!result.ok) return setMessage(result.message);
    } else {
      await disableQuickUnlock();
    }
    setQuickUnlockOn(next);
    setOn(next);
    setMessage(next ? 'Quick unlock is on. Your passphrase still works too.' : 'Quick unlock is off.');
  }

  return (
    <div className="field">
      <div className="choice">
        <input id="quick-unlock" type="checkbox" className="choice__input" checked={on} onChange={(e) => void toggle(e.target.checked)} />
        <label htmlFor="quick-unlock" className="choice__label">
          Unlock with this computer’s sign-in (the key is kept by the computer’s own secure store)
        </label>
      </div>
      <p role="status" className="save-status">
        {message}
      </p>
    </div>
  );
}
