import { practitionerInputSchema, type Practitioner, type PractitionerInput } from '../../../shared/domain/directory';
import type { Validated } from '../../../shared/domain/family';
import { isStringRecord, validateWith } from './form-validation';

/** The practitioner form as typed, before it is checked. */
export type PractitionerDraft = Record<keyof PractitionerInput, string>;

export const PRACTITIONER_FIELDS = ['name', 'role', 'agency', 'phone', 'secureEmail'] as const satisfies ReadonlyArray<keyof PractitionerInput>;

export function emptyPractitionerDraft(): PractitionerDraft {
  return { name: '', role: '', agency: '', phone: '', secureEmail: '' };
}

export function practitionerDraftFrom(p: Practitioner): PractitionerDraft {
  return { name: p.name, role: p.role, agency: p.agency, phone: p.phone, secureEmail: p.secureEmail };
}

export function isPractitionerDraft(value: unknown): value is PractitionerDraft {
  return isStringRecord(value, PRACTITIONER_FIELDS);
}

export function validatePractitionerDraft(draft: PractitionerDraft): Validated<PractitionerInput> {
  return validateWith(practitionerInputSchema, draft);
}

/** The id of the input for a field, so each error message can move focus to it. */
export function practitionerFieldId(field: string): string {
  return `practitioner-${field}`;
}
