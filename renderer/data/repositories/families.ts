import { FAMILY_RECORD_VERSION, familyRecordSchema, type FamilyRecord, type FamilyRecordInput } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { summariseFamily, type FamilySummary } from '../../../shared/domain/family-summary';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import type { FamilyListFirstPage } from '../../../shared/domain/family-list-first-page';
import { readFirstPage } from './family-list-first-page';
import { putFamilySummaryWithin, readFamilyList, repairFamilyListPages } from './family-list-pages';

/** What a form provides: the record without its bookkeeping fields. */
export type FamilyContent = Omit<FamilyRecordInput, 'id' | 'createdAt' | 'updatedAt' | 'schemaVersion' | 'isPractice'>;

/**
 * Every read and write of families goes through here, so that validation, the audit trail and
 * (later) encryption at rest happen in one place.
 */
export interface FamilyRepository {
  /** What the families list shows: small summaries, not whole records. */
  list(): Promise<FamilySummary[]>;
  /** The list's first families in its order and how many there are (0063), or null when only `list()` can tell. */
  firstPage(): Promise<FamilyListFirstPage | null>;
  get(id: string): Promise<FamilyRecord | undefined>;
  create(content: FamilyContent, options?: { isPractice?: boolean }): Promise<FamilyRecord>;
  update(id: string, content: FamilyContent): Promise<FamilyRecord>;
}

export function createFamilyRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): FamilyRepository {
  function checked(input: FamilyRecordInput): FamilyRecord {
    const result = familyRecordSchema.safeParse(input);
    if (!result.success) throw new StorageError('Some details are missing or not valid, so the family was not saved.', 'invalid');
    return result.data;
  }

  return {
    async list() {
      const { summaries, damaged, firstPageWrong } = await readFamilyList(db);
      // Out of this read's scope (a live query may not write), and never in the list's way.
      if (damaged.length > 0 || firstPageWrong) setTimeout(() => void repairFamilyListPages(db, damaged, firstPageWrong).catch(() => undefined), 0);
      return summaries;
    },
    firstPage() {
      return readFirstPage(db);
    },
    async get(id) {
      return db.families.get(id);
    },
    async create(content, options = {}) {
      const stamp = now().toISOString();
      const family = checked({
        ...content,
        schemaVersion: FAMILY_RECORD_VERSION,
        id: newId(),
        createdAt: stamp,
        updatedAt: stamp,
        isPractice: options.isPractice ?? false,
      });
      await storageWork(() => db.transaction('rw', [db.families, db.familySummaries, db.familyListPages, db.audit, db.settings], async () => {
        await db.families.add(family);
        await putFamilySummaryWithin(db, summariseFamily(family));
        await audit.appendWithin({ action: 'create', recordType: 'family', recordId: family.id, familyId: family.id });
      }));
      return family;
    },
    async update(id, content) {
      return storageWork(() => db.transaction('rw', [db.families, db.familySummaries, db.familyListPages, db.audit, db.settings], async () => {
        const existing = await db.families.get(id);
        if (!existing) throw new StorageError('This family could not be found. It may have been removed.', 'not-found');
        const family = checked({ ...content, schemaVersion: FAMILY_RECORD_VERSION, id, createdAt: existing.createdAt, updatedAt: now().toISOString(), isPractice: existing.isPractice });
        await db.families.put(family);
        await putFamilySummaryWithin(db, summariseFamily(family));
        await audit.appendWithin({ action: 'update', recordType: 'family', recordId: id, familyId: id });
        return family;
      }));
    },
  };
}
