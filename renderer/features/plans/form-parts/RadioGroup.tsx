import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';

export interface ChoiceOption<V extends string> {
  value: V;
  label: ReactNode;
  hint?: string;
  /** Questions that only apply to this choice, shown under it once it is chosen. */
  conditional?: ReactNode;
}

interface Props<V extends string> {
  /** The first radio's id, so an error summary link can move focus into the group. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V | '';
  onChange(value: V): void;
  inline?: boolean;
}

export function optionId(groupId: string, index: number): string {
  return index === 0 ? groupId : `${groupId}-${index}`;
}

/** One choice from a short list, as a fieldset of native radios: arrow keys move between them. */
export function RadioGroup<V extends string>({ id, legend, hint, error, options, value, onChange, inline = false }: Props<V>) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="choices" aria-describedby={describedBy(id, hint, error)}>
        <legend className="choices__legend">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className={`choices__options${inline ? ' choices__options--inline' : ''}`}>
          {options.map((option, i) => {
            const inputId = optionId(id, i);
            const checked = value === option.value;
            return (
              <div key={option.value} className="choice">
                <input
                  className="choice__input"
                  type="radio"
                  id={inputId}
                  name={id}
                  value={option.value}
                  checked={checked}
                  aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                  onChange={() => onChange(option.value)}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="choice__hint" id={`${inputId}-hint`}>
                    {option.hint}
                  </div>
                )}
                {checked && option.conditional && <div className="conditional choice__conditional">{option.conditional}</div>}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
