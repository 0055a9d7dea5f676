import type { z } from 'zod';

/**
 * The check for a kept draft, from the schema of what the form holds: a draft stored by an older
 * form, or damaged, does not fit and is not used.
 */
export function draftGuard<S extends z.ZodType>(schema: S): (value: unknown) => value is z.infer<S> {
  return (value: unknown): value is z.infer<S> => schema.safeParse(value).success;
}
