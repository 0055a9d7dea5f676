import { useState } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { TextField } from '../../components/TextField';
import { SaveRefused, useFormSubmit } from '../../components/form/useFormSubmit';
import { isCurrentPassphrase } from '../../data/lock/app-lock';

export interface ConfirmPassphraseFormProps {
  id: string;
  /** What confirming does, e.g. "End the review". */
  submitLabel: string;
  onConfirmed(): void | Promise<void>;
  onCancel(): void;
}

/**
 * The chair proves it is them with the passphrase that unlocks the app, checked the same way.
 * A wrong passphrase says so and nothing else happens. What is typed is kept only in memory.
 */
export function ConfirmPassphraseForm({ id, submitLabel, onConfirmed, onCancel }: ConfirmPassphraseFormProps) {
  const [passphrase, setPassphrase] = useState('');
  const form = useFormSubmit({
    check: (): Validated<string> => (passphrase === '' ? { ok: false, errors: [{ path: 'passphrase', message: 'Enter your passphrase' }] } : { ok: true, value: passphrase }),
    save: async (typed) => {
      if (await isCurrentPassphrase(typed)) return true;
      setPassphrase('');
      throw new SaveRefused('That passphrase is not right, so the review stays open. Check Caps Lock and try again.');
    },
    afterSave: () => onConfirmed(),
  });
  return (
    <form className="form" noValidate onSubmit={(event) => void form.submit(event)} aria-label="Take the laptop back">
      <TextField
        id={id}
        label="Your passphrase"
        hint="The passphrase you unlock Team Around with."
        type="password"
        autoComplete="current-password"
        autoFocus
        readOnly={form.saving}
        value={passphrase}
        error={form.saveError ?? form.errorAt('passphrase')}
        onValueChange={setPassphrase}
      />
      <p role="status" className="save-status">
        {form.saving ? 'Checking…' : ''}
      </p>
      <div className="form__actions">
        <button type="submit" className="button" aria-disabled={form.saving || undefined}>
          {submitLabel}
        </button>
        <button type="button" className="button button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
