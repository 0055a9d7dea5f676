import { TextField, type TextFieldProps } from '../TextField';

export interface TimeFieldProps extends Omit<TextFieldProps, 'hint'> {
  /** The format line under the label; the meeting forms also say the time is UK time. */
  hint?: string;
}

/** A time of day typed on the 24-hour clock, kept as typed until the form reads it. */
export function TimeField({ hint = 'In 24-hour time, UK time, for example 16:00', width = 'short', ...rest }: TimeFieldProps) {
  return <TextField {...rest} hint={hint} width={width} />;
}
