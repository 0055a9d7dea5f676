import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import type { ConsentEventInput } from '../../shared/domain/consent';

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;
const TODAY = '2026-11-23';
const FAMILY = 'family-consent-01';
const mum = { personId: 'carer-mum-0001', name: 'Ana Ruiz', role: 'Mum' };

beforeEach(async () => {
  db = new TeamAroundDatabase(`consent-repository-test-${++n}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

function agencyEvent(id: string, agency: string, kind: 'given' | 'withdrawn', at: string): ConsentEventInput {
  const base = { id, familyId: FAMILY, scope: { type: 'share' as const, recipient: { kind: 'agency' as const, agency }, purpose: '' }, on: TODAY, by: mum, recordedBy: 'Sam Patel', recordedAt: at, note: '' };
  return kind === 'given' ? { ...base, kind, how: 'verbal', reviewBy: null } : { ...base, kind, how: null };
}

describe('recording several consent decisions at once', () => {
  it('adds one event and one audit entry per decision', async () => {
    const before = await db.audit.count();
    const saved = await repos.consent.recordAll(
      [
        agencyEvent('event-agency-01', 'Kirkby Health Visiting', 'given', '2026-11-23T10:00:00.000Z'),
        agencyEvent('event-agency-02', 'Leeds Housing', 'given', '2026-11-23T10:00:00.001Z'),
        agencyEvent('event-agency-03', 'Oak Primary School', 'given', '2026-11-23T10:00:00.002Z'),
      ],
      TODAY,
    );
    expect(saved.ok).toBe(true);
    const log = await repos.consent.forFamily(FAMILY);
    expect(log.map((e) => (e.scope.type === 'share' && e.scope.recipient.kind === 'agency' ? e.scope.recipient.agency : ''))).toEqual([
      'Kirkby Health Visiting',
      'Leeds Housing',
      'Oak Primary School',
    ]);
    expect((await db.audit.count()) - before).toBe(3);
  });

  it('records none of them when one cannot be recorded', async () => {
    const before = await db.audit.count();
    const saved = await repos.consent.recordAll(
      [
        agencyEvent('event-agency-01', 'Kirkby Health Visiting', 'given', '2026-11-23T10:00:00.000Z'),
        // Nothing to withdraw: refused by the register's rule.
        agencyEvent('event-agency-02', 'Leeds Housing', 'withdrawn', '2026-11-23T10:00:00.001Z'),
      ],
      TODAY,
    );
    expect(saved.ok).toBe(false);
    expect(await repos.consent.forFamily(FAMILY)).toEqual([]);
    expect(await db.audit.count()).toBe(before);
  });
});
