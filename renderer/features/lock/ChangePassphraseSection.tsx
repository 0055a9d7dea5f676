import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { changePassphraseWhileUnlocked } from '../../data/lock/app-lock';
import { checkNewPassphrase, newPassphraseErrors, useEstimatedProblem } from './passphrase-check';
import { PassphraseFields } from './PassphraseFields';

const EMPTY = { current: '', passphrase: '', repeat: '' };

/** Settings: change the passphrase while unlocked, after typing the current one. The recovery key stays the same. */
export function ChangePassphraseSection() {
  const [values, setValues] = useState(EMPTY);
  const [attempt, setAttempt] = useState(0);
  const [busy, setBusy] = useState(false);
  const [refused, setRefused] = useState<{ field: 'current' | 'new'; message: string } | null>(null);
  const [done, setDone] = useState(false);
  const notice = useRef<HTMLParagraphElement>(null);
  const estimated = useEstimatedProblem(values.passphrase);
  const errors = attempt > 0 ? newPassphraseErrors(values.passphrase, values.repeat, estimated) : {};
  const currentError = attempt > 0 && values.current === '' ? 'Enter your current passphrase' : refused?.field === 'current' ? refused.message : undefined;
  const newError = errors.passphrase ?? (refused?.field === 'new' ? refused.message : undefined);

  useEffect(() => {
    if (done) notice.current?.focus();
  }, [done]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    setDone(false);
    setRefused(null);
    const found = await checkNewPassphrase(values.passphrase, values.repeat);
    if (values.current === '' || Object.keys(found).length > 0) {
      setAttempt((n) => n + 1);
      return;
    }
    setBusy(true);
    const result = await changePassphraseWhileUnlocked(values.current, values.passphrase);
    setBusy(false);
    if (!result.ok) {
      setRefused({ field: result.field, message: result.message });
      setAttempt((n) => n + 1);
      return;
    }
    setValues(EMPTY);
    setAttempt(0);
    setDone(true);
  }

  const summary = [
    ...(currentError ? [{ fieldId: 'current-passphrase', message: currentError }] : []),
    ...(newError ? [{ fieldId: 'new-passphrase', message: newError }] : []),
    ...(errors.repeat ? [{ fieldId: 'repeat-passphrase', message: errors.repeat }] : []),
  ];

  return (
    <section aria-labelledby="change-passphrase-heading">
      <h2 className="section-heading" id="change-passphrase-heading">
        Change your passphrase
      </h2>
      <p>You will need your current passphrase. Your recovery key stays the same.</p>
      {done && (
        <p ref={notice} tabIndex={-1} className="notice notice--success" role="status">
          Your passphrase has been changed. Use the new one from now on.
        </p>
      )}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} attempt={attempt} />
        <TextField
          id="current-passphrase"
          label="Current passphrase"
          type="password"
          autoComplete="current-password"
          readOnly={busy}
          value={values.current}
          error={currentError}
          onValueChange={(current) => setValues((v) => ({ ...v, current }))}
        />
        <PassphraseFields
          label="New passphrase"
          passphrase={values.passphrase}
          repeat={values.repeat}
          errors={{ passphrase: newError, repeat: errors.repeat }}
          onChange={(change) => setValues((v) => ({ ...v, ...change }))}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            Change passphrase
          </button>
          {busy && (
            <p role="status" className="save-status">
              Changing the passphrase. This takes a few seconds…
            </p>
          )}
        </div>
      </form>
    </section>
  );
}
