import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../../renderer/data/db';
import { createRepositories, type Repositories } from '../../../renderer/data/repositories';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { newReferralDraft, referralFromDraft } from '../../../renderer/features/safeguarding/referral-draft';

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;

beforeEach(async () => {
  db = new TeamAroundDatabase(`safeguarding-ui-test-${++n}`);
  await db.open();
  repos = createRepositories(db);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

describe('a referral from the form, for a family with no consent at all', () => {
  it('is saved with an audit entry naming where it went, and the consent register stays empty', async () => {
    const { familyName, households, carers, children, safetyFlags } = upgradeFamilyV1({
      id: 'family000001',
      familyName: 'Silva family',
      carers: [{ id: 'carer0000001', name: 'Rui Silva', relationship: 'Dad', phone: '', email: '' }],
      children: [{ id: 'child0000001', name: 'Inês Silva', dateOfBirth: '2018-09-20', school: '' }],
      createdAt: '',
      updatedAt: '',
      isPractice: false,
    });
    const family = await repos.families.create({ familyName, households, carers, children, safetyFlags });
    const today = '2026-03-10';
    const draft = { ...newReferralDraft(['child0000001'], { name: 'Priya Shah', role: 'DSL' }, today), reason: 'Left alone overnight.', told: 'no' as const, whyNot: 'Advised not to.' };
    const input = referralFromDraft(draft, { familyId: family.id, childIds: ['child0000001'], id: 'referral00001', recordedAt: '2026-03-10T09:00:00.000Z', today });
    if (!input.ok) throw new Error(JSON.stringify(input.errors));

    expect(await repos.consent.forFamily(family.id)).toEqual([]);
    const saved = await repos.referrals.record(input.value, today);
    expect(saved.ok).toBe(true);

    expect((await repos.referrals.forFamily(family.id)).map((r) => r.id)).toEqual(['referral00001']);
    const audit = await repos.audit.forFamily(family.id);
    const entry = audit.find((e) => e.action === 'safeguarding-referral');
    expect(entry).toMatchObject({ recordType: 'referral', recordId: 'referral00001', recipients: ["Children's social care"] });
    expect(await repos.consent.forFamily(family.id)).toEqual([]);
  });
});
