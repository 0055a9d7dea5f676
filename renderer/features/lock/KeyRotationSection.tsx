import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { BusyStatus } from '../../components/notices/BusyStatus';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { startRotation } from '../../data/lock/app-lock';
import { NewRecoveryKeyNotice } from './NewRecoveryKeyNotice';
import { RotationProgress } from './RotationProgress';
import { useRotationStatus } from './useRotationStatus';
import { Section } from '../../components/Section';
import { summaryEntries } from '../../components/form/summary-entries';

/** Settings: a new key for the records, every record re-encrypted with it in the background (docs/decisions/0044). */
export function KeyRotationSection() {
  const [passphrase, setPassphrase] = useState('');
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  const running = useRotationStatus().state === 'running';
  // What is typed here is never kept anywhere but in memory: no draft.
  const form = useFormSubmit({
    check: () => (passphrase === '' ? { ok: false, errors: [{ path: 'rotation-passphrase', message: 'Enter your passphrase' }] } : { ok: true, value: passphrase }),
    save: async (typed: string) => {
      const result = await startRotation(typed);
      if (!result.ok) throw new SaveRefused(result.message);
      return result.recoveryKey ?? null;
    },
    afterSave: (made: string | null) => {
      setPassphrase('');
      form.reset();
      setRecoveryKey(made);
    },
  });
  const error = form.errorAt('rotation-passphrase') ?? form.saveError ?? undefined;

  function submit(event: FormEvent) {
    setRecoveryKey(null);
    void form.submit(event);
  }

  return (
    <Section headingId="rotation-heading" title="Change the key that encrypts your records">
      <p>
        Your records are kept locked with a key that only your passphrase or your recovery key can open. Changing it makes a new key, locks every record again with it, and gives you a new
        recovery key. Do this if you think the key could have been copied, for example from a computer that was lost, repaired or shared.
      </p>
      {recoveryKey && <NewRecoveryKeyNotice recoveryKey={recoveryKey} />}
      <RotationProgress />
      <form className="form" noValidate onSubmit={submit}>
        <ErrorSummary errors={summaryEntries([['rotation-passphrase', error]])} attempt={form.attempt * 2 + (form.saveError ? 1 : 0)} />
        <TextField
          id="rotation-passphrase"
          label="Your passphrase"
          type="password"
          autoComplete="current-password"
          readOnly={form.saving}
          value={passphrase}
          error={error}
          onValueChange={setPassphrase}
        />
        <div className="form__actions">
          <button type="submit" className="button button--secondary" disabled={form.saving || running}>
            Change the key
          </button>
          <BusyStatus busy={form.saving}>Making the new key. This takes a few seconds…</BusyStatus>
        </div>
      </form>
    </Section>
  );
}
