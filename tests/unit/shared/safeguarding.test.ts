import { describe, expect, it } from 'vitest';
import { familyToldSentence, validateReferral } from '../../../shared/domain/safeguarding';
import { formatLongDate } from '../../../shared/rules/dates';

const TODAY = '2026-03-10';
const referral = {
  id: 'referral-0001',
  familyId: 'family-0001',
  childIds: ['child-amir-1'],
  referredOn: '2026-03-09',
  referredBy: { personId: 'prac-dsl-001', name: 'Sam Patel', role: 'Designated safeguarding lead, Oak Lane Primary' },
  referredTo: "Leeds children's social care front door",
  reason: 'Amir said Dad hit him last night and showed a bruise on his arm.',
  familyTold: { told: true, on: '2026-03-09', by: 'Sam Patel', who: 'Mum, by phone' },
  recordedBy: 'Sam Patel',
  recordedAt: '2026-03-09T15:00:00Z',
};

describe('safeguarding referral', () => {
  it('records a referral with no consent field at all', () => {
    const result = validateReferral(referral, TODAY);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.value).some((k) => k.toLowerCase().includes('consent'))).toBe(false);
      expect(familyToldSentence(result.value.familyTold, formatLongDate)).toBe('The family (Mum, by phone) was told on 9 March 2026 by Sam Patel.');
    }
  });

  it('accepts "not told" with the reason why', () => {
    const notTold = { told: false, whyNot: 'Social care advised not to, as telling Dad could put Amir at risk.' };
    const result = validateReferral({ ...referral, familyTold: notTold }, TODAY);
    expect(result.ok && familyToldSentence(result.value.familyTold, formatLongDate)).toBe(
      'The family was not told, because: Social care advised not to, as telling Dad could put Amir at risk.',
    );
  });

  it.each([
    ['not told without a reason', { familyTold: { told: false, whyNot: '' } }, [{ path: 'familyTold.whyNot', message: 'Enter the reason the family was not told' }]],
    ['told without a date', { familyTold: { told: true, by: 'Sam Patel' } }, [{ path: 'familyTold.on', message: 'Enter the date the family was told' }]],
    ['no answer about telling the family', { familyTold: undefined }, [{ path: 'familyTold', message: 'Say whether the family was told about the referral' }]],
    ['a referral dated tomorrow', { referredOn: '2026-03-11' }, [{ path: 'referredOn', message: 'The date of the referral must be today or in the past' }]],
    ['told tomorrow', { familyTold: { told: true, on: '2026-03-11', by: 'Sam', who: '' } }, [{ path: 'familyTold.on', message: 'The date the family was told must be today or in the past' }]],
    ['no child chosen', { childIds: [] }, [{ path: 'childIds', message: 'Choose the child or children the referral is about' }]],
    ['no reason', { reason: '  ' }, [{ path: 'reason', message: 'Enter the reason for the referral' }]],
  ])('refuses %s, at the field', (_name, change, errors) => {
    expect(validateReferral({ ...referral, ...change }, TODAY)).toEqual({ ok: false, errors });
  });
});
