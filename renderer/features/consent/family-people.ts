/** The family members who can give, refuse or withdraw consent: each parent or carer, and each child or young person. Pure. */
import type { FamilyRecord } from '../../../shared/domain/family-record';
import type { PersonRef } from '../../../shared/domain/fields';
import { knownAs } from '../../../shared/domain/person';

export interface FamilyPerson extends PersonRef {
  personId: string;
  /** Shown under the name: "Mum", "Young person". */
  hint: string;
}

export function familyPeople(family: Pick<FamilyRecord, 'carers' | 'children'>): FamilyPerson[] {
  const carers = family.carers.map((c) => {
    // The general relationship, or failing that the first one given to a child ("Mum").
    const role = c.relationship !== '' ? c.relationship : (c.childRelationships.find((r) => r.relationship !== '')?.relationship ?? '');
    return { personId: c.id, name: c.name, role, hint: role === '' ? 'Parent or carer' : role };
  });
  const children = family.children.map((c) => ({ personId: c.id, name: knownAs(c), role: 'Young person', hint: 'Child or young person' }));
  return [...carers, ...children];
}
