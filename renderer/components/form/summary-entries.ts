import type { SummaryError } from '../ErrorSummary';

/**
 * The error summary's entries for a form whose messages are kept field by field: each field's id
 * and message, in the order of the form; fields with no message are left out.
 * `summaryEntries([['new-passphrase', errors.passphrase], ['repeat-passphrase', errors.repeat]])`
 */
export function summaryEntries(fields: readonly (readonly [fieldId: string, message: string | null | undefined])[]): SummaryError[] {
  return fields.flatMap(([fieldId, message]) => (message ? [{ fieldId, message }] : []));
}
