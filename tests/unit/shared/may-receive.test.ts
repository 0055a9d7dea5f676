import { describe, expect, it } from 'vitest';
import { mayReceive, type MayReceive, type Recipient } from '../../../shared/rules/consent';
import type { ConsentEvent } from '../../../shared/domain/consent';
import { dad, dsl, earlyHelp, given, healthVisitor, housing, refused, reviewed, school, share, withdrawn } from './consent-fixtures';

const TODAY = '2026-03-10';
const eh = given(earlyHelp, '2026-01-05', { reviewBy: '2026-07-05' });

interface Case {
  name: string;
  consents: ConsentEvent[];
  recipient: Recipient;
  purpose?: string;
  route?: 'consent' | 'safeguarding-referral';
  expected: MayReceive;
}

const cases: Case[] = [
  {
    name: 'granted',
    consents: [eh, given(share(school), '2026-01-05', { reviewBy: '2026-07-05' })],
    recipient: school,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Siobhán Ní Bhriain gave consent to share with School on 5 January 2026 (signed form), to be reviewed by 5 July 2026.',
    },
  },
  {
    name: 'granted to the agency covers its practitioner',
    consents: [eh, given(share(school), '2026-01-05')],
    recipient: dsl,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Sam Patel may receive the minutes: they work for School, and Siobhán Ní Bhriain gave consent to share with School on 5 January 2026 (signed form).',
    },
  },
  {
    name: 'granted, then confirmed at review',
    consents: [eh, given(share(school), '2026-01-05', { reviewBy: '2026-03-01' }), reviewed(share(school), '2026-02-28', { reviewBy: '2026-06-01' })],
    recipient: school,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Siobhán Ní Bhriain gave consent to share with School on 5 January 2026 (signed form), last confirmed on 28 February 2026, to be reviewed by 1 June 2026.',
    },
  },
  {
    name: 'withdrawn',
    consents: [eh, given(share(housing), '2026-01-05'), withdrawn(share(housing), '2026-02-14', { by: dad })],
    recipient: housing,
    expected: { allowed: false, reasonKind: 'withdrawn', reason: 'محمد حداد withdrew consent to share with Housing on 14 February 2026. Do not send the minutes to Housing.' },
  },
  {
    name: 'withdrawn for the agency stops its practitioner too',
    consents: [eh, given(share(school), '2026-01-05'), withdrawn(share(school), '2026-02-14')],
    recipient: dsl,
    expected: {
      allowed: false,
      reasonKind: 'withdrawn',
      reason:
        'Sam Patel may not receive the minutes: they work for School, and Siobhán Ní Bhriain withdrew consent to share with School on 14 February 2026. Do not send the minutes to Sam Patel (School).',
    },
  },
  {
    name: 'a yes for the person by name wins over a later no for their agency',
    consents: [eh, given(share(dsl), '2026-01-05'), withdrawn(share(school), '2026-02-14')],
    recipient: dsl,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis:
        'Sam Patel may receive the minutes: Siobhán Ní Bhriain gave consent to share with Sam Patel (School) on 5 January 2026 (signed form). The decision about Sam Patel by name counts, although Siobhán Ní Bhriain withdrew consent to share with School on 14 February 2026.',
    },
  },
  {
    name: 'a no for the person by name wins over a later yes for their agency',
    consents: [eh, refused(share(dsl), '2026-01-05'), given(share(school), '2026-02-14')],
    recipient: dsl,
    expected: {
      allowed: false,
      reasonKind: 'refused',
      reason:
        'Sam Patel may not receive the minutes: Siobhán Ní Bhriain said no to sharing with Sam Patel (School) on 5 January 2026. The decision about Sam Patel by name counts, although Siobhán Ní Bhriain gave consent to share with School on 14 February 2026. Do not send the minutes to Sam Patel (School).',
    },
  },
  {
    name: 'at the same level and the same moment, a no wins over a yes',
    consents: [eh, given(share(school), '2026-02-01'), refused(share(school, 'receiving the minutes'), '2026-02-01')],
    recipient: school,
    purpose: 'receiving the minutes',
    expected: {
      allowed: false,
      reasonKind: 'refused',
      reason: 'Siobhán Ní Bhriain said no to sharing with School for receiving the minutes on 1 February 2026. Do not send the minutes to School.',
    },
  },
  {
    name: "a named person's consent past its review date leaves their agency's consent to decide",
    consents: [eh, given(share(dsl), '2026-01-05', { reviewBy: '2026-02-01' }), given(share(school), '2026-01-06')],
    recipient: dsl,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Sam Patel may receive the minutes: they work for School, and Siobhán Ní Bhriain gave consent to share with School on 6 January 2026 (signed form).',
    },
  },
  {
    name: "the agency's consent past its review date, for a practitioner there",
    consents: [eh, given(share(school), '2026-01-05', { reviewBy: '2026-02-01' })],
    recipient: dsl,
    expected: {
      allowed: false,
      reasonKind: 'expired',
      reason: 'Consent to share with School, where Sam Patel works, was due for review by 1 February 2026. Check with the family before sending the minutes.',
    },
  },
  {
    name: 'the agency is matched whatever its case and spacing',
    consents: [eh, given(share({ kind: 'agency', agency: ' school' }), '2026-01-05')],
    recipient: dsl,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Sam Patel may receive the minutes: they work for School, and Siobhán Ní Bhriain gave consent to share with school on 5 January 2026 (signed form).',
    },
  },
  {
    name: 'consent to one agency does not cover a practitioner at another',
    consents: [eh, given(share(housing), '2026-01-05')],
    recipient: dsl,
    expected: { allowed: false, reasonKind: 'not-asked', reason: 'The family has not been asked about sharing with Sam Patel (School). Ask them before sending the minutes.' },
  },
  {
    name: 'safeguarding referral to a practitioner the family said no to by name',
    consents: [eh, refused(share(dsl), '2026-01-05')],
    recipient: dsl,
    route: 'safeguarding-referral',
    expected: {
      allowed: true,
      basisKind: 'safeguarding',
      basis:
        'Safeguarding referral: information is shared without needing consent because a child may be at risk of significant harm. Record what was shared, with whom, and why.',
    },
  },
  {
    name: 'refused when asked',
    consents: [eh, refused(share(housing), '2026-01-05')],
    recipient: housing,
    expected: { allowed: false, reasonKind: 'refused', reason: 'Siobhán Ní Bhriain said no to sharing with Housing on 5 January 2026. Do not send the minutes to Housing.' },
  },
  {
    name: 'expired (review date passed)',
    consents: [eh, given(share(healthVisitor), '2026-01-05', { reviewBy: '2026-03-09' })],
    recipient: healthVisitor,
    expected: {
      allowed: false,
      reasonKind: 'expired',
      reason: 'Consent to share with Health visitor was due for review by 9 March 2026. Check with the family before sending the minutes.',
    },
  },
  {
    name: 'still valid on the review date itself',
    consents: [eh, given(share(healthVisitor), '2026-01-05', { reviewBy: '2026-03-10' })],
    recipient: healthVisitor,
    expected: {
      allowed: true,
      basisKind: 'consent',
      basis: 'Siobhán Ní Bhriain gave consent to share with Health visitor on 5 January 2026 (signed form), to be reviewed by 10 March 2026.',
    },
  },
  {
    name: 'never asked',
    consents: [eh, given(share(school), '2026-01-05')],
    recipient: housing,
    expected: { allowed: false, reasonKind: 'not-asked', reason: 'The family has not been asked about sharing with Housing. Ask them before sending the minutes.' },
  },
  {
    name: 'no consent to early help recorded',
    consents: [given(share(school), '2026-01-05')],
    recipient: school,
    expected: {
      allowed: false,
      reasonKind: 'no-early-help-consent',
      reason: "The family's consent to early help has not been recorded. Record it before sending the minutes to School.",
    },
  },
  {
    name: 'early help withdrawn stops all sharing',
    consents: [eh, given(share(school), '2026-01-05'), withdrawn(earlyHelp, '2026-03-01')],
    recipient: school,
    expected: {
      allowed: false,
      reasonKind: 'no-early-help-consent',
      reason: 'Siobhán Ní Bhriain withdrew consent to early help on 1 March 2026, so nothing is shared with School. Do not send the minutes.',
    },
  },
  {
    name: 'the family themselves, with no consent recorded at all',
    consents: [],
    recipient: { kind: 'family-member', personId: 'carer-dad-01', name: 'محمد حداد' },
    expected: { allowed: true, basisKind: 'family', basis: 'محمد حداد is in the family. The family always receives their own documents, and first.' },
  },
  {
    name: 'safeguarding referral, even after consent was withdrawn',
    consents: [eh, given(share(school), '2026-01-05'), withdrawn(earlyHelp, '2026-03-01')],
    recipient: { kind: 'agency', agency: "Children's social care" },
    route: 'safeguarding-referral',
    expected: {
      allowed: true,
      basisKind: 'safeguarding',
      basis:
        'Safeguarding referral: information is shared without needing consent because a child may be at risk of significant harm. Record what was shared, with whom, and why.',
    },
  },
  {
    name: 'consent for one purpose does not cover another',
    consents: [eh, given(share(school, 'attending meetings'), '2026-01-05')],
    recipient: school,
    purpose: 'receiving reports',
    expected: {
      allowed: false,
      reasonKind: 'not-asked',
      reason: 'The family has not been asked about sharing with School for receiving reports. Ask them before sending the minutes.',
    },
  },
  {
    name: 'consent for the purpose asked about',
    consents: [eh, given(share(school, 'attending meetings'), '2026-01-05')],
    recipient: school,
    purpose: 'Attending meetings',
    expected: { allowed: true, basisKind: 'consent', basis: 'Siobhán Ní Bhriain gave consent to share with School for attending meetings on 5 January 2026 (signed form).' },
  },
  {
    name: 'a later yes after a withdrawal',
    consents: [eh, given(share(school), '2026-01-05'), withdrawn(share(school), '2026-02-01'), given(share(school), '2026-03-01')],
    recipient: school,
    expected: { allowed: true, basisKind: 'consent', basis: 'Siobhán Ní Bhriain gave consent to share with School on 1 March 2026 (signed form).' },
  },
  {
    name: 'a yes and a no on the same day: the one recorded later counts',
    consents: [eh, given(share(school), '2026-02-01', { recordedAt: '2026-02-01T09:00:00Z' }), withdrawn(share(school), '2026-02-01', { recordedAt: '2026-02-01T15:00:00Z' })],
    recipient: school,
    expected: { allowed: false, reasonKind: 'withdrawn', reason: 'Siobhán Ní Bhriain withdrew consent to share with School on 1 February 2026. Do not send the minutes to School.' },
  },
  {
    name: 'an event dated after today is not yet in force',
    consents: [eh, given(share(school), '2026-03-11')],
    recipient: school,
    expected: { allowed: false, reasonKind: 'not-asked', reason: 'The family has not been asked about sharing with School. Ask them before sending the minutes.' },
  },
];

describe('mayReceive', () => {
  it.each(cases)('$name', ({ consents, recipient, purpose, route, expected }) => {
    expect(mayReceive({ consents, recipient, documentKind: 'minutes', purpose: purpose ?? '', today: TODAY, route })).toEqual(expected);
  });

  it('names the document in the reason', () => {
    const result = mayReceive({ consents: [eh], recipient: housing, documentKind: 'invitation', purpose: '', today: TODAY });
    expect(result).toEqual({ allowed: false, reasonKind: 'not-asked', reason: 'The family has not been asked about sharing with Housing. Ask them before sending the invitation.' });
  });

  it('answers for a past day from the same log (nothing is overwritten)', () => {
    const log = [eh, given(share(housing), '2026-01-05'), withdrawn(share(housing), '2026-02-14')];
    expect(mayReceive({ consents: log, recipient: housing, documentKind: 'minutes', purpose: '', today: '2026-02-13' }).allowed).toBe(true);
    expect(mayReceive({ consents: log, recipient: housing, documentKind: 'minutes', purpose: '', today: '2026-02-14' }).allowed).toBe(false);
  });
});
