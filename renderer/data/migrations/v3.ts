/**
 * Schema version 3 (released): families become version 2 records (households, fuller carer and
 * child details, safety flags). Frozen: never edit (see README.md). The version 1 family shape and
 * its checks below are copies of what version 1 stored, not today's domain schemas.
 */
import type { Transaction } from 'dexie';
import { Temporal } from 'temporal-polyfill';
import { z } from 'zod';

const MAX_NAME_LENGTH = 300;
const MAX_SHORT_TEXT = 500;

// C0/C1 controls except tab and line feed.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const clean = (s: string) => s.replace(CONTROL, '').trim();

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
function isRealDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  try {
    Temporal.PlainDate.from({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }, { overflow: 'reject' });
    return true;
  } catch {
    return false;
  }
}

const id = z.string().regex(/^[A-Za-z0-9_-]{8,64}$/);
const name = z.string().transform(clean).pipe(z.string().min(1).max(MAX_NAME_LENGTH));
const text = (max = MAX_SHORT_TEXT) => z.string().transform(clean).pipe(z.string().max(max));

/** A family as schema versions 1 and 2 stored it. */
const familyV1 = z.object({
  familyName: name,
  carers: z
    .array(z.object({ id, name, relationship: text(100), phone: text(40), email: text(254) }))
    .min(1)
    .max(20),
  children: z
    .array(z.object({ id, name, dateOfBirth: z.string().refine(isRealDate), school: text() }))
    .min(1)
    .max(20),
  id,
  createdAt: z.string(),
  updatedAt: z.string(),
  isPractice: z.boolean().default(false),
});
type FamilyV1 = z.infer<typeof familyV1>;

/**
 * A version 1 family as a version 2 record without losing any field. New fields take their "not
 * yet recorded" values; no home is invented (a version 1 family does not say who lives where).
 */
export function familyRecordFromV1(family: FamilyV1): Record<string, unknown> {
  return {
    schemaVersion: 2,
    id: family.id,
    familyName: family.familyName,
    households: [],
    carers: family.carers.map((c) => ({
      id: c.id,
      name: c.name,
      relationship: c.relationship,
      phone: c.phone,
      email: c.email,
      childRelationships: [],
      preferredContactMethod: 'no-preference',
      preferredContactTimes: '',
      firstLanguage: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      literacyOrAccessNeeds: '',
      easyReadNeeded: false,
    })),
    children: family.children.map((c) => ({
      id: c.id,
      name: c.name,
      dateOfBirth: c.dateOfBirth,
      school: c.school,
      preferredName: '',
      sendStatus: 'not-recorded',
      sendDetails: '',
      communication: '',
      viewsMethods: [],
      firstLanguage: '',
      interpreterNeeded: false,
      interpreterLanguage: '',
      phone: '',
      email: '',
    })),
    safetyFlags: [],
    createdAt: family.createdAt,
    updatedAt: family.updatedAt,
    isPractice: family.isPractice,
  };
}

/**
 * Version 2 records did not exist before this upgrade, so a row with a `schemaVersion` is left as
 * it is; so is a row that cannot be read, rather than lost.
 */
export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('families')
    .toCollection()
    .modify((family: Record<string, unknown>, ref: { value: unknown }) => {
      if (family.schemaVersion !== undefined) return;
      const read = familyV1.safeParse(family);
      if (read.success) ref.value = familyRecordFromV1(read.data);
    });
}
