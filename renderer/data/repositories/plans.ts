import type { Validated } from '../../../shared/domain/family';
import type { Plan, PlanInput } from '../../../shared/domain/plan';
import type { AreaSettings } from '../../../shared/domain/area-settings';
import { validatePlan } from '../../../shared/rules/plan-checks';
import { changePlanStatus, type StatusChange } from '../../../shared/rules/plan-status';
import type { IsoDate } from '../../../shared/rules/dates';
import type { TeamAroundDatabase } from '../db';
import { storageWork } from '../errors';
import type { AuditRepository } from './audit';
import { homeStatusTables, refreshHomeStatusWithin } from './home-status';

/** Plans (episodes of early help). Status changes only ever add to the history. */
export interface PlanRepository {
  /** Newest first: by start date, then (for plans started the same day) by when they were created. */
  forFamily(familyId: string): Promise<Plan[]>;
  get(id: string): Promise<Plan | undefined>;
  /** Adds or replaces a plan's details; the status history is checked as a whole. */
  save(input: PlanInput, settings: Pick<AreaSettings, 'levelsOfNeed'>, today: IsoDate): Promise<Validated<Plan>>;
  changeStatus(planId: string, change: StatusChange, today: IsoDate): Promise<Validated<Plan>>;
}

export function createPlanRepository(db: TeamAroundDatabase, audit: AuditRepository, now: () => Date = () => new Date()): PlanRepository {
  async function write(plan: Plan, action: 'create' | 'update', today: IsoDate): Promise<void> {
    await storageWork(() => db.transaction('rw', [...homeStatusTables(db), db.audit], async () => {
      await db.plans.put(plan);
      await refreshHomeStatusWithin(db, [plan.familyId], today);
      await audit.appendWithin({ action, recordType: 'plan', recordId: plan.id, familyId: plan.familyId });
    }));
  }

  return {
    forFamily: async (familyId) =>
      (await db.plans.where('familyId').equals(familyId).toArray()).sort((a, b) => b.startDate.localeCompare(a.startDate) || b.createdAt.localeCompare(a.createdAt)),
    get: (id) => db.plans.get(id),
    async save(input, settings, today) {
      const result = validatePlan(input, settings, today);
      if (!result.ok) return result;
      const existing = await db.plans.get(result.value.id);
      await write(result.value, existing ? 'update' : 'create', today);
      return result;
    },
    async changeStatus(planId, change, today) {
      const plan = await db.plans.get(planId);
      if (!plan) return { ok: false, errors: [{ path: 'status', message: 'This plan could not be found. It may have been removed.' }] };
      const result = changePlanStatus(plan, change, today, now().toISOString());
      if (result.ok) await write(result.value, 'update', today);
      return result;
    },
  };
}
