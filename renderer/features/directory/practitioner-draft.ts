import { DEFAULT_WORKING_HOURS, practitionerInputSchema, workingHoursOf, type Practitioner, type PractitionerInput } from '../../../shared/domain/directory';
import type { Validated } from '../../../shared/domain/family';
import { isStringRecord, validateWith } from './form-validation';

/** The practitioner form as typed, before it is checked. */
export type PractitionerDraft = Record<keyof PractitionerInput, string>;

export const PRACTITIONER_FIELDS = ['name', 'role', 'agency', 'phone', 'secureEmail', 'workStart', 'workEnd'] as const satisfies ReadonlyArray<keyof PractitionerInput>;

export function emptyPractitionerDraft(): PractitionerDraft {
  return { name: '', role: '', agency: '', phone: '', secureEmail: '', workStart: DEFAULT_WORKING_HOURS.start, workEnd: DEFAULT_WORKING_HOURS.end };
}

export function practitionerDraftFrom(p: Practitioner): PractitionerDraft {
  const hours = workingHoursOf(p);
  return { name: p.name, role: p.role, agency: p.agency, phone: p.phone, secureEmail: p.secureEmail, workStart: hours.start, workEnd: hours.end };
}

export function isPractitionerDraft(value: unknown): value is PractitionerDraft {
  return isStringRecord(value, PRACTITIONER_FIELDS);
}

export function validatePractitionerDraft(draft: PractitionerDraft): Validated<PractitionerInput> {
  // Hours left empty are the default hours.
  const hours = { workStart: draft.workStart.trim() || DEFAULT_WORKING_HOURS.start, workEnd: draft.workEnd.trim() || DEFAULT_WORKING_HOURS.end };
  return validateWith(practitionerInputSchema, { ...draft, ...hours });
}

/** The id of the input for a field, so each error message can move focus to it. */
export function practitionerFieldId(field: string): string {
  return `practitioner-${field}`;
}
