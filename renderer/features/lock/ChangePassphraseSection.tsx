import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { changePassphraseWhileUnlocked } from '../../data/lock/app-lock';
import { checkedFields, checkNewPassphrase, newPassphraseErrors, useEstimatedProblem, type PassphraseErrors } from './passphrase-check';
import { PassphraseFields, passphraseSummary } from './PassphraseFields';
import { BusyStatus } from '../../components/notices/BusyStatus';
import { NewRecoveryKeyNotice } from './NewRecoveryKeyNotice';
import { Section } from '../../components/Section';

const EMPTY = { current: '', passphrase: '', repeat: '' };

/** Settings: change the passphrase while unlocked, after typing the current one; the data key then changes too, with a new recovery key. */
export function ChangePassphraseSection() {
  const [values, setValues] = useState(EMPTY);
  const [refusedAt, setRefusedAt] = useState<'current' | 'new'>('current');
  const [done, setDone] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  const estimated = useEstimatedProblem(values.passphrase);
  const checked = (found: PassphraseErrors) =>
    checkedFields(values, found, values.current === '' ? [{ path: 'current', message: 'Enter your current passphrase' }] : []);
  // What is typed here is never kept anywhere but in memory: no draft.
  const form = useFormSubmit({
    check: () => checked(newPassphraseErrors(values.passphrase, values.repeat, estimated)),
    checkOnSubmit: async () => checked(await checkNewPassphrase(values.passphrase, values.repeat)),
    save: async ({ current, passphrase }) => {
      const result = await changePassphraseWhileUnlocked(current, passphrase);
      if (!result.ok) {
        setRefusedAt(result.field);
        throw new SaveRefused(result.message);
      }
      return result.recoveryKey ?? null;
    },
    afterSave: (made: string | null) => {
      setRecoveryKey(made);
      setValues(EMPTY);
      form.reset();
      setDone(true);
    },
  });
  const busy = form.saving;
  const refused = form.saveError ? { field: refusedAt, message: form.saveError } : null;
  const errors = { passphrase: form.errorAt('passphrase'), repeat: form.errorAt('repeat') };
  const currentError = form.errorAt('current') ?? (refused?.field === 'current' ? refused.message : undefined);
  const newError = errors.passphrase ?? (refused?.field === 'new' ? refused.message : undefined);
  // A refusal arrives after the check, so it counts as one more attempt: the summary takes focus again.
  const attempt = form.attempt * 2 + (refused ? 1 : 0);

  useEffect(() => {
    if (done && !recoveryKey) notice.current?.focus();
  }, [done, recoveryKey]);

  function submit(event: FormEvent) {
    setDone(false);
    setRecoveryKey(null);
    void form.submit(event);
  }

  const fieldErrors = { current: currentError, passphrase: newError, repeat: errors.repeat };
  const summary = passphraseSummary(fieldErrors);

  return (
    <Section headingId="change-passphrase-heading" title="Change your passphrase">
      <p>You will need your current passphrase. The key that encrypts your records then changes too, and you get a new recovery key.</p>
      {done && (
        <p ref={notice} tabIndex={-1} className="notice notice--success" role="status">
          Your passphrase has been changed. Use the new one from now on.
        </p>
      )}
      {done && recoveryKey && <NewRecoveryKeyNotice recoveryKey={recoveryKey} />}
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summary} attempt={attempt} />
        <PassphraseFields label="New passphrase" values={values} errors={fieldErrors} busy={busy} onChange={(change) => setValues((v) => ({ ...v, ...change }))} />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={busy}>
            Change passphrase
          </button>
          <BusyStatus busy={busy}>Changing the passphrase. This takes a few seconds…</BusyStatus>
        </div>
      </form>
    </Section>
  );
}
