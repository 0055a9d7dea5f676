import type { FamilyRecord } from '../../../shared/domain/family-record';
import { newId } from '../../../shared/domain/ids';
import { buildPracticeFamily, shippedPracticeTemplate, type PracticeTemplate } from '../../../shared/domain/practice-family';
import { todayInLondon } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { StorageError, toStorageError, storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { createConsentRepository } from './consent';
import { removalTables, removeFamiliesWithin, type FamilyRemoval } from './disposal';
import { createFamilyRepository } from './families';
import { homeStatusTables } from './home-status';
import { createPlanRepository } from './plans';
import type { SettingsRepository } from './settings';

/** How many records of each kind were removed with the practice families. */
export type PracticeRemoval = FamilyRemoval;

export interface PracticeRepository {
  /** Every practice family (normally none or one). */
  practiceFamilies(): Promise<FamilyRecord[]>;
  /**
   * Creates the practice family with its plan and consent events, all validated and audited by the
   * usual repositories, in one transaction. When one is already loaded, returns it instead.
   */
  loadPracticeFamily(): Promise<FamilyRecord>;
  /**
   * In one transaction, removes every practice family and every record linked to it by `familyId`
   * in any table, and drafts whose key mentions one of their ids. The audit trail keeps its entries
   * (they hold ids, never content) and gains one 'disposal' entry per family removed.
   */
  removePracticeFamilies(): Promise<PracticeRemoval>;
}

const DAMAGED = 'The practice family could not be loaded: its file in templates/practice is damaged. Nothing was added.';
export function createPracticeRepository(
  db: TeamAroundDatabase,
  deps: { audit: AuditRepository; settings: SettingsRepository },
  options: { now?: () => Date; template?: () => PracticeTemplate } = {},
): PracticeRepository {
  const now = options.now ?? (() => new Date());
  const readTemplate = options.template ?? shippedPracticeTemplate;
  const families = createFamilyRepository(db, deps.audit, now);
  const plans = createPlanRepository(db, deps.audit, now);
  const consent = createConsentRepository(db, deps.audit);
  const practiceFamilies = () => db.families.filter((f) => f.isPractice === true).toArray();

  return {
    practiceFamilies,

    async loadPracticeFamily() {
      let template: PracticeTemplate;
      try {
        template = readTemplate();
      } catch {
        throw new StorageError(DAMAGED, 'invalid');
      }
      const [area, chair] = [await deps.settings.area(), await deps.settings.profile()];
      const today = todayInLondon(now());
      const build = buildPracticeFamily(template, {
        today,
        now: now().toISOString(),
        newId,
        levelsOfNeed: area.levelsOfNeed,
        reviewFrequency: area.defaultReviewFrequency,
        chair,
      });
      try {
        // The repositories' own transactions join this one, so the family, its plan and its consent are saved together or not at all.
        return await db.transaction('rw', [db.families, db.familySummaries, db.familyListPages, db.audit, ...homeStatusTables(db)], async () => {
          const existing = await practiceFamilies();
          if (existing[0]) return existing[0];
          const family = await families.create(build.family, { isPractice: true });
          const plan = await plans.save(build.plan(family.id), area, today);
          if (!plan.ok) throw new StorageError(DAMAGED, 'invalid');
          for (const event of build.consent(family.id)) {
            const recorded = await consent.record(event, today);
            if (!recorded.ok) throw new StorageError(DAMAGED, 'invalid');
          }
          return family;
        });
      } catch (error) {
        if (error instanceof StorageError && error.kind === 'invalid') throw new StorageError(DAMAGED, 'invalid');
        throw toStorageError(error);
      }
    },

    async removePracticeFamilies() {
      return storageWork(() => db.transaction('rw', removalTables(db), async () => {
        const doomed = await practiceFamilies();
        return removeFamiliesWithin(db, deps.audit, doomed.map((f) => f.id));
      }));
    },
  };
}
