import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultAreaSettings } from '../../../shared/domain/area-settings';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createAuditRepository } from '../../../renderer/data/repositories/audit';
import { createPlanRepository } from '../../../renderer/data/repositories/plans';
import { newPlanDraft, planFromDraft } from '../../../renderer/features/plans/plan-draft';

let db: TeamAroundDatabase;
let n = 0;

beforeEach(async () => {
  db = new TeamAroundDatabase(`plans-ui-test-${++n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('plans started on the same day', () => {
  it('come newest first by when they were created, so a new plan follows a closed one', async () => {
    const plans = createPlanRepository(db, createAuditRepository(db, () => 'Test chair'));
    const today = '2026-03-10';
    const draft = { ...newPlanDraft({ name: 'Sam Patel', role: '' }, defaultAreaSettings, today), reason: 'Mornings', levelOfNeed: '2' };
    // Stored rows come back in id order, which here is also creation order: the sort must put the later one first.
    for (const [id, now] of [['plan-aaaa-first', '2026-03-10T09:00:00.000Z'], ['plan-zzzz-second', '2026-03-10T15:00:00.000Z']] as const) {
      const input = planFromDraft(draft, { familyId: 'family-000001', newId: id, now, recordedBy: 'Sam Patel', settings: defaultAreaSettings, today });
      if (!input.ok) throw new Error(JSON.stringify(input.errors));
      expect((await plans.save(input.value, defaultAreaSettings, today)).ok).toBe(true);
    }
    expect((await plans.forFamily('family-000001')).map((p) => p.id)).toEqual(['plan-zzzz-second', 'plan-aaaa-first']);
  });
});
