/** The family members whose week is asked about, as the slot finder and the family week page see them. */
import type { FamilyRecord } from '../../domain/family-record';
import { knownAs } from '../../domain/person';

/** A carer or child whose week is asked about. */
export interface FamilyPerson {
  id: string;
  name: string;
  /** In plain words: "Parent or carer", "Child". */
  role: string;
  isChild: boolean;
  /** The subject of a safety flag: their routine is kept out of explanations. */
  keepPrivate: boolean;
}

export function familyPeople(family: Pick<FamilyRecord, 'carers' | 'children' | 'safetyFlags'>): FamilyPerson[] {
  const flagged = new Set(family.safetyFlags.map((f) => f.subjectId));
  return [
    ...family.carers.map((c) => ({ id: c.id, name: c.name, role: c.relationship.trim() || 'Parent or carer', isChild: false, keepPrivate: flagged.has(c.id) })),
    ...family.children.map((c) => ({ id: c.id, name: knownAs(c), role: 'Child', isChild: true, keepPrivate: flagged.has(c.id) })),
  ];
}

/** Who from the family is invited: the carers ticked, and the children exactly when the child should attend. */
export function familyInvited(people: readonly FamilyPerson[], carersTicked: readonly string[], childShouldAttend: boolean): string[] {
  return people.filter((p) => (p.isChild ? childShouldAttend : carersTicked.includes(p.id))).map((p) => p.id);
}
