import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import type { Action } from '../../shared/domain/action';
import { consentEventSchema, type ConsentEvent } from '../../shared/domain/consent';
import { separatedFamily } from '../unit/shared/fixtures';

/** Monday 23 November 2026, 10am in London. */
const NOW = new Date('2026-11-23T10:00:00Z');
const PRIYA = { id: 'prac-priya-01', name: 'Priya Shah', role: 'School nurse', agency: 'Oak Health', phone: '0113 496 0001', secureEmail: '' };

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

function action(id: string, familyId: string, extra: Partial<Action> = {}): Action {
  return {
    id: `action-${id}`,
    familyId,
    meetingId: 'meeting-1',
    childId: null,
    what: `Action ${id}`,
    ownerName: PRIYA.name,
    ownerKind: 'practitioner',
    ownerId: PRIYA.id,
    dueDate: null,
    howWeWillKnow: '',
    status: 'not-started',
    note: '',
    createdAt: '2026-11-01T09:00:00Z',
    updatedAt: '2026-11-01T09:00:00Z',
    ...extra,
  };
}

const consent = (familyId: string, scope: ConsentEvent['scope'], id: string): ConsentEvent =>
  consentEventSchema.parse({
    id,
    familyId,
    scope,
    kind: 'given',
    how: 'written',
    on: '2026-10-01',
    by: { personId: 'carer-mum-01', name: 'Siobhán Ní Bhriain', role: 'Mum' },
    recordedBy: 'Sam Patel',
    recordedAt: '2026-10-01T09:00:00Z',
    note: '',
  });

beforeEach(async () => {
  db = new TeamAroundDatabase(`owner-actions-test-${++n}`);
  await db.open();
  repos = createRepositories(db, () => NOW);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('the actions-by-owner read model', () => {
  it("reads the owner's open actions, dated and undated, with consent applied as on today", async () => {
    const shared = { ...separatedFamily(), id: 'family-shared', familyName: 'Ruiz' };
    const notShared = { ...separatedFamily(), id: 'family-notshared', familyName: 'Okafor' };
    await db.families.bulkAdd([shared, notShared]);
    await db.practitioners.add(PRIYA);
    await db.consentEvents.bulkAdd([
      consent(shared.id, { type: 'early-help' }, 'consent-c1'),
      consent(shared.id, { type: 'share', recipient: { kind: 'agency', agency: 'Oak Health' }, purpose: '' }, 'consent-c2'),
      consent(notShared.id, { type: 'early-help' }, 'consent-c3'),
    ]);
    await repos.actions.saveMany([
      action('dated', shared.id, { dueDate: '2026-11-30' }),
      action('undated', shared.id),
      action('done', shared.id, { status: 'done', dueDate: '2026-11-20' }),
      action('someone-else', shared.id, { ownerId: 'prac-other', ownerName: 'Kim Wu', dueDate: '2026-11-24' }),
      action('okafor', notShared.id, { dueDate: '2026-11-25' }),
    ]);

    const view = await repos.ownerActions.forOwner(PRIYA.id);
    expect(view?.today).toBe('2026-11-23');
    expect(view?.list.families.map((f) => [f.familyId, f.rows.map((r) => r.actionId)])).toEqual([[shared.id, ['action-dated', 'action-undated']]]);
    expect(view?.list.leftOut.map((f) => f.familyId)).toEqual([notShared.id]);
    expect(await repos.ownerActions.forOwner('not-in-the-directory')).toBeNull();
  });

  it('records the export in the audit trail, naming the practitioner by id', async () => {
    await repos.ownerActions.recordExport(PRIYA.id, 'docx');
    const [entry] = await repos.audit.all();
    expect(entry).toMatchObject({ action: 'export', recordType: 'owner-actions/docx', recordId: PRIYA.id, recipients: [PRIYA.id] });
  });
});
