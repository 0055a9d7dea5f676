import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { PageHeading } from '../../components/PageHeading';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { setUpEncryption } from '../../data/lock/app-lock';
import { LockLayout } from './LockLayout';
import { checkedFields, checkNewPassphrase, newPassphraseErrors, useEstimatedProblem } from './passphrase-check';
import { PassphraseFields, passphraseSummary } from './PassphraseFields';
import { BusyStatus } from '../../components/notices/BusyStatus';

/** First run: choose the passphrase that locks everything on this computer. */
export function FirstRunPage({ onDone }: { onDone(recoveryKey: string): void }) {
  const [values, setValues] = useState({ passphrase: '', repeat: '' });
  const estimated = useEstimatedProblem(values.passphrase);
  // What is typed here is never kept anywhere but in memory: no draft.
  const form = useFormSubmit({
    check: () => checkedFields(values.passphrase, newPassphraseErrors(values.passphrase, values.repeat, estimated)),
    // The estimator's verdict first, so the error summary appears with every message at once.
    checkOnSubmit: async () => checkedFields(values.passphrase, await checkNewPassphrase(values.passphrase, values.repeat)),
    save: async (passphrase) => {
      try {
        return await setUpEncryption(passphrase);
      } catch {
        throw new SaveRefused('Team Around could not be set up. Check there is free space on this computer and try again.');
      }
    },
    afterSave: ({ recoveryKey }) => onDone(recoveryKey),
  });
  const errors = { passphrase: form.errorAt('passphrase'), repeat: form.errorAt('repeat') };
  const busy = form.saving;
  const failure = form.saveError;

  const summary = passphraseSummary(errors);

  return (
    <LockLayout>
      <PageHeading title="Set up Team Around" />
      <p className="lead">
        Team Around keeps what you record about families on this computer, locked with a passphrase that only you know. Nobody can read it
        without the passphrase, even if the laptop is lost.
      </p>
      <form className="form" noValidate onSubmit={form.submit}>
        <ErrorSummary errors={summary} attempt={form.attempt} />
        {failure && (
          <div className="notice notice--problem" role="alert">
            {failure}
          </div>
        )}
        <PassphraseFields values={values} errors={errors} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
        <div className="form__actions">
          <button type="submit" className="button" disabled={busy}>
            Set up and continue
          </button>
          <BusyStatus busy={busy}>Setting up. This takes a few seconds…</BusyStatus>
        </div>
      </form>
    </LockLayout>
  );
}
