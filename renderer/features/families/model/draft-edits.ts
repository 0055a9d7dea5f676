/**
 * Every change the form makes to its draft, as pure functions, so that removing a person or a
 * home never leaves something pointing at them (a home listing a removed child, a flag hiding
 * details from someone no longer in the family).
 */
import type { ProtectedDetail } from '../../../../shared/domain/safety-flag';
import {
  emptyCarer,
  emptyChild,
  emptyHome,
  newFlag,
  relationshipOf,
  type CarerDraft,
  type ChildDraft,
  type FamilyFormDraft,
  type FlagDraft,
  type HomeDraft,
  type RelationshipDraft,
} from './form-draft';

/** The list with the item in it or not, keeping its order. */
export function withItem<T>(list: readonly T[], item: T, present: boolean): T[] {
  const without = list.filter((x) => x !== item);
  return present ? [...without, item] : without;
}

const replaceAt = <T>(list: readonly T[], index: number, change: (item: T) => T): T[] => list.map((item, i) => (i === index ? change(item) : item));

export function addHome(draft: FamilyFormDraft, id: string): FamilyFormDraft {
  return { ...draft, households: [...draft.households, emptyHome(id)] };
}

export function updateHome(draft: FamilyFormDraft, index: number, change: Partial<HomeDraft>): FamilyFormDraft {
  return { ...draft, households: replaceAt(draft.households, index, (h) => ({ ...h, ...change })) };
}

export function updateAddress(draft: FamilyFormDraft, index: number, change: Partial<HomeDraft['address']>): FamilyFormDraft {
  return { ...draft, households: replaceAt(draft.households, index, (h) => ({ ...h, address: { ...h.address, ...change } })) };
}

export function removeHome(draft: FamilyFormDraft, index: number): FamilyFormDraft {
  return { ...draft, households: draft.households.filter((_, i) => i !== index) };
}

/** While there is only one home, a new person is put in it; they can untick it. */
function intoOnlyHome(households: HomeDraft[], personId: string, kind: 'carerIds' | 'childIds'): HomeDraft[] {
  if (households.length !== 1) return households;
  return households.map((h) => ({ ...h, [kind]: withItem(h[kind], personId, true) }));
}

export function addCarer(draft: FamilyFormDraft, id: string): FamilyFormDraft {
  return { ...draft, carers: [...draft.carers, emptyCarer(id)], households: intoOnlyHome(draft.households, id, 'carerIds') };
}

export function addChild(draft: FamilyFormDraft, id: string): FamilyFormDraft {
  return { ...draft, children: [...draft.children, emptyChild(id)], households: intoOnlyHome(draft.households, id, 'childIds') };
}

export function updateCarer(draft: FamilyFormDraft, index: number, change: Partial<CarerDraft>): FamilyFormDraft {
  return { ...draft, carers: replaceAt(draft.carers, index, (c) => ({ ...c, ...change })) };
}

export function updateChild(draft: FamilyFormDraft, index: number, change: Partial<ChildDraft>): FamilyFormDraft {
  return { ...draft, children: replaceAt(draft.children, index, (c) => ({ ...c, ...change })) };
}

/** Takes a person out of the family and out of everything that refers to them. */
function forgetPerson(draft: FamilyFormDraft, personId: string): FamilyFormDraft {
  return {
    ...draft,
    households: draft.households.map((h) => ({ ...h, carerIds: h.carerIds.filter((id) => id !== personId), childIds: h.childIds.filter((id) => id !== personId) })),
    carers: draft.carers.map((c) => ({ ...c, childRelationships: c.childRelationships.filter((r) => r.childId !== personId) })),
    safetyFlags: draft.safetyFlags.filter((f) => f.subjectId !== personId).map((f) => ({ ...f, hiddenFrom: f.hiddenFrom.filter((id) => id !== personId) })),
  };
}

export function removeCarer(draft: FamilyFormDraft, index: number): FamilyFormDraft {
  const carer = draft.carers[index];
  if (!carer) return draft;
  const forgotten = forgetPerson(draft, carer.id);
  return { ...forgotten, carers: forgotten.carers.filter((_, i) => i !== index) };
}

export function removeChild(draft: FamilyFormDraft, index: number): FamilyFormDraft {
  const child = draft.children[index];
  if (!child) return draft;
  const forgotten = forgetPerson(draft, child.id);
  return { ...forgotten, children: forgotten.children.filter((_, i) => i !== index) };
}

export function setLivesIn(draft: FamilyFormDraft, homeId: string, personId: string, kind: 'carer' | 'child', lives: boolean): FamilyFormDraft {
  const key = kind === 'carer' ? 'carerIds' : 'childIds';
  return { ...draft, households: draft.households.map((h) => (h.id === homeId ? { ...h, [key]: withItem(h[key], personId, lives) } : h)) };
}

export function setRelationship(draft: FamilyFormDraft, carerIndex: number, childId: string, change: Partial<Omit<RelationshipDraft, 'childId'>>): FamilyFormDraft {
  return updateCarer(draft, carerIndex, {
    childRelationships: [
      ...(draft.carers[carerIndex]?.childRelationships.filter((r) => r.childId !== childId) ?? []),
      { ...relationshipOf(draft.carers[carerIndex] ?? emptyCarer(''), childId), ...change },
    ],
  });
}

/** Details hidden unless the user says otherwise: everything that can give away where someone is. */
export const DEFAULT_COVERS: readonly ProtectedDetail[] = ['phone', 'email', 'address'];

/**
 * Ticks or unticks "keep this person's details from someone". A flag not yet saved simply goes;
 * a saved flag is never deleted, so unticking asks for it to end (and ticking again takes that back).
 */
export function setFlagged(draft: FamilyFormDraft, personId: string, on: boolean, newId: () => string): FamilyFormDraft {
  const current = draft.safetyFlags.filter((f) => f.subjectId === personId && f.ended === null);
  if (on) {
    if (current.length > 0) return { ...draft, safetyFlags: draft.safetyFlags.map((f) => (current.includes(f) ? { ...f, endRequested: false } : f)) };
    return { ...draft, safetyFlags: [...draft.safetyFlags, { ...newFlag(newId(), personId), covers: [...DEFAULT_COVERS] }] };
  }
  return {
    ...draft,
    safetyFlags: draft.safetyFlags.flatMap((f) => {
      if (!current.includes(f)) return [f];
      return f.addedOn === '' ? [] : [{ ...f, endRequested: true }];
    }),
  };
}

export function updateFlag(draft: FamilyFormDraft, index: number, change: Partial<FlagDraft>): FamilyFormDraft {
  return { ...draft, safetyFlags: replaceAt(draft.safetyFlags, index, (f) => ({ ...f, ...change })) };
}
