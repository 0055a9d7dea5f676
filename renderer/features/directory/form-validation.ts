import type { z } from 'zod';
import type { Validated } from '../../../shared/domain/family';
import { firstErrorPerField, issuesToFieldErrors } from '../../../shared/domain/fields';

/**
 * Checks what was typed against a directory schema and returns either the clean value or one
 * message per field, in the schema's own words (so the form and CSV import say the same thing).
 */
export function validateWith<S extends z.ZodType>(schema: S, draft: unknown): Validated<z.output<S>> {
  const parsed = schema.safeParse(draft);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, errors: firstErrorPerField(issuesToFieldErrors(parsed.error.issues)) };
}

/** A record of strings with exactly these keys: how a form's draft is checked when it is read back. */
export function isStringRecord<K extends string>(value: unknown, keys: readonly K[]): value is Record<K, string> {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Record<string, unknown>;
  return keys.every((k) => typeof record[k] === 'string');
}
