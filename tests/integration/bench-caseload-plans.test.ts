/**
 * The bench caseload's plans, consent logs and home status rows (tests/bench/caseload/plans.ts):
 * rows the domain's schemas accept, the same whatever the batches, and the home status rows the
 * app itself writes for those records on the caseload's "today" (decision 0064).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { homeStatusTables, refreshHomeStatusWithin } from '../../renderer/data/repositories/home-status';
import { consentEventSchema } from '../../shared/domain/consent';
import { planSchema } from '../../shared/domain/plan';
import { scopeState } from '../../shared/rules/consent-state';
import { isPlanOpen } from '../../shared/rules/plan-status';
import { CASELOAD_TODAY, caseloadBatch, writeBatch, type CaseloadSize } from '../bench/caseload';

const SIZE: CaseloadSize = { families: 200, meetingsPerFamily: 10, actionsPerFamily: 4 };
const whole = caseloadBatch(3, SIZE, 0, SIZE.families);
const NAME = 'bench-caseload-plans';

afterEach(async () => {
  await Dexie.delete(NAME);
});

describe('the bench caseload’s plans and consent', () => {
  it('gives each family one plan, about 70% of them open, every one accepted by the plan schema', () => {
    expect(whole.plans.map((p) => p.familyId)).toEqual(whole.families.map((f) => f.id));
    for (const plan of whole.plans) expect(planSchema.parse(plan)).toEqual(plan);
    const open = whole.plans.filter(isPlanOpen).length / whole.plans.length;
    expect(open).toBeGreaterThan(0.6);
    expect(open).toBeLessThan(0.8);
    // Started within the two years before the caseload's today (2026-11-23).
    for (const plan of whole.plans) expect(plan.startDate >= '2024-11-23' && plan.startDate < CASELOAD_TODAY).toBe(true);
  });

  it('gives each family a consent log the consent schema accepts: some due for review, some expired, some withdrawn', () => {
    for (const event of whole.consentEvents) expect(consentEventSchema.parse(event)).toEqual(event);
    expect(new Set(whole.consentEvents.map((e) => e.familyId)).size).toBe(SIZE.families);
    expect(new Set(whole.consentEvents.map((e) => e.id)).size).toBe(whole.consentEvents.length);
    const states = whole.consentEvents.filter((e) => e.scope.type === 'share').map((e) => scopeState(whole.consentEvents.filter((x) => x.familyId === e.familyId), e.scope, CASELOAD_TODAY).state);
    expect(states).toContain('given');
    expect(states).toContain('expired');
    expect(states).toContain('withdrawn');
  });

  it('is the same family by family whatever the batches', () => {
    const halves = [caseloadBatch(3, SIZE, 0, 70), caseloadBatch(3, SIZE, 70, SIZE.families)];
    expect(halves.flatMap((b) => b.plans)).toEqual(whole.plans);
    expect(halves.flatMap((b) => b.consentEvents)).toEqual(whole.consentEvents);
    expect(halves.flatMap((b) => b.homeStatus)).toEqual(whole.homeStatus);
    expect(caseloadBatch(4, SIZE, 0, 1).plans[0]?.id).not.toBe(whole.plans[0]?.id);
  });

  it('writes the home status rows the app writes for those records on the caseload’s today', async () => {
    const db = new TeamAroundDatabase(NAME);
    try {
      await writeBatch(db, whole);
      const written = await db.homeStatus.toArray();
      expect(written).toHaveLength(whole.plans.filter(isPlanOpen).length);
      expect(written.some((row) => row.dueFrom === CASELOAD_TODAY)).toBe(true);
      expect(written.some((row) => row.dueFrom > CASELOAD_TODAY)).toBe(true);
      await db.transaction('rw', homeStatusTables(db), () => refreshHomeStatusWithin(db, whole.families.map((f) => f.id), CASELOAD_TODAY));
      expect(await db.homeStatus.toArray()).toEqual(written);
    } finally {
      db.close();
    }
  });
});
