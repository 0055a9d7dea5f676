import type { FieldError } from '../../../../shared/domain/family';
import { bindFields as bind } from '../../../components/form/bind-fields';
import { errorAt, fieldId } from '../model/field-paths';

/**
 * The fields of one carer, child or flag in the family form, tied to the draft: a field's id and
 * error come from its path (`carers.0.phone` is `carers-0-phone`).
 */
export function bindFields<V extends object>(base: string, values: V, errors: readonly FieldError[], onChange: (change: Partial<V>) => void) {
  return bind({ values, onChange, idOf: (name) => fieldId(`${base}.${name}`), errorAt: (name) => errorAt(errors, `${base}.${name}`) });
}
