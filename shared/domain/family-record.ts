/**
 * The v2 family record: households, extended carers and children, and safety flags.
 * A v2 record still passes the v1 `familySchema` (extra keys are dropped), so code written for
 * v1 keeps working while the app migrates. Plans, consent and referrals are kept in their own
 * records, linked by `familyId`, so that their append-only histories never rewrite this one.
 */
import { z } from 'zod';
import { familySchema, idSchema, type Family } from './family';
import { requiredName } from './fields';
import { householdSchema } from './household';
import { carerDetailsNotRecorded, carerV2Schema, childDetailsNotRecorded, childV2Schema } from './person';
import { safetyFlagSchema } from './safety-flag';

export const FAMILY_RECORD_VERSION = 2;

const familyRecordShape = z.object({
  schemaVersion: z.literal(FAMILY_RECORD_VERSION),
  id: idSchema,
  familyName: requiredName('family name'),
  households: z.array(householdSchema).max(10, 'A family can have up to 10 homes'),
  carers: z.array(carerV2Schema).min(1, 'Add at least one parent or carer').max(20),
  children: z.array(childV2Schema).min(1, 'Add at least one child').max(20),
  safetyFlags: z.array(safetyFlagSchema).max(100).default([]),
  createdAt: z.string(),
  updatedAt: z.string(),
  isPractice: z.boolean().default(false),
});

type Shape = z.infer<typeof familyRecordShape>;

/** Every id the record points at must exist in it, and no id may be used twice. */
function checkReferences(record: Shape, ctx: z.core.$RefinementCtx<Shape>): void {
  const carerIds = new Set(record.carers.map((c) => c.id));
  const childIds = new Set(record.children.map((c) => c.id));
  const seen = new Set<string>();
  const people: Array<[string, string]> = [
    ...record.carers.map((c, i): [string, string] => [c.id, `carers.${i}.id`]),
    ...record.children.map((c, i): [string, string] => [c.id, `children.${i}.id`]),
    ...record.households.map((h, i): [string, string] => [h.id, `households.${i}.id`]),
  ];
  for (const [id, path] of people) {
    if (seen.has(id)) ctx.addIssue({ code: 'custom', message: 'This id is used twice in the family', path: path.split('.') });
    seen.add(id);
  }
  record.households.forEach((h, i) => {
    h.carerIds.forEach((id, j) => {
      if (!carerIds.has(id)) ctx.addIssue({ code: 'custom', message: 'This home lists a parent or carer who is not in the family', path: ['households', i, 'carerIds', j] });
    });
    h.childIds.forEach((id, j) => {
      if (!childIds.has(id)) ctx.addIssue({ code: 'custom', message: 'This home lists a child who is not in the family', path: ['households', i, 'childIds', j] });
    });
  });
  record.carers.forEach((c, i) => {
    c.childRelationships.forEach((r, j) => {
      if (!childIds.has(r.childId)) ctx.addIssue({ code: 'custom', message: 'This relationship is to a child who is not in the family', path: ['carers', i, 'childRelationships', j, 'childId'] });
    });
  });
  record.safetyFlags.forEach((f, i) => {
    if (!carerIds.has(f.subjectId) && !childIds.has(f.subjectId)) {
      ctx.addIssue({ code: 'custom', message: 'The safety flag is on a person who is not in the family', path: ['safetyFlags', i, 'subjectId'] });
    }
  });
}

export const familyRecordSchema = familyRecordShape.superRefine(checkReferences);
export type FamilyRecord = z.infer<typeof familyRecordSchema>;
export type FamilyRecordInput = z.input<typeof familyRecordSchema>;

/**
 * Maps a v1 family to a v2 record without losing any field: every v1 key keeps its value.
 * New fields take their "not yet recorded" values. No home is invented: a v1 family does not say
 * who lives where (separated parents may live apart), so `households` starts empty and
 * `validateFamilyRecord` asks for at least one home the next time the family is saved.
 */
export function upgradeFamilyV1(family: Family): FamilyRecord {
  return {
    schemaVersion: FAMILY_RECORD_VERSION,
    id: family.id,
    familyName: family.familyName,
    households: [],
    carers: family.carers.map((c) => ({ id: c.id, name: c.name, relationship: c.relationship, phone: c.phone, email: c.email, ...carerDetailsNotRecorded() })),
    children: family.children.map((c) => ({ id: c.id, name: c.name, dateOfBirth: c.dateOfBirth, school: c.school, ...childDetailsNotRecorded() })),
    safetyFlags: [],
    createdAt: family.createdAt,
    updatedAt: family.updatedAt,
    isPractice: family.isPractice,
  };
}

/** Reads a stored family of either version as a v2 record. */
export function readFamilyRecord(stored: unknown): { ok: true; record: FamilyRecord } | { ok: false; message: string } {
  const v2 = familyRecordSchema.safeParse(stored);
  if (v2.success) return { ok: true, record: v2.data };
  const version = (stored as { schemaVersion?: unknown } | null)?.schemaVersion;
  // A v1 family has no schemaVersion.
  if (version === undefined) return readV1(stored);
  return { ok: false, message: 'This family record could not be read: it may be damaged' };
}

function readV1(stored: unknown): { ok: true; record: FamilyRecord } | { ok: false; message: string } {
  const v1 = familySchema.safeParse(stored);
  if (!v1.success) return { ok: false, message: 'This family record could not be read: it may be damaged' };
  return { ok: true, record: upgradeFamilyV1(v1.data) };
}
