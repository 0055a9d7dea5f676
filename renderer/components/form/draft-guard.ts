import { z } from 'zod';

/**
 * The check for a kept draft, from the schema of what the form holds: a draft stored by an older
 * form, or damaged, does not fit and is not used.
 */
export function draftGuard<S extends z.ZodType>(schema: S): (value: unknown) => value is z.infer<S> {
  return (value: unknown): value is z.infer<S> => schema.safeParse(value).success;
}

/**
 * The part of a draft's schema for fields kept as typed text, named once in the order the form
 * shows them: `z.object({ ...textFields(FIELDS), childIds: z.array(z.string()) })`, where a field
 * given after the spread (a list, a choice) replaces its text.
 */
export function textFields<const N extends string>(names: readonly N[]): Record<N, z.ZodString> {
  return Object.fromEntries(names.map((name) => [name, z.string()])) as Record<N, z.ZodString>;
}
