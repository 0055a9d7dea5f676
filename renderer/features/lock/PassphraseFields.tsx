import type { SummaryError } from '../../components/ErrorSummary';
import { summaryEntries } from '../../components/form/summary-entries';
import { TextField, type TextFieldProps } from '../../components/TextField';

/**
 * The fields a passphrase form may ask for, in the order they appear: the passphrase already in
 * use or the recovery key (what proves it is you), then the new passphrase typed twice.
 */
const FIELDS = {
  current: { id: 'current-passphrase', label: 'Current passphrase', type: 'password', autoComplete: 'current-password' },
  recoveryKey: {
    id: 'recovery-key',
    label: 'Recovery key',
    hint: 'Groups of 4 letters and numbers. Spaces, dashes and capital letters do not matter.',
    autoComplete: 'off',
    spellCheck: false,
  },
  passphrase: {
    id: 'new-passphrase',
    label: 'Passphrase',
    hint: 'At least 4 words or 12 characters. A few unrelated words are easy to remember and hard to guess, for example: marble kettle orchard seven.',
    type: 'password',
    autoComplete: 'new-password',
  },
  repeat: { id: 'repeat-passphrase', label: 'Type the passphrase again', type: 'password', autoComplete: 'new-password' },
} satisfies Record<string, Omit<TextFieldProps, 'value' | 'onValueChange'>>;

export type PassphraseField = keyof typeof FIELDS;
type Messages<F extends PassphraseField> = { [K in F]: string | undefined };

/** The error summary's entries for the fields, in their order: each message links to its field. */
export function passphraseSummary<F extends PassphraseField>(errors: Messages<F>): SummaryError[] {
  return summaryEntries(namesIn(errors).map((name) => [FIELDS[name].id, errors[name]]));
}

function namesIn<F extends PassphraseField>(fields: Record<F, unknown>): F[] {
  return (Object.keys(FIELDS) as PassphraseField[]).filter((name): name is F => name in fields);
}

interface Props<F extends PassphraseField> {
  /** What is typed, by field; the form asks for the fields it has values for. */
  values: { [K in F]: string };
  errors: Messages<F>;
  onChange(change: Partial<Record<F, string>>): void;
  /** The new passphrase's label, "New passphrase" where another passphrase or key is asked for first. */
  label?: string;
  /** True while the form is busy: the current passphrase cannot be changed while it is checked. */
  busy?: boolean;
}

/** A passphrase form's fields. Never kept anywhere but in memory. */
export function PassphraseFields<F extends PassphraseField>({ values, errors, onChange, label = 'Passphrase', busy = false }: Props<F>) {
  return namesIn(values).map((name) => (
    <TextField
      key={name}
      {...FIELDS[name]}
      label={name === 'passphrase' ? label : FIELDS[name].label}
      readOnly={name === 'current' && busy}
      value={values[name]}
      error={errors[name]}
      onValueChange={(value) => onChange({ [name]: value } as Partial<Record<F, string>>)}
    />
  ));
}
