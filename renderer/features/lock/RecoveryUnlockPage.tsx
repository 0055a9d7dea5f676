import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { unlockWithRecovery } from '../../data/lock/app-lock';
import { LockLayout } from './LockLayout';
import { checkedFields, checkNewPassphrase, newPassphraseErrors, useEstimatedProblem, type PassphraseErrors } from './passphrase-check';
import { PassphraseFields, passphraseSummary } from './PassphraseFields';

/** A forgotten passphrase: the recovery key opens the records and a new passphrase is chosen. */
export function RecoveryUnlockPage({ onUnlocked, onBack }: { onUnlocked(): void | Promise<void>; onBack(): void }) {
  const [values, setValues] = useState({ recoveryKey: '', passphrase: '', repeat: '' });
  const estimated = useEstimatedProblem(values.passphrase);
  const checked = (found: PassphraseErrors) =>
    checkedFields(values, found, values.recoveryKey.trim() === '' ? [{ path: 'recoveryKey', message: 'Enter your recovery key' }] : []);
  // What is typed here is never kept anywhere but in memory: no draft.
  const form = useFormSubmit({
    check: () => checked(newPassphraseErrors(values.passphrase, values.repeat, estimated)),
    // The estimator's verdict first, so the error summary appears with every message at once.
    checkOnSubmit: async () => checked(await checkNewPassphrase(values.passphrase, values.repeat)),
    save: async ({ recoveryKey, passphrase }) => {
      const result = await unlockWithRecovery(recoveryKey, passphrase);
      if (!result.ok) throw new SaveRefused(result.message);
    },
    afterSave: onUnlocked,
  });
  const errors = { recoveryKey: form.errorAt('recoveryKey') ?? form.saveError ?? undefined, passphrase: form.errorAt('passphrase'), repeat: form.errorAt('repeat') };
  const busy = form.saving;
  const summary = passphraseSummary(errors);

  return (
    <LockLayout>
      <PageHeading title="Open Team Around with your recovery key" />
      <p className="lead">Type the recovery key you saved when Team Around was set up, then choose a new passphrase.</p>
      <form className="form" noValidate onSubmit={form.submit}>
        <ErrorSummary errors={summary} attempt={form.attempt} />
        <PassphraseFields label="New passphrase" values={values} errors={errors} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
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
