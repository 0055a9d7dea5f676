import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { TextField } from '../../components/TextField';
import { unlockWithRecovery } from '../../data/lock/app-lock';
import { LockLayout } from './LockLayout';
import { checkNewPassphrase, newPassphraseErrors, useEstimatedProblem } from './passphrase-check';
import { PassphraseFields } from './PassphraseFields';

/** A forgotten passphrase: the recovery key opens the records and a new passphrase is chosen. */
export function RecoveryUnlockPage({ onUnlocked, onBack }: { onUnlocked(): void; onBack(): void }) {
  const [values, setValues] = useState({ recoveryKey: '', passphrase: '', repeat: '' });
  const [attempt, setAttempt] = useState(0);
  const [keyError, setKeyError] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);
  const estimated = useEstimatedProblem(values.passphrase);
  const passErrors = attempt > 0 ? newPassphraseErrors(values.passphrase, values.repeat, estimated) : {};
  const missingKey = attempt > 0 && values.recoveryKey.trim() === '' ? 'Enter your recovery key' : undefined;
  const recoveryError = missingKey ?? keyError;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    // The estimator's verdict first, so the error summary appears with every message at once.
    const found = await checkNewPassphrase(values.passphrase, values.repeat);
    setAttempt((n) => n + 1);
    setKeyError(undefined);
    if (values.recoveryKey.trim() === '' || Object.keys(found).length > 0) return;
    setBusy(true);
    const result = await unlockWithRecovery(values.recoveryKey, values.passphrase);
    if (result.ok) {
      onUnlocked();
      return;
    }
    setBusy(false);
    setKeyError(result.message);
  }

  const summary = [
    ...(recoveryError ? [{ fieldId: 'recovery-key', message: recoveryError }] : []),
    ...(passErrors.passphrase ? [{ fieldId: 'new-passphrase', message: passErrors.passphrase }] : []),
    ...(passErrors.repeat ? [{ fieldId: 'repeat-passphrase', message: passErrors.repeat }] : []),
  ];

  return (
    <LockLayout>
      <PageHeading title="Open Team Around with your recovery key" />
      <p className="lead">Type the recovery key you saved when Team Around was set up, then choose a new passphrase.</p>
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} attempt={attempt} />
        <TextField
          id="recovery-key"
          label="Recovery key"
          hint="Groups of 4 letters and numbers. Spaces, dashes and capital letters do not matter."
          autoComplete="off"
          spellCheck={false}
          value={values.recoveryKey}
          error={recoveryError}
          onValueChange={(recoveryKey) => setValues((v) => ({ ...v, recoveryKey }))}
        />
        <PassphraseFields
          label="New passphrase"
          passphrase={values.passphrase}
          repeat={values.repeat}
          errors={passErrors}
          onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        />
        <p role="status" className="save-status">
          {busy ? 'Checking the recovery key…' : ''}
        </p>
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Unlock and save the new passphrase
          </button>
          <button type="button" className="button button--secondary" onClick={onBack}>
            Back to the passphrase
          </button>
        </div>
      </form>
    </LockLayout>
  );
}
