import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextField } from '../../components/TextField';
import type { BackupSecret } from '../../data/backup/backup-service';
import { RadioGroup } from '../../components/fields/RadioGroup';

type Method = 'passphrase' | 'recovery-key';

const METHODS = [
  { value: 'passphrase', label: 'The passphrase', hint: 'The passphrase that was in use on the computer when the backup was made.' },
  { value: 'recovery-key', label: 'The recovery key', hint: 'The recovery key printed or written down for the computer the backup was made on.' },
] as const;

interface Props {
  fileName: string;
  busy: boolean;
  /** A message about what was typed (wrong passphrase or recovery key), shown at the field. */
  fieldError: string | null;
  onSubmit(secret: BackupSecret): void;
  onChooseAnother(): void;
}

/** Asks how to open the backup: its passphrase or its recovery key. */
export function RestoreSecretForm({ fileName, busy, fieldError, onSubmit, onChooseAnother }: Props) {
  const [method, setMethod] = useState<Method>('passphrase');
  const [value, setValue] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [empty, setEmpty] = useState(false);
  const fieldId = method === 'passphrase' ? 'backup-passphrase' : 'backup-recovery-key';
  const error = empty ? (method === 'passphrase' ? 'Enter the passphrase' : 'Enter the recovery key') : (fieldError ?? undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    setAttempt((n) => n + 1);
    const blank = value.trim() === '';
    setEmpty(blank);
    if (blank || busy) return;
    onSubmit(method === 'passphrase' ? { passphrase: value } : { recoveryKey: value });
  }

  return (
    <form className="form" noValidate onSubmit={submit}>
      {/* A wrong passphrase arrives after the check, so its arrival counts as a new attempt for focus. */}
      <ErrorSummary errors={error ? [{ fieldId, message: error }] : []} attempt={attempt * 2 + (fieldError ? 1 : 0)} />
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
          setEmpty(false);
        }}
      />
      {method === 'passphrase' ? (
        <TextField id={fieldId} label="Passphrase used when the backup was made" type="password" autoComplete="off" value={value} error={error} onValueChange={setValue} />
      ) : (
        <TextField
          id={fieldId}
          label="Recovery key"
          hint="Nine groups of four letters and numbers. Spaces and dashes do not matter."
          autoComplete="off"
          spellCheck={false}
          value={value}
          error={error}
          onValueChange={setValue}
        />
      )}
      <div className="form__actions">
        <button type="submit" className="button" disabled={busy}>
          Check the backup
        </button>
        <button type="button" className="button button--secondary" disabled={busy} onClick={onChooseAnother}>
          Choose a different file
        </button>
        {busy && (
          <p role="status" className="save-status">
            Checking the backup. This takes a few seconds…
          </p>
        )}
      </div>
    </form>
  );
}
