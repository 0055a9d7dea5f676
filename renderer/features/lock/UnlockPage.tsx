import { useEffect, useState, type FormEvent } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { unlockWaitMessage } from '../../data/crypto/unlock-backoff';
import { pendingFailures, unwrapWithPassphrase } from '../../data/lock/lock-start';
import { opensOnFamiliesList } from './first-screen';
import { loadAppLock } from './lock-code';
import { isQuickUnlockOn } from './lock-settings';
import { LockLayout } from './LockLayout';

/** The locked screen: nothing about anyone is shown until the passphrase is given. */
export function UnlockPage({ reason, onUnlocked, onForgotten }: { reason: string | null; onUnlocked(): void | Promise<void>; onForgotten(): void }) {
  const [passphrase, setPassphrase] = useState('');
  const [signingIn, setSigningIn] = useState(false);
  const [signInError, setSignInError] = useState<string | undefined>(undefined);
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

  // What is typed here is never kept anywhere but in memory: no draft.
  const form = useFormSubmit({
    check: (): Validated<string> | undefined => {
      // While waiting after failed attempts (or signing in), "Unlock" does nothing.
      if (signingIn || unlockWaitMessage(Date.now(), failures.lastFailureAt, failures.failures)) return undefined;
      return passphrase === '' ? { ok: false, errors: [{ path: 'passphrase', message: 'Enter your passphrase' }] } : { ok: true, value: passphrase };
    },
    save: async (typed) => {
      const kept = await pendingFailures();
      if (unlockWaitMessage(Date.now(), kept.lastFailureAt, kept.failures)) {
        setFailures(kept);
        setNow(Date.now());
        return false;
      }
      // The key is unwrapped (PBKDF2) while the rest of the unlock's code loads, if it has not yet.
      const [appLock, unwrapped] = await Promise.all([loadAppLock(), unwrapWithPassphrase(typed)]);
      const result = await appLock.finishUnlock(unwrapped, { readFamilyList: opensOnFamiliesList() });
      if (result.ok) return true;
      setPassphrase('');
      setFailures({ failures: result.failures, lastFailureAt: result.lastFailureAt });
      setNow(Date.now());
      throw new SaveRefused(result.message);
    },
    afterSave: async (unlocked) => {
      if (unlocked) await onUnlocked();
    },
  });
  const busy = form.saving || signingIn;
  // A failed unlock empties the field, so its message comes before "Enter your passphrase".
  const error = signInError ?? form.saveError ?? form.errorAt('passphrase');

  function submit(event: FormEvent) {
    // A sign-in message stays while "Unlock" does nothing; otherwise the outcome of this attempt replaces it.
    if (!busy && !unlockWaitMessage(Date.now(), failures.lastFailureAt, failures.failures)) setSignInError(undefined);
    void form.submit(event);
  }

  async function unlockWithSignIn() {
    setSigningIn(true);
    const result = await (await loadAppLock()).quickUnlock({ readFamilyList: opensOnFamiliesList() });
    if (result.ok) return onUnlocked();
    setSigningIn(false);
    setSignInError(result.message);
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
