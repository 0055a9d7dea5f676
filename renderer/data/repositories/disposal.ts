import type { Table } from 'dexie';
import { plansDueForReview, type DueForReview } from '../../../shared/domain/retention';
import type { IsoDate } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { StorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { removeFamilySummariesWithin } from './family-list-pages';
import type { SettingsRepository } from './settings';

/** How many records of each kind were removed with one or more families. */
export interface FamilyRemoval {
  families: number;
  /** Rows removed from each table linked by `familyId` (plans, consentEvents, referrals, meetings, actions...). */
  linked: Record<string, number>;
  drafts: number;
}

/**
 * Not counted as linked records: the audit trail is kept whatever happens, and the list summaries
 * are part of the family and meeting records themselves (removed with them).
 */
const NOT_LINKED = new Set(['audit', 'familySummaries', 'meetingSummaries']);

/** Every table with a `familyId` index except the audit trail and the family's own summary. */
export function linkedTables(db: TeamAroundDatabase): Table[] {
  return db.tables.filter((t) => !NOT_LINKED.has(t.name) && t.schema.indexes.some((i) => i.keyPath === 'familyId'));
}

/** The tables a removal writes: run `removeFamiliesWithin` in a 'rw' transaction over exactly these. */
export function removalTables(db: TeamAroundDatabase): Table[] {
  return [db.families, db.familySummaries, db.familyListPages, db.meetingSummaries, db.homeStatus, db.drafts, db.audit, db.settings, ...linkedTables(db)];
}

/**
 * Removes the families and every row linked to them by `familyId` in any table, and drafts whose
 * key mentions one of their ids or one of their records' ids. Writes one 'disposal' audit entry per
 * family: ids only, never names. Must run inside a transaction over `removalTables(db)`.
 */
export async function removeFamiliesWithin(db: TeamAroundDatabase, audit: AuditRepository, familyIds: readonly string[]): Promise<FamilyRemoval> {
  const removal: FamilyRemoval = { families: familyIds.length, linked: {}, drafts: 0 };
  if (familyIds.length === 0) return removal;
  // Drafts may be keyed by the family or by one of its records (a plan, a meeting...).
  const mentioned = new Set(familyIds);
  for (const table of linkedTables(db)) {
    const keys = await table.where('familyId').anyOf([...familyIds]).primaryKeys();
    for (const key of keys) mentioned.add(String(key));
    removal.linked[table.name] = keys.length;
    await table.bulkDelete(keys);
  }
  const draftKeys = (await db.drafts.toCollection().primaryKeys()).filter((key) => [...mentioned].some((id) => key.includes(id)));
  await db.drafts.bulkDelete(draftKeys);
  removal.drafts = draftKeys.length;
  await db.families.bulkDelete([...familyIds]);
  await removeFamilySummariesWithin(db, familyIds);
  await db.meetingSummaries.where('familyId').anyOf([...familyIds]).delete();
  // The home status row is keyed by the family's id (0064).
  await db.homeStatus.bulkDelete([...familyIds]);
  // Drift alert acknowledgements (home screen) are kept in settings, keyed by family.
  for (const id of familyIds) await db.settings.where('key').startsWith(`drift-ack:${id}:`).delete();
  for (const id of familyIds) {
    await audit.appendWithin({ action: 'disposal', recordType: 'family', recordId: id, familyId: id });
  }
  return removal;
}

/** A family whose records have passed their retention date, named for the review list. */
export interface DueFamily extends DueForReview {
  familyName: string;
}

/** Disposal of records past their retention date (Settings → Records due for disposal). */
export interface DisposalRepository {
  /** Real families (never practice ones) whose plans have all closed and are past retention on `today`; oldest due first. */
  due(today: IsoDate): Promise<DueFamily[]>;
  /**
   * In one transaction: checks the family is still due on `today`, removes it and every row linked
   * to it, and writes one 'disposal' audit entry (ids only). Refuses a family that is not due.
   */
  dispose(familyId: string, today: IsoDate): Promise<FamilyRemoval>;
}

const NOT_DUE = 'This family’s records are not due for disposal, so nothing was removed. A plan may have been started or reopened since the list was shown.';

export function createDisposalRepository(db: TeamAroundDatabase, deps: { audit: AuditRepository; settings: Pick<SettingsRepository, 'retention'> }): DisposalRepository {
  async function dueOn(today: IsoDate): Promise<DueForReview[]> {
    const rules = await deps.settings.retention();
    const practice = new Set((await db.families.filter((f) => f.isPractice === true).primaryKeys()).map(String));
    const plans = (await db.plans.toArray()).filter((p) => !practice.has(p.familyId));
    return plansDueForReview(plans, today, rules);
  }

  return {
    async due(today) {
      const due = await dueOn(today);
      const families = await db.families.bulkGet(due.map((d) => d.familyId));
      return due.flatMap((d, i) => {
        const family = families[i];
        return family ? [{ ...d, familyName: family.familyName }] : [];
      });
    },
    async dispose(familyId, today) {
      const rules = await deps.settings.retention();
      return storageWork(() => db.transaction('rw', removalTables(db), async () => {
        const family = await db.families.get(familyId);
        if (!family || family.isPractice) throw new StorageError(NOT_DUE, 'not-found');
        const plans = await db.plans.where('familyId').equals(familyId).toArray();
        if (plansDueForReview(plans, today, rules).length === 0) throw new StorageError(NOT_DUE, 'invalid');
        return removeFamiliesWithin(db, deps.audit, [familyId]);
      }));
    },
  };
}
