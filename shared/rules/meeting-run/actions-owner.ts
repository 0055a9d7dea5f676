/**
 * Who can own an action: any practitioner, a parent or carer, or the young person. The screen
 * offers the people it knows (the family, who came to the meeting, the directory) as suggestions
 * while the chair types; anyone else can simply be typed.
 */
import type { ActionOwnerKind, Action } from '../../domain/action';
import type { Practitioner } from '../../domain/directory';
import type { FamilyRecord } from '../../domain/family-record';
import type { Attendee } from '../../domain/meeting-record';
import { knownAs } from '../../domain/person';

export interface OwnerOption {
  name: string;
  kind: ActionOwnerKind;
  /** Person id, attendee id or directory id. */
  id: string;
  /** Who they are, in plain words, e.g. "Mum" or "Class teacher, Oak Primary School". */
  description: string;
}

const KIND_OF_ATTENDEE: Record<Attendee['kind'], ActionOwnerKind> = {
  family: 'family',
  child: 'young-person',
  practitioner: 'practitioner',
  other: 'practitioner',
};

const key = (name: string) => name.trim().toLocaleLowerCase('en-GB');

/** The family first, then the people at the meeting, then the directory; each name once. */
export function ownerOptions(input: {
  family: {
    carers: readonly Pick<FamilyRecord['carers'][number], 'id' | 'name' | 'relationship'>[];
    children: readonly Pick<FamilyRecord['children'][number], 'id' | 'name' | 'preferredName'>[];
  };
  attendees: readonly Attendee[];
  practitioners: readonly Pick<Practitioner, 'id' | 'name' | 'role' | 'agency'>[];
}): OwnerOption[] {
  const options: OwnerOption[] = [
    ...input.family.carers.map((c) => ({ name: c.name, kind: 'family' as const, id: c.id, description: c.relationship || 'Parent or carer' })),
    ...input.family.children.map((c) => ({ name: knownAs(c), kind: 'young-person' as const, id: c.id, description: 'The young person' })),
    ...input.attendees.map((a) => ({
      name: a.name,
      kind: KIND_OF_ATTENDEE[a.kind],
      id: a.id,
      description: [a.role, a.agency].filter((t) => t.trim() !== '').join(', ') || 'At the meeting',
    })),
    ...input.practitioners.map((p) => ({ name: p.name, kind: 'practitioner' as const, id: p.id, description: [p.role, p.agency].filter((t) => t.trim() !== '').join(', ') || 'Practitioner' })),
  ];
  const seen = new Set<string>();
  return options.filter((o) => {
    const k = key(o.name);
    if (k === '' || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** The option whose name matches what was typed (ignoring case and outer spaces), if any. */
export function matchOwner(name: string, options: readonly OwnerOption[]): OwnerOption | undefined {
  return key(name) === '' ? undefined : options.find((o) => key(o.name) === key(name));
}

/**
 * The action with this owner, exactly as typed: linked to a known person (kind and id) when the
 * name matches one, otherwise with no link, so a changed name never keeps someone else's id.
 */
export function withOwner(action: Action, name: string, options: readonly OwnerOption[]): Action {
  const { ownerKind: _kind, ownerId: _id, ...rest } = action;
  const match = matchOwner(name, options);
  return match ? { ...rest, ownerName: name, ownerKind: match.kind, ownerId: match.id } : { ...rest, ownerName: name, ownerId: null };
}
