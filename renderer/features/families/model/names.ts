/**
 * How the form and the family page name people and homes, including before a name is typed.
 * Rows are numbered in the order they appear on the form.
 */
import type { FamilyRecord } from '../../../../shared/domain/family-record';
import type { Household } from '../../../../shared/domain/household';
import { knownAs } from '../../../../shared/domain/person';

export function childLabel(child: { name: string }, index: number): string {
  return child.name.trim() || `Child ${index + 1}`;
}

export function carerLabel(carer: { name: string }, index: number): string {
  return carer.name.trim() || `Parent or carer ${index + 1}`;
}

export function homeLabel(home: Pick<Household, 'label'>, index: number): string {
  return home.label.trim() || `Home ${index + 1}`;
}

export interface PersonOption {
  id: string;
  name: string;
}

/** Everyone in the family, children first (the order of the form), for "never show to" choices. */
export function peopleOf(family: { carers: ReadonlyArray<{ id: string; name: string }>; children: ReadonlyArray<{ id: string; name: string }> }): PersonOption[] {
  return [
    ...family.children.map((c, i) => ({ id: c.id, name: childLabel(c, i) })),
    ...family.carers.map((c, i) => ({ id: c.id, name: carerLabel(c, i) })),
  ];
}

/** The name to show for someone a record refers to by id; a practitioner's id is not in the family. */
export function nameInFamily(record: Pick<FamilyRecord, 'carers' | 'children'>, id: string): string {
  const carer = record.carers.find((c) => c.id === id);
  if (carer) return carer.name;
  const child = record.children.find((c) => c.id === id);
  if (child) return knownAs(child);
  return 'someone outside the family';
}
