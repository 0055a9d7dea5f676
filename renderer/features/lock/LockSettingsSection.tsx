import { useState } from 'react';
import { LOCK_AFTER_CHOICES, lockAfterMinutes, setLockAfterMinutes } from './lock-settings';
import { useLock } from './lock-context';
import { QuickUnlockSetting } from './QuickUnlockSetting';
import { Section } from '../../components/Section';

/** Settings: how soon Team Around locks itself when nobody is using it, and a way to lock now. */
export function LockSettingsSection() {
  const [minutes, setMinutes] = useState(lockAfterMinutes);
  const { lockNow } = useLock();
  return (
    <Section headingId="lock-heading" title="Locking">
      <p>Team Around locks itself when the computer sleeps or its screen locks, and after a time without use. Locking clears the screen.</p>
      <div className="field">
        <label className="field__label" htmlFor="lock-after">
          Lock after this long without use
        </label>
        <select
          id="lock-after"
          className="input input--short"
          value={minutes}
          onChange={(e) => {
            const next = Number(e.target.value);
            setLockAfterMinutes(next);
            setMinutes(next);
          }}
        >
          {LOCK_AFTER_CHOICES.map((m) => (
            <option key={m} value={m}>
              {m} minutes
            </option>
          ))}
        </select>
      </div>
      <p role="status" className="save-status">
        Saved: Team Around locks after {minutes} minutes without use.
      </p>
      <QuickUnlockSetting />
      <button type="button" className="button button--secondary" onClick={lockNow}>
        Lock Team Around now
      </button>
    </Section>
  );
}
