import type { ReactNode } from 'react';
import { describedBy, fieldClass, FieldMessages } from './FieldMessages';

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: string | undefined;
  /** Questions that only apply to this choice, shown under it once it is chosen. */
  conditional?: ReactNode;
}

/** Option i of a group: the first is the group's own id, so an error summary link lands on it. */
export function optionId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index}`;
}

export interface ChoiceGroupProps {
  /** The first option's id; the group's hint and error are `${id}-hint` and `${id}-error`. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** Legends that are a question in a long form read better smaller than a heading. */
  small?: boolean;
  /** Lays the options out in a row (short answers such as yes / no). */
  inline?: boolean;
  /** A bordered box with bold labels, for a few choices that each need explaining (settings). */
  boxed?: boolean;
  /** Shown under the group, inside its box (for example a follow-up question). */
  children?: ReactNode;
}

/** The fieldset, legend, messages and options box shared by the radio and checkbox groups. */
export function ChoiceFieldset({ id, legend, hint, error, small, inline, boxed, children, options }: ChoiceGroupProps & { options: ReactNode }) {
  const legendClass = boxed ? 'fieldset__legend' : small ? 'choices__legend choices__legend--small' : 'choices__legend';
  return (
    <div className={fieldClass(error)}>
      <fieldset className={boxed ? 'fieldset radios' : 'choices'} aria-describedby={describedBy(id, hint, error)}>
        <legend className={legendClass}>{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`choices__options${inline ? ' choices__options--inline' : ''}`}>{options}</div>
      </fieldset>
      {children}
    </div>
  );
}

interface ChoiceInputProps {
  type: 'radio' | 'checkbox';
  inputId: string;
  name?: string | undefined;
  option: ChoiceOption<string>;
  checked: boolean;
  boxed?: boolean | undefined;
  onChange(checked: boolean): void;
}

/** One native radio or checkbox with its label and hint (`${inputId}-hint`). */
export function ChoiceInput({ type, inputId, name, option, checked, boxed, onChange }: ChoiceInputProps) {
  const block = boxed ? 'radios' : 'choice';
  return (
    <div className={boxed ? 'radios__item' : 'choice'}>
      <input
        className={`${block}__input`}
        type={type}
        id={inputId}
        name={name}
        value={option.value}
        checked={checked}
        aria-describedby={option.hint ? `${inputId}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label className={`${block}__label`} htmlFor={inputId}>
        {option.label}
      </label>
      {option.hint && (
        <div className={`${block}__hint field__hint`} id={`${inputId}-hint`}>
          {option.hint}
        </div>
      )}
      {checked && option.conditional && <div className="conditional choice__conditional">{option.conditional}</div>}
    </div>
  );
}
