import type { FieldError } from '../../../shared/domain/family';

/** `children.0.dateOfBirth` → `children-0-dateOfBirth`: the id of the input the error belongs to. */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}

export function errorAt(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}
