import type { ReactNode } from 'react';
import { describedBy, FieldMessages } from './FieldMessages';
import { optionId } from '../../../components/fields/choices';

interface Props {
  /** The first checkbox's id, so an error summary link can move focus into the group. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: ReadonlyArray<{ value: string; label: ReactNode; hint?: string }>;
  values: readonly string[];
  onChange(values: string[]): void;
}

/** Any number of choices from a short list, as a fieldset of native checkboxes. */
export function CheckboxGroup({ id, legend, hint, error, options, values, onChange }: Props) {
  const toggle = (value: string, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    // Kept in the order the options are listed.
    onChange(options.map((o) => o.value).filter((v) => next.has(v)));
  };
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="choices" aria-describedby={describedBy(id, hint, error)}>
        <legend className="choices__legend">{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        <div className="choices__options">
          {options.map((option, i) => {
            const inputId = optionId(id, i);
            return (
              <div key={option.value} className="choice">
                <input
                  className="choice__input"
                  type="checkbox"
                  id={inputId}
                  value={option.value}
                  checked={values.includes(option.value)}
                  aria-describedby={option.hint ? `${inputId}-hint` : undefined}
                  onChange={(e) => toggle(option.value, e.target.checked)}
                />
                <label className="choice__label" htmlFor={inputId}>
                  {option.label}
                </label>
                {option.hint && (
                  <div className="choice__hint" id={`${inputId}-hint`}>
                    {option.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
