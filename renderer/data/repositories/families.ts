import { familyInputSchema, familySchema, type Family, type FamilyInput } from '../../../shared/domain/family';
import { newId } from '../../../shared/domain/ids';
import type { TeamAroundDatabase } from '../db';
import { StorageError, toStorageError } from '../errors';

/**
 * Every read and write of families goes through here, so that validation (and, later,
 * encryption at rest) happens in one place.
 */
export interface FamilyRepository {
  list(): Promise<Family[]>;
  get(id: string): Promise<Family | undefined>;
  create(input: FamilyInput, options?: { isPractice?: boolean }): Promise<Family>;
  update(id: string, input: FamilyInput): Promise<Family>;
}

export function createFamilyRepository(db: TeamAroundDatabase, now: () => Date = () => new Date()): FamilyRepository {
  function checked(input: FamilyInput): FamilyInput {
    const result = familyInputSchema.safeParse(input);
    if (!result.success) throw new StorageError('Some details are missing or not valid, so the family was not saved.', 'invalid');
    return result.data;
  }

  return {
    async list() {
      return db.families.toArray();
    },
    async get(id) {
      return db.families.get(id);
    },
    async create(input, options = {}) {
      const stamp = now().toISOString();
      const family = familySchema.parse({
        ...checked(input),
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        isPractice: options.isPractice ?? false,
      });
      try {
        await db.families.add(family);
      } catch (error) {
        throw toStorageError(error);
      }
      return family;
    },
    async update(id, input) {
      const valid = checked(input);
      try {
        return await db.transaction('rw', db.families, async () => {
          const existing = await db.families.get(id);
          if (!existing) throw new StorageError('This family could not be found. It may have been removed.', 'not-found');
          const family: Family = { ...existing, ...valid, id, updatedAt: now().toISOString() };
          await db.families.put(family);
          return family;
        });
      } catch (error) {
        throw toStorageError(error);
      }
    },
  };
}
