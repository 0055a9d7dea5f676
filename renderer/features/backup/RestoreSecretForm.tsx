import { useState } from 'react';
import type { Validated } from '../../../shared/domain/family';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import { useFormSubmit } from '../../components/form/useFormSubmit';
import type { BackupSecret } from '../../data/backup/backup-service';
import { RadioGroup } from '../../components/fields/RadioGroup';
import { BusyStatus } from '../../components/notices/BusyStatus';
import { summaryEntries } from '../../components/form/summary-entries';

type Method = 'passphrase' | 'recovery-key';

const METHODS = [
  { value: 'passphrase', label: 'The passphrase', hint: 'The passphrase that was in use on the computer when the backup was made.' },
  { value: 'recovery-key', label: 'The recovery key', hint: 'The recovery key printed or written down for the computer the backup was made on.' },
] as const;

interface Props {
  fileName: string;
  /** Opens the backup; throws `SaveRefused` for a wrong passphrase or recovery key, shown at the field. */
  onSubmit(secret: BackupSecret): Promise<void>;
  onChooseAnother(): void;
}

/** Asks how to open the backup: its passphrase or its recovery key. */
export function RestoreSecretForm({ fileName, onSubmit, onChooseAnother }: Props) {
  const [method, setMethod] = useState<Method>('passphrase');
  const [value, setValue] = useState('');
  const fieldId = method === 'passphrase' ? 'backup-passphrase' : 'backup-recovery-key';
  // What is typed here is never kept as a draft.
  const form = useFormSubmit({
    check: (): Validated<BackupSecret> => {
      if (value.trim() === '') return { ok: false, errors: [{ path: fieldId, message: method === 'passphrase' ? 'Enter the passphrase' : 'Enter the recovery key' }] };
      return { ok: true, value: method === 'passphrase' ? { passphrase: value } : { recoveryKey: value } };
    },
    save: onSubmit,
    afterSave: () => undefined,
  });
  const busy = form.saving;
  const fieldError = form.saveError;
  const error = form.errorAt(fieldId) ?? fieldError ?? undefined;
  const attempt = form.attempt;
  // One field, asked for as a passphrase or as a recovery key.
  const secret = { id: fieldId, autoComplete: 'off', value, error, onValueChange: setValue };

  return (
    <form className="form" noValidate onSubmit={form.submit}>
      {/* A wrong passphrase arrives after the check, so its arrival counts as a new attempt for focus. */}
      <ErrorSummary errors={summaryEntries([[fieldId, error]])} attempt={attempt * 2 + (fieldError ? 1 : 0)} />
      <p>
        Backup file: <bdi>{fileName}</bdi>
      </p>
      <RadioGroup
        id="backup-unlock-method"
        legend="How do you want to open the backup?"
        options={METHODS}
        value={method}
        boxed
        onChange={(next) => {
          setMethod(next);
          setValue('');
          form.reset();
        }}
      />
      {method === 'passphrase' ? (
        <TextField {...secret} label="Passphrase used when the backup was made" type="password" />
      ) : (
        <TextField {...secret} label="Recovery key" hint="Nine groups of four letters and numbers. Spaces and dashes do not matter." spellCheck={false} />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          Check the backup
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onChooseAnother}>
          Choose a different file
        </button>
        <BusyStatus busy={busy}>Checking the backup. This takes a few seconds…</BusyStatus>
      </div>
    </form>
  );
}
