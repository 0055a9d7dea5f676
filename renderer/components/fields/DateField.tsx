import { TextField, type TextFieldProps } from '../TextField';

/** How every typed date is asked for: the UK way, day first. */
export const DATE_HINT = 'Day/month/year, for example 23/11/2026';

export interface DateFieldProps extends Omit<TextFieldProps, 'hint'> {
  /** Said before the format, e.g. "The day they told you, not the day you are typing it." */
  about?: string | undefined;
}

/**
 * A date typed as 23/11/2026, kept as typed: the form reads it when it is saved (see
 * form/field-values.ts readDate). Short, and not filled in by the browser.
 */
export function DateField({ about, width = 'short', autoComplete = 'off', ...rest }: DateFieldProps) {
  return <TextField {...rest} hint={about ? `${about} ${DATE_HINT}` : DATE_HINT} width={width} autoComplete={autoComplete} />;
}
