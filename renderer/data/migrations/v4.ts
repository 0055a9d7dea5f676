/**
 * Schema version 4 (released): a list summary beside each family, so the families list decrypts a
 * few hundred bytes per family instead of the whole record. Frozen: never edit (see README.md).
 */
import type { Transaction } from 'dexie';

/** The fields of a version 2 family record (as version 3 wrote them) that the summary takes. */
interface FamilyRowV2 {
  id: string;
  familyName: string;
  isPractice: boolean;
  updatedAt: string;
  carers: Array<{ id: string; name: string }>;
  children: Array<{ id: string; name: string; preferredName: string; dateOfBirth: string; school: string }>;
}

/** The summary row as version 4 stores it in `familySummaries`. */
export interface FamilySummaryRowV4 {
  id: string;
  familyId: string;
  familyName: string;
  isPractice: boolean;
  updatedAt: string;
  carers: Array<{ id: string; name: string }>;
  children: Array<{ id: string; name: string; preferredName: string; dateOfBirth: string; school: string }>;
}

export function summariseFamilyV2(family: FamilyRowV2): FamilySummaryRowV4 {
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

export async function upgrade(tx: Transaction): Promise<void> {
  const summaries = tx.table('familySummaries');
  await tx
    .table('families')
    .toCollection()
    .each(async (family: FamilyRowV2) => {
      await summaries.put(summariseFamilyV2(family));
    });
}
