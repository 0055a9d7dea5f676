import { newId } from '../../../shared/domain/ids';
import {
  localServiceInputSchema,
  practitionerInputSchema,
  type LocalService,
  type LocalServiceInput,
  type Practitioner,
  type PractitionerInput,
} from '../../../shared/domain/directory';
import { compareNames } from '../../../shared/rules/text';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';

/** The local directory of practitioners and services, shared by every family. */
export interface DirectoryRepository {
  practitioners(): Promise<Practitioner[]>;
  services(): Promise<LocalService[]>;
  savePractitioner(input: PractitionerInput, id?: string): Promise<Practitioner>;
  saveService(input: LocalServiceInput, id?: string): Promise<LocalService>;
  removePractitioner(id: string): Promise<void>;
  removeService(id: string): Promise<void>;
  /** All rows or none: one transaction. */
  importPractitioners(rows: readonly PractitionerInput[]): Promise<number>;
  importServices(rows: readonly LocalServiceInput[]): Promise<number>;
}

const INVALID = 'Some details are missing or not valid, so nothing was saved.';

export function createDirectoryRepository(db: TeamAroundDatabase): DirectoryRepository {
  function practitioner(input: PractitionerInput, id: string): Practitioner {
    const parsed = practitionerInputSchema.safeParse(input);
    if (!parsed.success) throw new StorageError(INVALID, 'invalid');
    return { ...parsed.data, id };
  }
  function service(input: LocalServiceInput, id: string): LocalService {
    const parsed = localServiceInputSchema.safeParse(input);
    if (!parsed.success) throw new StorageError(INVALID, 'invalid');
    return { ...parsed.data, id };
  }

  return {
    practitioners: async () => (await db.practitioners.toArray()).sort((a, b) => compareNames(a.name, b.name)),
    services: async () => (await db.services.toArray()).sort((a, b) => compareNames(a.name, b.name)),
    async savePractitioner(input, id = newId()) {
      const row = practitioner(input, id);
      await storageWork(() => db.practitioners.put(row));
      return row;
    },
    async saveService(input, id = newId()) {
      const row = service(input, id);
      await storageWork(() => db.services.put(row));
      return row;
    },
    removePractitioner: (id) => storageWork(() => db.practitioners.delete(id)),
    removeService: (id) => storageWork(() => db.services.delete(id)),
    async importPractitioners(rows) {
      const valid = rows.map((r) => practitioner(r, newId()));
      await storageWork(() => db.transaction('rw', db.practitioners, () => db.practitioners.bulkAdd(valid)));
      return valid.length;
    },
    async importServices(rows) {
      const valid = rows.map((r) => service(r, newId()));
      await storageWork(() => db.transaction('rw', db.services, () => db.services.bulkAdd(valid)));
      return valid.length;
    },
  };
}
