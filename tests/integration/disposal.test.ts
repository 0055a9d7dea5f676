import { meetingRecordSchema } from '../../shared/domain/meeting-record';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { StorageError } from '../../renderer/data/errors';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import type { PlanStatusEvent } from '../../shared/domain/plan';
import { separatedFamilyContent } from '../unit/shared/fixtures';

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;
const TODAY = '2026-11-23';

beforeEach(async () => {
  db = new TeamAroundDatabase(`disposal-test-${++n}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every row in every table that mentions the id, except the audit trail. */
async function rowsLinkedTo(id: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    if (table.name === 'audit') continue;
    const linked = (await table.toArray()).filter((row: unknown) => JSON.stringify(row).includes(id)).length;
    if (linked > 0) counts[table.name] = linked;
  }
  return counts;
}

const closedLongAgo: PlanStatusEvent[] = [
  { status: 'active', on: '2015-01-05', reason: '', recordedBy: 'Sam Patel' },
  { status: 'closed', on: '2016-02-01', reason: 'Goals met', recordedBy: 'Sam Patel' },
];
const stillActive: PlanStatusEvent[] = [{ status: 'active', on: '2015-01-05', reason: '', recordedBy: 'Sam Patel' }];

/** A family called `name` with a plan, consent, a referral, a meeting, an action and drafts. */
async function addFamily(name: string, history: PlanStatusEvent[], tag: string): Promise<string> {
  const family = await repos.families.create(separatedFamilyContent(name));
  const plan = await repos.plans.save(
    { id: `${tag}-plan-0001`, familyId: family.id, leadProfessional: { name: 'Sam Patel' }, startDate: '2015-01-05', reason: 'Secret reason Xylophone', levelOfNeed: '2', statusHistory: history, createdAt: 'x', updatedAt: 'x' },
    await repos.settings.area(),
    TODAY,
  );
  expect(plan.ok).toBe(true);
  const [carer] = family.carers;
  const [child] = family.children;
  if (!carer || !child) throw new Error('family without people');
  const consent = await repos.consent.record(
    { id: `${tag}-consent-01`, familyId: family.id, kind: 'given', how: 'verbal', scope: { type: 'early-help' }, on: '2015-01-05', by: { personId: carer.id, name: carer.name }, recordedBy: 'Sam Patel', recordedAt: '2015-01-05T10:00:00.000Z' },
    TODAY,
  );
  expect(consent.ok).toBe(true);
  const referral = await repos.referrals.record(
    {
      id: `${tag}-referral-1`,
      familyId: family.id,
      childIds: [child.id],
      referredOn: '2015-06-01',
      referredBy: { name: 'Sam Patel' },
      referredTo: "Children's social care front door",
      reason: 'Worry about harm',
      familyTold: { told: true, on: '2015-06-01', by: 'Sam Patel' },
      recordedBy: 'Sam Patel',
      recordedAt: '2015-06-01T10:00:00.000Z',
    },
    TODAY,
  );
  expect(referral.ok).toBe(true);
  await db.meetings.put({ id: `${tag}-meeting-1`, familyId: family.id, kind: 'first', startsAt: '2015-02-01T16:00:00+00:00', lengthMinutes: 60, venue: 'School', notes: '', createdAt: 'x', updatedAt: 'x' });
  await repos.actions.save({ id: `${tag}-action-01`, familyId: family.id, meetingId: `${tag}-meeting-1`, childId: null, what: 'Walk to school', ownerName: 'Mum', dueDate: null, howWeWillKnow: '', status: 'not-started', note: '', createdAt: 'x', updatedAt: 'x' });
  await db.meetingRecords.put(meetingRecordSchema.parse({ id: `${tag}-meeting-1`, familyId: family.id, familyViews: 'Secret view Xylophone', startedAt: 'x', updatedAt: 'x' }));
  await db.voiceImages.put({ id: `${tag}-image-001`, familyId: family.id, meetingId: `${tag}-meeting-1`, childId: child.id, mediaType: 'image/png', base64: 'iVBORw0KGgo=', description: 'A house', addedAt: 'x' });
  await repos.drafts.save(`family-form:${family.id}`, { any: 'thing' });
  await repos.drafts.save(`plan-form:${tag}-plan-0001`, { any: 'thing' });
  return family.id;
}

describe('records due for disposal', () => {
  it('lists real families whose plans all closed past the retention date, with their name', async () => {
    const due = await addFamily('Quillfeather family', closedLongAgo, 'due');
    await addFamily('Drinkwater family', stillActive, 'open');
    const practice = await repos.practice.loadPracticeFamily();
    await db.plans.where('familyId').equals(practice.id).modify((p) => {
      p.statusHistory = closedLongAgo;
    });
    expect(await repos.disposal.due(TODAY)).toEqual([{ familyId: due, familyName: 'Quillfeather family', closedOn: '2016-02-01', dueOn: '2022-02-01', planIds: ['due-plan-0001'] }]);
    await repos.settings.saveRetention({ closedPlans: { count: 11, unit: 'years' } });
    expect(await repos.disposal.due(TODAY)).toEqual([]);
  });
});

describe('disposing of a family', () => {
  it('removes the family and every linked row in one step, leaves others, and logs metadata only', async () => {
    const doomed = await addFamily('Quillfeather family', closedLongAgo, 'due');
    const kept = await addFamily('Drinkwater family', stillActive, 'open');
    await repos.drafts.save('family-form:new', { unrelated: true });
    const keptBefore = await rowsLinkedTo(kept);
    expect(Object.keys(await rowsLinkedTo(doomed)).sort()).toEqual(['actions', 'consentEvents', 'drafts', 'families', 'familyListPages', 'familySummaries', 'meetingRecords', 'meetings', 'plans', 'referrals', 'voiceImages']);
    const auditBefore = await db.audit.count();

    const removal = await repos.disposal.dispose(doomed, TODAY);
    expect(removal).toEqual({ families: 1, linked: { plans: 1, consentEvents: 1, referrals: 1, meetings: 1, actions: 1, timetables: 0, meetingRecords: 1, voiceImages: 1, minutes: 0, briefings: 0 }, drafts: 2 });

    expect(await rowsLinkedTo(doomed)).toEqual({});
    expect(await rowsLinkedTo(kept)).toEqual(keptBefore);
    expect(await db.drafts.get('family-form:new')).toBeDefined();

    // One new entry: a disposal naming the family by id, never by name or content.
    expect(await db.audit.count()).toBe(auditBefore + 1);
    const last = await db.audit.orderBy('seq').last();
    expect(last).toMatchObject({ action: 'disposal', recordType: 'family', recordId: doomed, familyId: doomed });
    expect(Object.keys(last ?? {}).sort()).toEqual(['action', 'actor', 'at', 'familyId', 'hash', 'prevHash', 'recordId', 'recordType', 'seq']);
    const everything = JSON.stringify(await db.audit.toArray());
    for (const word of ['Quillfeather', 'Drinkwater', 'Xylophone', 'Worry about harm', 'Walk to school']) expect(everything).not.toContain(word);

    // The chain, with its recorded tip, still verifies.
    expect(await repos.audit.verify()).toEqual({ ok: true });
    expect(await repos.audit.tip()).toEqual({ seq: last?.seq, hash: last?.hash });
    expect(await repos.disposal.due(TODAY)).toEqual([]);
  });

  it('refuses a family that is not due, or no longer exists, and changes nothing', async () => {
    const open = await addFamily('Drinkwater family', stillActive, 'open');
    const before = await rowsLinkedTo(open);
    const auditBefore = await db.audit.count();
    await expect(repos.disposal.dispose(open, TODAY)).rejects.toThrow(StorageError);
    await expect(repos.disposal.dispose('0123456789abcdef', TODAY)).rejects.toThrow('not due for disposal');
    expect(await rowsLinkedTo(open)).toEqual(before);
    expect(await db.audit.count()).toBe(auditBefore);
  });

  it('refuses a family whose retention date is still to come', async () => {
    const due = await addFamily('Quillfeather family', closedLongAgo, 'due');
    await expect(repos.disposal.dispose(due, '2022-01-31')).rejects.toThrow('not due for disposal');
    await expect(repos.disposal.dispose(due, '2022-02-01')).resolves.toMatchObject({ families: 1 });
  });
});
