import { z } from 'zod';
import type { FamilyRecord } from './family-record';

/**
 * The little the families list needs about a family: names, the children's dates of birth and
 * schools (for ages and search). Stored beside the record and rewritten with it.
 */
export interface FamilySummary {
  id: string;
  /** The same as `id`: lets removal find summaries by family like every other linked table. */
  familyId: string;
  familyName: string;
  isPractice: boolean;
  updatedAt: string;
  carers: Array<{ id: string; name: string }>;
  children: Array<{ id: string; name: string; preferredName: string; dateOfBirth: string; school: string }>;
}

export function summariseFamily(family: FamilyRecord): FamilySummary {
  return {
    id: family.id,
    familyId: family.id,
    familyName: family.familyName,
    isPractice: family.isPractice,
    updatedAt: family.updatedAt,
    carers: family.carers.map(({ id, name }) => ({ id, name })),
    children: family.children.map(({ id, name, preferredName, dateOfBirth, school }) => ({ id, name, preferredName, dateOfBirth, school })),
  };
}


/** Checks a stored summary (for example in a backup) has the shape the list expects. */
export const familySummarySchema = z.object({
  id: z.string().min(1),
  familyId: z.string().min(1),
  familyName: z.string(),
  isPractice: z.boolean(),
  updatedAt: z.string(),
  carers: z.array(z.object({ id: z.string(), name: z.string() })),
  children: z.array(z.object({ id: z.string(), name: z.string(), preferredName: z.string(), dateOfBirth: z.string(), school: z.string() })),
});
