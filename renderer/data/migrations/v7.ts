/**
 * Schema version 7: the families list's summaries held in 64 sealed pages by a hash of the family
 * id, so the list reads at most 64 records whatever the caseload (decision 0060). Built from the
 * version 4 summaries, which stay. Frozen: never edit (see README.md).
 */
import type { Transaction } from 'dexie';

const BUCKETS = 64;

/** The summary row as versions 4 to 6 store it in `familySummaries`. */
interface FamilySummaryRowV6 {
  id: string;
  familyId: string;
  familyName: string;
  isPractice: boolean;
  updatedAt: string;
  carers: Array<{ id: string; name: string }>;
  children: Array<{ id: string; name: string; preferredName: string; dateOfBirth: string; school: string }>;
}

/** The page row as version 7 stores it in `familyListPages`. */
export interface FamilyListPageRowV7 {
  id: number;
  summaries: FamilySummaryRowV6[];
}

/** FNV-1a (32-bit) over the id's UTF-16 code units, halves folded, modulo 64. */
export function familyListBucketV7(familyId: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < familyId.length; i++) {
    hash ^= familyId.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return ((hash ^ (hash >>> 16)) >>> 0) % BUCKETS;
}

function isSummaryRow(row: unknown): row is FamilySummaryRowV6 {
  if (typeof row !== 'object' || row === null) return false;
  const { id, familyId, familyName, isPractice, updatedAt, carers, children } = row as Record<string, unknown>;
  return (
    typeof id === 'string' &&
    familyId === id &&
    typeof familyName === 'string' &&
    typeof isPractice === 'boolean' &&
    typeof updatedAt === 'string' &&
    Array.isArray(carers) &&
    Array.isArray(children)
  );
}

export async function upgrade(tx: Transaction): Promise<void> {
  const buckets = new Map<number, FamilySummaryRowV6[]>();
  await tx
    .table('familySummaries')
    .toCollection()
    .each((row: unknown) => {
      if (!isSummaryRow(row)) return;
      const bucket = familyListBucketV7(row.id);
      const page = buckets.get(bucket);
      if (page) page.push(row);
      else buckets.set(bucket, [row]);
    });
  const pages: FamilyListPageRowV7[] = [...buckets.keys()]
    .sort((a, b) => a - b)
    .map((id) => ({ id, summaries: (buckets.get(id) ?? []).sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) }));
  await tx.table('familyListPages').bulkPut(pages);
}
