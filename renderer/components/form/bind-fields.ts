type TextKeys<V> = { [K in keyof V]: V[K] extends string ? K : never }[keyof V] & string;

export interface FieldBinding<V> {
  values: V;
  /** The input id of a field, by name. */
  idOf(name: string): string;
  errorAt(name: string): string | undefined;
  onChange(change: Partial<V>): void;
}

/**
 * Ties a form's fields to its values, for values that are not all text (`textFieldProps` is for those):
 * `field.text('name')` gives a text field or area its id, value, error and change; `field.place('told')`
 * gives a choice group or date field its id and error, its value and change being written out.
 */
export function bindFields<V extends object>({ values, idOf, errorAt, onChange }: FieldBinding<V>) {
  const place = (name: keyof V & string) => ({ id: idOf(name), error: errorAt(name) });
  return {
    place,
    text: (name: TextKeys<V>) => ({
      ...place(name),
      value: values[name] as string,
      onValueChange: (value: string) => onChange({ [name]: value } as Partial<V>),
    }),
  };
}
