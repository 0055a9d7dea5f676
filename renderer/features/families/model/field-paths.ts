/**
 * Validation errors carry the dotted path of the value they are about (`children.0.dateOfBirth`);
 * each input's id is that path with dashes, so an error can be shown at its field and linked to
 * from the error summary. A few errors are about a whole row rather than one input.
 */
import type { FieldError } from '../../../../shared/domain/family';
import type { FamilyFormDraft } from './form-draft';

/** `children.0.dateOfBirth` → `children-0-dateOfBirth`. */
export function fieldId(path: string): string {
  return path.replace(/\./g, '-');
}

export function errorAt(errors: readonly FieldError[], path: string): string | undefined {
  return errors.find((e) => e.path === path)?.message;
}

/** The path of the "where does this child live" choices, where the "no home" error is shown. */
export const childHomesPath = (index: number) => `children.${index}.homes`;
export const carerHomesPath = (index: number) => `carers.${index}.homes`;

export const ADD_HOME_ID = 'add-home';
export const ADD_CARER_ID = 'add-carer';
export const ADD_CHILD_ID = 'add-child';

/** The id of the element an error summary link should move focus to. */
export function errorTargetId(path: string): string {
  if (path === 'households') return ADD_HOME_ID;
  if (path === 'carers') return ADD_CARER_ID;
  if (path === 'children') return ADD_CHILD_ID;
  return fieldId(path);
}

const SECTION_ORDER = ['familyName', 'households', 'children', 'carers', 'safetyFlags'];

const FIELD_ORDER: Record<string, string[]> = {
  households: ['label', 'address', 'line1', 'line2', 'town', 'postcode', 'phone', 'carerIds', 'childIds'],
  children: ['name', 'preferredName', 'dateOfBirth', 'school', 'homes', 'sendStatus', 'sendDetails', 'communication', 'viewsMethods', 'firstLanguage', 'interpreterNeeded', 'interpreterLanguage', 'phone', 'email'],
  carers: ['name', 'homes', 'childRelationships', 'relationship', 'parentalResponsibility', 'phone', 'email', 'preferredContactMethod', 'preferredContactTimes', 'firstLanguage', 'interpreterNeeded', 'interpreterLanguage', 'literacyOrAccessNeeds', 'easyReadNeeded'],
  safetyFlags: ['covers', 'hiddenFrom', 'reason', 'endReason'],
};

/**
 * Errors in the order their fields appear on the form, so the summary reads top to bottom.
 * Safety flags are shown person by person, so they follow the order of their people.
 */
export function inFormOrder(errors: readonly FieldError[], draft: FamilyFormDraft): FieldError[] {
  const people = [...draft.children.map((c) => c.id), ...draft.carers.map((c) => c.id)];
  const rank = (path: string): number[] => {
    const [section = '', ...rest] = path.split('.');
    const fields = FIELD_ORDER[section] ?? [];
    const parts = rest.map((part, i) => {
      if (!/^\d+$/.test(part)) return fields.indexOf(part) + 1;
      const n = Number(part);
      if (section === 'safetyFlags' && i === 0) {
        const subject = draft.safetyFlags[n]?.subjectId ?? '';
        return people.indexOf(subject) * 1000 + n;
      }
      return n;
    });
    return [SECTION_ORDER.indexOf(section), ...parts];
  };
  return [...errors].sort((a, b) => {
    const ra = rank(a.path);
    const rb = rank(b.path);
    for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
      const d = (ra[i] ?? -1) - (rb[i] ?? -1);
      if (d !== 0) return d;
    }
    return 0;
  });
}
