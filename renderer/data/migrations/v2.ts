/**
 * Schema version 2 (released): version 1 families had no practice flag; it is made explicit rather
 * than left undefined. Frozen: never edit (see README.md).
 */
import type { Transaction } from 'dexie';

export async function upgrade(tx: Transaction): Promise<void> {
  await tx
    .table('families')
    .toCollection()
    .modify((family: { isPractice?: boolean }) => {
      if (family.isPractice === undefined) family.isPractice = false;
    });
}
