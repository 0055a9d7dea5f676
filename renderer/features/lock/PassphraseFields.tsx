import { TextField } from '../../components/TextField';

interface Props {
  passphrase: string;
  repeat: string;
  errors: { passphrase?: string | undefined; repeat?: string | undefined };
  onChange(change: { passphrase?: string; repeat?: string }): void;
  label?: string;
}

/** A new passphrase, typed twice. Never kept anywhere but in memory. */
export function PassphraseFields({ passphrase, repeat, errors, onChange, label = 'Passphrase' }: Props) {
  return (
    <>
      <TextField
        id="new-passphrase"
        label={label}
        hint="At least 4 words or 12 characters. A few unrelated words are easy to remember and hard to guess, for example: marble kettle orchard seven."
        type="password"
        autoComplete="new-password"
        value={passphrase}
        error={errors.passphrase}
        onValueChange={(value) => onChange({ passphrase: value })}
      />
      <TextField
        id="repeat-passphrase"
        label="Type the passphrase again"
        type="password"
        autoComplete="new-password"
        value={repeat}
        error={errors.repeat}
        onValueChange={(value) => onChange({ repeat: value })}
      />
    </>
  );
}
