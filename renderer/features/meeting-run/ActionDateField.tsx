import { useState } from 'react';
import type { IsoDate } from '../../../shared/rules/dates';
import { TextField } from '../../components/TextField';
import { dateText, readDateText } from './useActionsData';
import { DATE_TYPING } from './field-typing';

export interface DateTextFieldProps {
  id: string;
  label: string;
  hint?: string;
  value: IsoDate | null;
  /** Called with a real date, or null when the box is emptied; never with a half-typed date. */
  onDateChange(date: IsoDate | null): void;
  /** A problem to show from outside, when the screen has one. */
  error?: string | undefined;
}

/**
 * A date typed as day/month/year. What is typed stays in the box; the record changes only when it
 * is a real date (or emptied). A date that cannot be read is pointed out when leaving the box.
 */
export function DateTextField({ id, label, hint = DATE_TYPING.hint, value, onDateChange, error }: DateTextFieldProps) {
  const [text, setText] = useState(() => dateText(value));
  const [problem, setProblem] = useState<string | undefined>(undefined);
  // Follow a change made elsewhere, unless the box already says it (or holds a date being corrected).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    const read = readDateText(text);
    const same = (read.kind === 'empty' && value === null) || (read.kind === 'date' && read.date === value);
    if (!same && read.kind !== 'problem') setText(dateText(value));
  }
  return (
    <TextField
      {...DATE_TYPING}
      id={id}
      label={label}
      hint={hint}
      value={text}
      error={problem ?? error}
      onValueChange={(next) => {
        setText(next);
        const read = readDateText(next);
        if (read.kind !== 'problem') {
          setProblem(undefined);
          onDateChange(read.kind === 'date' ? read.date : null);
        }
      }}
      onBlur={() => {
        const read = readDateText(text);
        setProblem(read.kind === 'problem' ? read.message : undefined);
      }}
    />
  );
}
