import { ChoiceFieldset, ChoiceInput, optionId, type ChoiceGroupProps, type ChoiceOption } from './choices';

export interface RadioGroupProps<V extends string> extends ChoiceGroupProps {
  options: ReadonlyArray<ChoiceOption<V>>;
  value: V | '';
  onChange(value: V): void;
}

/** One choice from a short list, as a fieldset of native radios: arrow keys move between them. */
export function RadioGroup<V extends string>(props: RadioGroupProps<V>) {
  const { id, options, value, onChange, boxed } = props;
  return (
    <ChoiceFieldset
      {...props}
      options={options.map((option, i) => (
        <ChoiceInput
          key={option.value}
          type="radio"
          inputId={optionId(id, i)}
          name={id}
          option={option}
          checked={value === option.value}
          boxed={boxed}
          onChange={() => onChange(option.value)}
        />
      ))}
    />
  );
}
