import type { ReactNode } from 'react';
import { describedBy } from './describedBy';
import { FieldMessages } from './FieldMessages';

export interface Choice<V extends string> {
  value: V;
  label: ReactNode;
  hint?: string;
}

interface GroupProps<V extends string> {
  /** The first choice's input has this id, so an error summary link lands on it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  choices: ReadonlyArray<Choice<V>>;
  /** Legends that are a question in a long form read better as plain text than as headings. */
  small?: boolean;
  children?: ReactNode;
}

const optionId = (id: string, index: number, value: string) => (index === 0 ? id : `${id}-${value}`);

function Group<V extends string>({ id, legend, hint, error, small, children, inputs }: GroupProps<V> & { inputs: ReactNode }) {
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <fieldset className="choices" aria-describedby={describedBy(id, hint, error)}>
        <legend className={small ? 'choices__legend choices__legend--small' : 'choices__legend'}>{legend}</legend>
        <FieldMessages id={id} hint={hint} error={error} />
        {inputs}
      </fieldset>
      {children}
    </div>
  );
}

/** One answer from a short list: native radios in a fieldset whose legend asks the question. */
export function RadioGroup<V extends string>(props: GroupProps<V> & { value: V; onValueChange(value: V): void }) {
  const { id, choices, value, onValueChange } = props;
  return (
    <Group
      {...props}
      inputs={choices.map((choice, i) => {
        const inputId = optionId(id, i, choice.value);
        return (
          <div className="choice" key={choice.value}>
            <input className="choice__input" type="radio" id={inputId} name={id} checked={value === choice.value} onChange={() => onValueChange(choice.value)} />
            <label className="choice__label" htmlFor={inputId}>
              {choice.label}
            </label>
            {choice.hint && <div className="choice__hint field__hint">{choice.hint}</div>}
          </div>
        );
      })}
    />
  );
}

/** Any number of answers: native checkboxes in a fieldset whose legend asks the question. */
export function CheckboxGroup<V extends string>(props: GroupProps<V> & { values: readonly V[]; onToggle(value: V, checked: boolean): void }) {
  const { id, choices, values, onToggle } = props;
  return (
    <Group
      {...props}
      inputs={choices.map((choice, i) => {
        const inputId = optionId(id, i, choice.value);
        return (
          <div className="choice" key={choice.value}>
            <input className="choice__input" type="checkbox" id={inputId} checked={values.includes(choice.value)} onChange={(e) => onToggle(choice.value, e.target.checked)} />
            <label className="choice__label" htmlFor={inputId}>
              {choice.label}
            </label>
            {choice.hint && <div className="choice__hint field__hint">{choice.hint}</div>}
          </div>
        );
      })}
    />
  );
}
