import { describe, expect, it } from 'vitest';
import { referralSchema } from '../../../shared/domain/safeguarding';
import { DEFAULT_REFERRED_TO, newReferralDraft, referralFromDraft, type ReferralDraft } from '../../../renderer/features/safeguarding/referral-draft';

const TODAY = '2026-03-10';
const CHILDREN = ['child-00000001', 'child-00000002'];
const ctx = { familyId: 'family-000001', childIds: CHILDREN, id: 'referral-0001', recordedAt: '2026-03-10T09:00:00.000Z', today: TODAY };

function filled(change: Partial<ReferralDraft> = {}): ReferralDraft {
  return {
    ...newReferralDraft(CHILDREN, { name: 'Sam Patel', role: 'Designated safeguarding lead' }, TODAY),
    childIds: ['child-00000002'],
    reason: 'Ela said Dad hurt her arm.',
    told: 'no',
    whyNot: 'Social care advised us not to.',
    ...change,
  };
}

describe('referral form draft', () => {
  it('chooses the only child, and fills in today, the user and children’s social care', () => {
    expect(newReferralDraft(['child-00000001'], { name: 'Sam Patel', role: 'DSL' }, TODAY)).toMatchObject({
      childIds: ['child-00000001'],
      referredOn: '10/03/2026',
      referrerName: 'Sam Patel',
      referrerRole: 'DSL',
      referredTo: DEFAULT_REFERRED_TO,
      told: '',
      toldBy: 'Sam Patel',
      recordedBy: 'Sam Patel',
    });
    expect(newReferralDraft(CHILDREN, { name: '', role: '' }, TODAY).childIds).toEqual([]);
  });

  it('says at each field what is missing, in the order of the form, without asking about consent', () => {
    const result = referralFromDraft(newReferralDraft(CHILDREN, { name: '', role: '' }, TODAY), ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'childIds', message: 'Choose the child or children the referral is about' },
      { path: 'referrerName', message: 'Enter the name of the person who made the referral' },
      { path: 'reason', message: 'Enter the reason for the referral' },
      { path: 'told', message: 'Say whether the family was told about the referral' },
      { path: 'recordedBy', message: 'Enter your name' },
    ]);
  });

  it('needs the reason when the family was not told, and the date and teller when they were', () => {
    const notTold = referralFromDraft(filled({ whyNot: ' ' }), ctx);
    expect(notTold.ok ? [] : notTold.errors).toEqual([{ path: 'whyNot', message: 'Enter the reason the family was not told' }]);
    const told = referralFromDraft(filled({ told: 'yes', toldOn: '', toldBy: '' }), ctx);
    expect(told.ok ? [] : told.errors).toEqual([
      { path: 'toldOn', message: 'Enter the date the family was told, for example 23/11/2026' },
      { path: 'toldBy', message: 'Enter the name of the person who told the family' },
    ]);
  });

  it('refuses dates in the future', () => {
    const result = referralFromDraft(filled({ referredOn: '01/01/2099', told: 'yes', toldOn: '02/01/2099' }), ctx);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'referredOn', message: 'The date of the referral must be today or in the past' },
      { path: 'toldOn', message: 'The date the family was told must be today or in the past' },
    ]);
  });

  it('builds a referral that the domain accepts, dropping a child no longer in the family', () => {
    const result = referralFromDraft(filled({ childIds: ['child-00000002', 'child-gone-0001'] }), ctx);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(referralSchema.parse(result.value)).toMatchObject({
      childIds: ['child-00000002'],
      referredOn: '2026-03-10',
      referredBy: { personId: null, name: 'Sam Patel', role: 'Designated safeguarding lead' },
      referredTo: "Children's social care",
      familyTold: { told: false, whyNot: 'Social care advised us not to.' },
      recordedBy: 'Sam Patel',
    });
  });
});
