import type { FieldError, Validated } from '../../../shared/domain/family';

/** A problem named by the id of the field it belongs to, as the error summary and most checks name it. */
export interface FieldIdError {
  fieldId: string;
  message: string;
}

/** A check that names fields by id, read as the form hooks expect: the id is the path. */
export function byFieldId<V>(checked: { ok: true; value: V } | { ok: false; errors: readonly FieldIdError[] }): Validated<V> {
  return checked.ok ? checked : { ok: false, errors: checked.errors.map((e) => ({ path: e.fieldId, message: e.message })) };
}

/** The hook's errors as the error summary lists them. */
export function summaryOf(errors: readonly FieldError[]): FieldIdError[] {
  return errors.map((e) => ({ fieldId: e.path, message: e.message }));
}
