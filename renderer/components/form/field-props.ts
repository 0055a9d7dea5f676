import type { FieldError } from '../../../shared/domain/family';
import { errorAt } from './field-values';
import type { DraftForm } from './useDraftForm';

/** The props every text field of a draft of plain strings takes: id, value, message, change. */
export interface TextFieldProps {
  id: string;
  value: string;
  error: string | undefined;
  onValueChange(text: string): void;
  autoComplete: string;
}

/**
 * One field's props from the form hook, for a draft whose fields are all text:
 * `const field = textFieldProps(form, value, fieldId)` then `<TextField {...field('name')} label="…" />`.
 */
export function textFieldProps<D extends { [K in keyof D]: string }>(
  form: Pick<DraftForm<D>, 'errorAt' | 'change'>,
  value: D,
  idOf: (name: string) => string,
): (name: keyof D & string) => TextFieldProps {
  return (name) => ({
    id: idOf(name),
    value: value[name],
    error: form.errorAt(name),
    onValueChange: (text) => form.change({ [name]: text } as Partial<D>),
    autoComplete: 'off',
  });
}

/**
 * The same for a part of a form that is given the draft, its errors and a change function rather
 * than the form: `const field = draftFieldProps(draft, errors, onChange, (name) => \`consent-${name}\`)`.
 */
export function draftFieldProps<D extends { [K in keyof D]: string }>(
  draft: D,
  errors: readonly FieldError[],
  onChange: (change: Partial<D>) => void,
  idOf: (name: string) => string,
): (name: keyof D & string) => TextFieldProps {
  return textFieldProps({ errorAt: (path) => errorAt(errors, path), change: onChange }, draft, idOf);
}
