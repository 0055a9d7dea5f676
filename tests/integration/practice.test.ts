import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { StorageError } from '../../renderer/data/errors';
import { createRepositories, type Repositories } from '../../renderer/data/repositories';
import { createPracticeRepository } from '../../renderer/data/repositories/practice';
import { consentEventSchema } from '../../shared/domain/consent';
import { familyRecordSchema } from '../../shared/domain/family-record';
import { planSchema } from '../../shared/domain/plan';
import { shippedPracticeTemplate } from '../../shared/domain/practice-family';
import { schoolYearOn } from '../../shared/rules/academic-year';
import { earlyHelpAnswer, shareAnswer } from '../../shared/rules/consent';
import { todayInLondon } from '../../shared/rules/dates';
import { reviewState } from '../../shared/rules/plan-review';
import { redactFor } from '../../shared/rules/redaction';
import { separatedFamilyContent } from '../unit/shared/fixtures';

let db: TeamAroundDatabase;
let repos: Repositories;
let n = 0;
/** A fixed clock: the practice family's ages, school years and review dates are worked out from it. */
const NOW = new Date('2026-11-23T10:00:00Z');
const now = () => NOW;

beforeEach(async () => {
  db = new TeamAroundDatabase(`practice-test-${++n}`);
  await db.open();
  repos = createRepositories(db, now);
});

afterEach(async () => {
  db.close();
  await db.delete();
});

/** Every row in every table that points at the family, except the audit trail (which keeps ids only). */
async function rowsLinkedTo(familyId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) {
    if (table.name === 'audit') continue;
    const rows = await table.toArray();
    const linked = rows.filter((row: unknown) => JSON.stringify(row).includes(familyId)).length;
    if (linked > 0) counts[table.name] = linked;
  }
  return counts;
}

/** A real family with a plan, consent, a referral, a meeting, an action and a draft. */
async function addRealFamily(): Promise<string> {
  const family = await repos.families.create(separatedFamilyContent());
  const today = todayInLondon(NOW);
  const plan = await repos.plans.save(
    {
      id: 'real-plan-0001',
      familyId: family.id,
      leadProfessional: { name: 'Sam Patel' },
      startDate: today,
      reason: 'Real reason',
      levelOfNeed: '2',
      statusHistory: [{ status: 'active', on: today, recordedBy: 'Sam Patel' }],
      createdAt: 'x',
      updatedAt: 'x',
    },
    await repos.settings.area(),
    today,
  );
  expect(plan.ok).toBe(true);
  await addLinkedRows(family.id, 'real');
  return family.id;
}

/** Rows other features will add: a consent event, a referral, a meeting, an action and drafts. */
async function addLinkedRows(familyId: string, tag: string): Promise<void> {
  const today = todayInLondon(NOW);
  const family = await repos.families.get(familyId);
  const carer = family?.carers[0];
  const child = family?.children[0];
  if (!carer || !child) throw new Error('family without people');
  const consent = await repos.consent.record(
    { id: `${tag}-consent-01`, familyId, kind: 'given', how: 'verbal', scope: { type: 'early-help' }, on: today, by: { personId: carer.id, name: carer.name }, recordedBy: 'Sam Patel', recordedAt: NOW.toISOString() },
    today,
  );
  expect(consent.ok).toBe(true);
  const referral = await repos.referrals.record(
    {
      id: `${tag}-referral-1`,
      familyId,
      childIds: [child.id],
      referredOn: today,
      referredBy: { name: 'Sam Patel' },
      referredTo: "Children's social care front door",
      reason: 'Worry about harm',
      familyTold: { told: true, on: today, by: 'Sam Patel' },
      recordedBy: 'Sam Patel',
      recordedAt: NOW.toISOString(),
    },
    today,
  );
  expect(referral.ok).toBe(true);
  await db.meetings.put({ id: `${tag}-meeting-1`, familyId, kind: 'first', startsAt: '2026-11-23T16:00:00+00:00', lengthMinutes: 60, venue: 'School', notes: '', createdAt: 'x', updatedAt: 'x' });
  await repos.actions.save({ id: `${tag}-action-01`, familyId, meetingId: `${tag}-meeting-1`, childId: null, what: 'Walk to school', ownerName: 'Mum', dueDate: null, howWeWillKnow: '', status: 'not-started', note: '', createdAt: 'x', updatedAt: 'x' });
  await repos.drafts.save(`family-form:${familyId}`, { any: 'thing' });
  await repos.drafts.save(`meeting-notes:${tag}-meeting-1`, { any: 'thing' });
}

describe('loading the practice family', () => {
  it('creates a valid, linked, clearly marked family with two homes, a safety flag, a plan and consent', async () => {
    const family = await repos.practice.loadPracticeFamily();
    const today = todayInLondon(NOW);

    const stored = await repos.families.get(family.id);
    expect(stored?.isPractice).toBe(true);
    expect(familyRecordSchema.safeParse(stored).success).toBe(true);
    if (!stored) throw new Error('not stored');
    expect(stored.familyName).toMatch(/practice/i);
    expect(stored.households).toHaveLength(2);
    // Two children in different school years, today.
    const years = stored.children.map((c) => schoolYearOn(c.dateOfBirth, today).label);
    expect(years).toEqual(['Year 8', 'Year 2']);
    // One carer needs an interpreter.
    expect(stored.carers.filter((c) => c.interpreterNeeded).map((c) => c.interpreterLanguage)).toEqual(['Polish']);

    // Mum's address is hidden from Dad, and only from Dad.
    const [mum, dad] = stored.carers;
    if (!mum || !dad) throw new Error('carers missing');
    const mumsHome = stored.households.find((h) => h.carerIds.includes(mum.id));
    const forDad = redactFor(dad.id, stored);
    expect(forDad.households.find((h) => h.id === mumsHome?.id)?.address.line1).toBe('');
    expect(redactFor(mum.id, stored).households.find((h) => h.id === mumsHome?.id)?.address.line1).toBe('12 Rehearsal Road');

    const plans = await repos.plans.forFamily(family.id);
    expect(plans).toHaveLength(1);
    const plan = plans[0];
    if (!plan) throw new Error('plan missing');
    expect(planSchema.safeParse(plan).success).toBe(true);
    expect(plan.familyId).toBe(family.id);
    expect(reviewState(plan, null, today).state).toBe('due');
    expect(plan.nextReviewDate! > today).toBe(true);
    expect(plan.startDate < today).toBe(true);

    const consent = await repos.consent.forFamily(family.id);
    expect(consent).toHaveLength(3);
    expect(consent.every((e) => consentEventSchema.safeParse(e).success && e.familyId === family.id)).toBe(true);
    expect(earlyHelpAnswer(consent, today).answer).toBe('yes');
    // Consent to share with two agencies, one of them for a stated purpose.
    expect(shareAnswer(consent, { kind: 'agency', agency: 'Larkfield Brook Academy' }, '', today).answer).toBe('yes');
    expect(shareAnswer(consent, { kind: 'agency', agency: 'Practiceford School Nursing Team' }, 'attending meetings and receiving the minutes', today).answer).toBe('yes');
    // The people who gave consent are the family's own.
    expect(consent.every((e) => stored.carers.some((c) => c.id === e.by.personId))).toBe(true);

    // Audited like any other family, and the chain holds.
    const audit = await repos.audit.forFamily(family.id);
    expect(audit.map((e) => e.action).sort()).toEqual(['consent-change', 'consent-change', 'consent-change', 'create', 'create']);
    expect(await repos.audit.verify()).toEqual({ ok: true });
  });

  it('loads only one practice family, however often it is asked', async () => {
    const first = await repos.practice.loadPracticeFamily();
    const second = await repos.practice.loadPracticeFamily();
    expect(second.id).toBe(first.id);
    expect(await repos.practice.practiceFamilies()).toHaveLength(1);
    expect(await db.plans.count()).toBe(1);
  });

  it("follows the area's scale and review frequency, and the chair leads the plan", async () => {
    await repos.settings.saveArea({
      levelsOfNeed: [
        { key: 'U', label: 'Universal' },
        { key: 'E', label: 'Early help' },
        { key: 'S', label: 'Statutory' },
      ],
      defaultReviewFrequency: { count: 2, unit: 'months' },
    });
    await repos.settings.saveProfile({ name: 'Jo Chair', role: 'DSL' });
    const family = await repos.practice.loadPracticeFamily();
    const [plan] = await repos.plans.forFamily(family.id);
    expect(plan?.levelOfNeed).toBe('E');
    expect(plan?.reviewFrequency).toEqual({ count: 2, unit: 'months' });
    expect(plan?.leadProfessional.name).toBe('Jo Chair');
    expect(plan?.statusHistory[0]?.recordedBy).toBe('Jo Chair');
  });

  it('adds nothing at all when the template is damaged', async () => {
    const broken = () => {
      const template = shippedPracticeTemplate();
      return { ...template, plan: { ...template.plan, reason: '' } };
    };
    const practice = createPracticeRepository(db, { audit: repos.audit, settings: repos.settings }, { template: broken });
    await expect(practice.loadPracticeFamily()).rejects.toBeInstanceOf(StorageError);
    expect(await db.families.count()).toBe(0);
    expect(await db.plans.count()).toBe(0);
    expect(await db.consentEvents.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);

    const unreadable = createPracticeRepository(db, { audit: repos.audit, settings: repos.settings }, { template: () => { throw new Error('bad json'); } });
    await expect(unreadable.loadPracticeFamily()).rejects.toThrow(/damaged/);
  });
});

describe('removing the practice family', () => {
  it('removes it and everything linked to it in one step, leaving real families and the audit trail intact', async () => {
    const realId = await addRealFamily();
    const realBefore = await rowsLinkedTo(realId);
    await repos.drafts.save('family-form:new', { unrelated: true });

    const practice = await repos.practice.loadPracticeFamily();
    await addLinkedRows(practice.id, 'practice');
    const [practicePlan] = await repos.plans.forFamily(practice.id);
    await repos.drafts.save(`plan-form:${practicePlan?.id ?? ''}`, { any: 'thing' });
    expect(Object.keys(await rowsLinkedTo(practice.id)).sort()).toEqual(['actions', 'consentEvents', 'drafts', 'families', 'familyListPages', 'familySummaries', 'homeStatus', 'meetings', 'plans', 'referrals']);
    const auditBefore = await db.audit.count();

    const removal = await repos.practice.removePracticeFamilies();
    expect(removal).toEqual({
      families: 1,
      linked: { plans: 1, consentEvents: 4, referrals: 1, meetings: 1, actions: 1, timetables: 0, meetingRecords: 0, voiceImages: 0, minutes: 0, briefings: 0 },
      drafts: 3,
    });

    // Nothing that points at the practice family is left, in any table but the audit trail.
    expect(await rowsLinkedTo(practice.id)).toEqual({});
    expect(await repos.families.get(practice.id)).toBeUndefined();
    expect(await repos.practice.practiceFamilies()).toEqual([]);
    // The real family is untouched, and so is the unrelated draft.
    expect(await rowsLinkedTo(realId)).toEqual(realBefore);
    expect((await repos.families.get(realId))?.isPractice).toBe(false);
    expect(await db.drafts.get('family-form:new')).toBeDefined();

    // The audit trail keeps every entry, gains one disposal, still verifies, and never held the family's words.
    expect(await db.audit.count()).toBe(auditBefore + 1);
    const trail = await repos.audit.forFamily(practice.id);
    expect(trail[0]).toMatchObject({ action: 'disposal', recordType: 'family', recordId: practice.id, familyId: practice.id });
    expect(await repos.audit.verify()).toEqual({ ok: true });
    const everything = JSON.stringify(await db.audit.toArray());
    // (Recipients of consent are named by design: who may receive, never what was said.)
    for (const word of ['Grace', 'Okonjo', 'Nowicki', 'Rehearsal Road', 'Polish']) expect(everything).not.toContain(word);
  });

  it('does nothing, and writes no audit entry, when there is no practice family', async () => {
    await addRealFamily();
    const before = await db.audit.count();
    expect(await repos.practice.removePracticeFamilies()).toEqual({ families: 0, linked: {}, drafts: 0 });
    expect(await db.audit.count()).toBe(before);
  });

  it('can load the practice family again after removing it', async () => {
    const first = await repos.practice.loadPracticeFamily();
    await repos.practice.removePracticeFamilies();
    const second = await repos.practice.loadPracticeFamily();
    expect(second.id).not.toBe(first.id);
    expect(await db.consentEvents.count()).toBe(3);
    expect(await repos.audit.verify()).toEqual({ ok: true });
  });
});
