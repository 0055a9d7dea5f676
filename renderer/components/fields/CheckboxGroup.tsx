import { ChoiceFieldset, ChoiceInput, optionId, type ChoiceGroupProps, type ChoiceOption } from './choices';

export interface CheckboxGroupProps<V extends string> extends ChoiceGroupProps {
  options: ReadonlyArray<ChoiceOption<V>>;
  values: readonly V[];
  /** The new values, in the order the options are listed, and the one box that changed. */
  onChange(values: V[], changed: { value: V; checked: boolean }): void;
}

/** Any number of choices from a short list, as a fieldset of native checkboxes. */
export function CheckboxGroup<V extends string>(props: CheckboxGroupProps<V>) {
  const { id, options, values, onChange } = props;
  const toggle = (value: V, checked: boolean) => {
    const next = new Set(values);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(
      options.map((o) => o.value).filter((v) => next.has(v)),
      { value, checked },
    );
  };
  return (
    <ChoiceFieldset
      {...props}
      options={options.map((option, i) => (
        <ChoiceInput key={option.value} type="checkbox" inputId={optionId(id, i)} option={option} checked={values.includes(option.value)} onChange={(checked) => toggle(option.value, checked)} />
      ))}
    />
  );
}
