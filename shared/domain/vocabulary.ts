import { z } from 'zod';

/**
 * A closed list of values and the words people see for each, written once as the words:
 * `const { values: OUTCOMES, schema: outcomeSchema, labels: OUTCOME_LABELS } = vocabulary({ continue: 'Continue', … })`.
 * The values keep the order the words are written in (for lists of choices), the schema accepts
 * exactly them, and every value has its words because the words are the list.
 */
export function vocabulary<const L extends Record<string, string>>(labels: L) {
  type Value = keyof L & string;
  const values = Object.keys(labels) as [Value, ...Value[]];
  return { values: values as readonly [Value, ...Value[]], schema: z.enum(values), labels: labels as Readonly<Record<Value, string>> };
}
