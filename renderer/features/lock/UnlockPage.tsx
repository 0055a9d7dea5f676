import { useEffect, useState, type FormEvent } from 'react';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { unlockWaitMessage } from '../../data/crypto/unlock-backoff';
import { pendingFailures, quickUnlock, unlock } from '../../data/lock/app-lock';
import { isQuickUnlockOn } from './lock-settings';
import { LockLayout } from './LockLayout';

/** The locked screen: nothing about anyone is shown until the passphrase is given. */
export function UnlockPage({ reason, onUnlocked, onForgotten }: { reason: string | null; onUnlocked(): void; onForgotten(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const [failures, setFailures] = useState({ failures: 0, lastFailureAt: 0 });
  const [now, setNow] = useState(() => Date.now());
  const wait = unlockWaitMessage(now, failures.lastFailureAt, failures.failures);

  // Failed unlocks are kept beside the key envelope, so the wait survives a reload.
  useEffect(() => {
    let live = true;
    void pendingFailures().then((kept) => {
      if (live) setFailures(kept);
    });
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!wait) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [wait]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || unlockWaitMessage(Date.now(), failures.lastFailureAt, failures.failures)) return;
    if (passphrase === '') {
      setError('Enter your passphrase');
      return;
    }
    setBusy(true);
    const kept = await pendingFailures();
    if (unlockWaitMessage(Date.now(), kept.lastFailureAt, kept.failures)) {
      setFailures(kept);
      setNow(Date.now());
      setBusy(false);
      return;
    }
    const result = await unlock(passphrase);
    if (result.ok) {
      onUnlocked();
      return;
    }
    setBusy(false);
    setPassphrase('');
    setError(result.message);
    setFailures({ failures: result.failures, lastFailureAt: result.lastFailureAt });
    setNow(Date.now());
  }

  async function unlockWithSignIn() {
    setBusy(true);
    const result = await quickUnlock();
    if (result.ok) return onUnlocked();
    setBusy(false);
    setError(result.message);
  }

  return (
    <LockLayout>
      <PageHeading title="Team Around is locked" />
      {reason && <p className="notice">{reason}</p>}
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id="unlock-passphrase"
          label="Passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          // Not editable while checking, so nothing typed meanwhile is wiped by a failed attempt.
          readOnly={busy}
          value={passphrase}
          error={error}
          onValueChange={setPassphrase}
        />
        <p role="status" className="save-status">
          {busy ? 'Unlocking…' : (wait ?? '')}
        </p>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy || wait !== undefined}>
            Unlock
          </button>
          {isQuickUnlockOn() && (
            <button type="button" className="button button--secondary" disabled={busy} onClick={() => void unlockWithSignIn()}>
              Unlock with this computer’s sign-in
            </button>
          )}
          <button type="button" className="button button--secondary" onClick={onForgotten}>
            I have forgotten my passphrase
          </button>
        </div>
      </form>
    </LockLayout>
  );
}
