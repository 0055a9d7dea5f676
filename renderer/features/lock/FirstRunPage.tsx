import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { setUpEncryption } from '../../data/lock/app-lock';
import { LockLayout } from './LockLayout';
import { checkNewPassphrase, newPassphraseErrors, useEstimatedProblem } from './passphrase-check';
import { PassphraseFields } from './PassphraseFields';

/** First run: choose the passphrase that locks everything on this computer. */
export function FirstRunPage({ onDone }: { onDone(recoveryKey: string): void }) {
  const [values, setValues] = useState({ passphrase: '', repeat: '' });
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const estimated = useEstimatedProblem(values.passphrase);
  const errors = attempt > 0 ? newPassphraseErrors(values.passphrase, values.repeat, estimated) : {};

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    // The estimator's verdict first, so the error summary appears with every message at once.
    const found = await checkNewPassphrase(values.passphrase, values.repeat);
    setAttempt((n) => n + 1);
    if (Object.keys(found).length > 0) return;
    setBusy(true);
    setFailure(null);
    try {
      const { recoveryKey } = await setUpEncryption(values.passphrase);
      onDone(recoveryKey);
    } catch {
      setFailure('Team Around could not be set up. Check there is free space on this computer and try again.');
      setBusy(false);
    }
  }

  const summary = [
    ...(errors.passphrase ? [{ fieldId: 'new-passphrase', message: errors.passphrase }] : []),
    ...(errors.repeat ? [{ fieldId: 'repeat-passphrase', message: errors.repeat }] : []),
  ];

  return (
    <LockLayout>
      <PageHeading title="Set up Team Around" />
      <p className="lead">
        Team Around keeps what you record about families on this computer, locked with a passphrase that only you know. Nobody can read it
        without the passphrase, even if the laptop is lost.
      </p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} attempt={attempt} />
        {failure && (
          <div className="notice notice--problem" role="alert">
            {failure}
          </div>
        )}
        <PassphraseFields {...values} errors={errors} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Set up and continue
          </button>
          {busy && (
            <p role="status" className="save-status">
              Setting up. This takes a few seconds…
            </p>
          )}
        </div>
      </form>
    </LockLayout>
  );
}
