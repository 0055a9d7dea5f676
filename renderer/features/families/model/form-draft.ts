/**
 * What the family form holds while someone types: the whole family record as text, with dates
 * still as typed (dd/mm/yyyy). It is written to the drafts table on every change, so it is plain
 * data, and the guard below checks a stored draft before the form trusts it.
 *
 * The shape mirrors the stored record, so a validation error's path (`carers.0.phone`) is also
 * the path of the field it belongs to.
 */
import { z } from 'zod';
import {
  carerDetailsNotRecorded,
  childDetailsNotRecorded,
  contactMethodValues,
  parentalResponsibilityValues,
  sendStatusValues,
  viewsMethodValues,
} from '../../../../shared/domain/person';
import { protectedDetailValues } from '../../../../shared/domain/safety-flag';
import { draftGuard } from '../../../components/form/draft-guard';

const text = z.string();

const homeDraftSchema = z.object({
  id: text,
  label: text,
  address: z.object({ line1: text, line2: text, town: text, postcode: text }),
  phone: text,
  carerIds: z.array(text),
  childIds: z.array(text),
});

const languageDraft = {
  firstLanguage: text,
  interpreterNeeded: z.boolean(),
  interpreterLanguage: text,
};

const relationshipDraftSchema = z.object({
  childId: text,
  relationship: text,
  parentalResponsibility: z.enum(parentalResponsibilityValues),
});

const carerDraftSchema = z.object({
  id: text,
  name: text,
  phone: text,
  email: text,
  /** One entry per child (any order); the form shows a row for every child. */
  childRelationships: z.array(relationshipDraftSchema),
  preferredContactMethod: z.enum(contactMethodValues),
  preferredContactTimes: text,
  ...languageDraft,
  literacyOrAccessNeeds: text,
  easyReadNeeded: z.boolean(),
});

const childDraftSchema = z.object({
  id: text,
  name: text,
  preferredName: text,
  /** As typed, for example 23/11/2016. */
  dateOfBirth: text,
  school: text,
  sendStatus: z.enum(sendStatusValues),
  sendDetails: text,
  communication: text,
  viewsMethods: z.array(z.enum(viewsMethodValues)),
  ...languageDraft,
  phone: text,
  email: text,
});

const flagDraftSchema = z.object({
  id: text,
  subjectId: text,
  covers: z.array(z.enum(protectedDetailValues)),
  hiddenFrom: z.array(text),
  reason: text,
  /** Empty until the flag is first saved; then the date and who added it, kept unchanged. */
  addedOn: text,
  addedBy: text,
  /** A flag that ended before this edit: kept as it was, never shown as active. */
  ended: z.object({ on: text, by: text, reason: text }).nullable(),
  /** A saved flag is never deleted: unticking it asks for it to end when the family is saved. */
  endRequested: z.boolean(),
  endReason: text,
});

export const familyFormDraftSchema = z.object({
  familyName: text,
  households: z.array(homeDraftSchema),
  carers: z.array(carerDraftSchema),
  children: z.array(childDraftSchema),
  safetyFlags: z.array(flagDraftSchema),
});

export type FamilyFormDraft = z.infer<typeof familyFormDraftSchema>;
export type HomeDraft = FamilyFormDraft['households'][number];
export type CarerDraft = FamilyFormDraft['carers'][number];
export type ChildDraft = FamilyFormDraft['children'][number];
export type RelationshipDraft = CarerDraft['childRelationships'][number];
export type FlagDraft = FamilyFormDraft['safetyFlags'][number];

/** Anything stored that does not fit (an older form's draft, damage) is ignored rather than trusted. */
export const isFamilyFormDraft = draftGuard(familyFormDraftSchema);

export function emptyHome(id: string): HomeDraft {
  return { id, label: '', address: { line1: '', line2: '', town: '', postcode: '' }, phone: '', carerIds: [], childIds: [] };
}

export function emptyCarer(id: string): CarerDraft {
  return { id, name: '', phone: '', email: '', ...carerDetailsNotRecorded() };
}

export function emptyChild(id: string): ChildDraft {
  return { id, name: '', dateOfBirth: '', school: '', ...childDetailsNotRecorded() };
}

export function newFlag(id: string, subjectId: string): FlagDraft {
  return {
    id,
    subjectId,
    covers: [],
    hiddenFrom: [],
    reason: '',
    addedOn: '',
    addedBy: '',
    ended: null,
    endRequested: false,
    endReason: '',
  };
}

/** A new family: one home, with the first parent or carer and the first child in it. */
export function emptyFamilyDraft(newId: () => string): FamilyFormDraft {
  const home = emptyHome(newId());
  const carer = emptyCarer(newId());
  const child = emptyChild(newId());
  return {
    familyName: '',
    households: [{ ...home, carerIds: [carer.id], childIds: [child.id] }],
    carers: [carer],
    children: [child],
    safetyFlags: [],
  };
}

/** The relationship row for a carer and child, with "not recorded" values when there is none yet. */
export function relationshipOf(carer: CarerDraft, childId: string): RelationshipDraft {
  return carer.childRelationships.find((r) => r.childId === childId) ?? { childId, relationship: '', parentalResponsibility: 'not-known' };
}

/** Flags a person has that are in force or being edited (not those that ended before). */
export function currentFlagsOf(draft: FamilyFormDraft, personId: string): Array<{ flag: FlagDraft; index: number }> {
  return draft.safetyFlags.flatMap((flag, index) => (flag.subjectId === personId && flag.ended === null ? [{ flag, index }] : []));
}
