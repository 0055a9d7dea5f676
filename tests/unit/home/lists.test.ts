import { describe, expect, it } from 'vitest';
import { actionsDue } from '../../../shared/rules/home/actions-due';
import { consentsDue } from '../../../shared/rules/home/consents-due';
import { draftReferences, draftsLeft } from '../../../shared/rules/home/drafts-left';
import { meetingsSoon } from '../../../shared/rules/home/meetings-soon';
import { minutesOpen, minutesWaiting } from '../../../shared/rules/home/minutes-waiting';
import { reviewsDue } from '../../../shared/rules/home/reviews-due';
import { endOfWeek } from '../../../shared/rules/home/window';
import { action, consentGiven, meeting, minutes, NOW, plan, TODAY } from './builders';

const mum = { kind: 'family' as const, id: 'carer-1', name: 'Alex Smith', role: 'Mum', agency: '', email: '' };
const nurse = { kind: 'practitioner' as const, id: 'pr-1', name: 'Sam Patel', role: 'School nurse', agency: 'NHS', email: '' };

describe('meetings in the next two weeks', () => {
  const soon = meeting('m-soon', '2026-11-24T16:00:00+00:00[Europe/London]', { invitees: [mum, nurse] });
  const later = meeting('m-later', '2026-12-07T16:00:00+00:00[Europe/London]', { invitees: [mum] });

  it('lists planned meetings from now up to two weeks ahead, soonest first', () => {
    const started = meeting('m-started', '2026-11-23T09:30:00+00:00[Europe/London]');
    const tooFar = meeting('m-far', '2026-12-08T09:00:00+00:00[Europe/London]');
    const cancelled = meeting('m-off', '2026-11-25T09:00:00+00:00[Europe/London]', { status: 'cancelled' });
    const items = meetingsSoon({ now: NOW, today: TODAY, meetings: [later, tooFar, started, cancelled, soon], preparation: new Map() });
    expect(items.map((i) => i.meetingId)).toEqual(['m-soon', 'm-later']);
    expect(items[0]?.button.target).toEqual({ screen: 'meeting', familyId: 'fam-1', meetingId: 'm-soon' });
  });

  it('says whether the family has been told, invitations sent and briefings awaited', () => {
    const preparation = new Map([
      ['m-soon', { invited: new Set(['carer-1']), briefingsReceived: 1, briefingsRequested: 3 }],
      ['m-later', { invited: new Set(['carer-1']), briefingsReceived: 0, briefingsRequested: 0 }],
    ]);
    const [first, second] = meetingsSoon({ now: NOW, today: TODAY, meetings: [soon, later], preparation });
    expect(first).toMatchObject({ familyTold: true, invitationsSent: 1, invitees: 2, briefingsReceived: 1, briefingsAwaited: 2, button: { label: 'Send invitations and tell the family' } });
    expect(second).toMatchObject({ familyTold: true, invitationsSent: 1, invitees: 1, briefingsAwaited: 0, button: { label: 'Open the meeting' } });
  });

  it('counts the family as not told while a change has not reached them', () => {
    const changed = { ...later, changes: [{ id: 'c-1', at: NOW, what: 'The time changed', told: [{ inviteeId: 'carer-1', toldAt: null, how: null }] }] };
    const [item] = meetingsSoon({ now: NOW, today: TODAY, meetings: [changed], preparation: new Map([['m-later', { invited: new Set(['carer-1']), briefingsReceived: 0, briefingsRequested: 0 }]]) });
    expect(item?.familyTold).toBe(false);
  });

  it('flags a meeting with nobody from the family invited', () => {
    const [item] = meetingsSoon({ now: NOW, today: TODAY, meetings: [meeting('m-x', '2026-11-30T10:00:00+00:00', { invitees: [nurse] })], preparation: new Map() });
    expect(item).toMatchObject({ noFamilyInvited: true, familyTold: false });
  });
});

describe('minutes waiting', () => {
  const held = (id: string, day: string) => meeting(id, `2026-11-${day}T10:00:00+00:00[Europe/London]`);

  it('lists each held meeting whose minutes are not yet shared, oldest first, with the next step', () => {
    const items = minutesWaiting({
      now: NOW,
      meetings: [held('m-5', '20'), held('m-1', '02'), held('m-2', '05'), held('m-3', '10'), held('m-4', '16'), held('m-6', '18')],
      minutes: new Map([
        ['m-2', [minutes('v-2', 'm-2', ['drafted', 'sent-to-family'])]],
        ['m-3', [minutes('v-3', 'm-3', ['drafted', 'sent-to-family', 'family-responded'])]],
        ['m-4', [minutes('v-4', 'm-4', ['drafted', 'sent-to-family', 'family-responded', 'finalised'])]],
        ['m-5', [minutes('v-5', 'm-5', ['drafted'])]],
        ['m-6', [minutes('v-6', 'm-6', ['drafted', 'sent-to-family', 'family-responded', 'finalised', 'shared'])]],
      ]),
    });
    expect(items.map((i) => [i.meetingId, i.state])).toEqual([
      ['m-1', 'not-drafted'],
      ['m-2', 'with-family'],
      ['m-3', 'family-responded'],
      ['m-4', 'final'],
      ['m-5', 'draft'],
    ]);
    expect(items[0]?.button).toEqual({ label: 'Write the minutes', target: { screen: 'minutes', familyId: 'fam-1', meetingId: 'm-1' } });
  });

  it('looks at the newest version only, and leaves out meetings not yet over, cancelled or pre-meetings', () => {
    const corrected = [minutes('v-1', 'm-1', ['drafted', 'sent-to-family', 'family-responded', 'finalised', 'corrected']), minutes('v-1b', 'm-1', ['drafted'], 2)];
    const items = minutesWaiting({
      now: NOW,
      meetings: [
        held('m-1', '02'),
        meeting('m-now', '2026-11-23T09:30:00+00:00[Europe/London]'),
        meeting('m-off', '2026-11-03T10:00:00+00:00', { status: 'cancelled' }),
        meeting('m-pre', '2026-11-03T10:00:00+00:00', { kind: 'pre-meeting' }),
      ],
      minutes: new Map([['m-1', corrected]]),
    });
    expect(items.map((i) => [i.meetingId, i.state])).toEqual([['m-1', 'draft']]);
  });

  it('says a meeting’s minutes are open (the flag home reads by, 0066) exactly when it would be listed once over', () => {
    const shared = [minutes('v-1', 'm-1', ['drafted', 'sent-to-family', 'family-responded', 'finalised', 'shared'])];
    const corrected = [...shared, minutes('v-2', 'm-1', ['drafted'], 2)];
    expect(minutesOpen({ kind: 'review', status: 'planned' }, [])).toBe(true);
    expect(minutesOpen({ kind: 'review', status: 'planned' }, shared)).toBe(false);
    expect(minutesOpen({ kind: 'review', status: 'planned' }, corrected)).toBe(true);
    expect(minutesOpen({ kind: 'review', status: 'cancelled' }, [])).toBe(false);
    expect(minutesOpen({ kind: 'pre-meeting', status: 'planned' }, [])).toBe(false);
  });
});

describe('actions overdue and due this week', () => {
  it('ends the week on Sunday', () => {
    expect(endOfWeek('2026-11-23')).toBe('2026-11-29');
    expect(endOfWeek('2026-11-29')).toBe('2026-11-29');
  });

  it('groups open actions due by Sunday by owner, the soonest owner and action first', () => {
    const groups = actionsDue({
      today: TODAY,
      actions: [
        action('a-1', { ownerName: 'Sam Patel', dueDate: '2026-11-27' }),
        action('a-2', { ownerName: 'Jo Brown', dueDate: '2026-11-20', familyId: 'fam-2' }),
        action('a-3', { ownerName: 'sam patel ', dueDate: '2026-11-10' }),
        action('a-4', { ownerName: 'Jo Brown', dueDate: '2026-11-30' }),
        action('a-5', { ownerName: 'Jo Brown', dueDate: '2026-11-21', status: 'done' }),
        action('a-6', { ownerName: 'Jo Brown', dueDate: null }),
        action('a-7', { ownerName: '', dueDate: '2026-11-29', status: 'in-progress' }),
      ],
    });
    expect(groups.map((g) => [g.owner, g.items.map((i) => [i.actionId, i.overdue])])).toEqual([
      ['sam patel', [['a-3', true], ['a-1', false]]],
      ['Jo Brown', [['a-2', true]]],
      ['No owner named', [['a-7', false]]],
    ]);
    expect(groups[0]?.items[0]?.button).toEqual({ label: 'Update the action', target: { screen: 'meeting-run', familyId: 'fam-1', meetingId: 'm-1' } });
  });
});

describe('reviews due', () => {
  it('lists open plans whose review falls in the next two weeks or has passed, most overdue first', () => {
    const items = reviewsDue({
      today: TODAY,
      plans: [
        plan('p-soon', { familyId: 'fam-1', startDate: '2026-10-20' }), // due 1 December
        plan('p-late', { familyId: 'fam-2', startDate: '2026-09-01' }), // due 13 October, no review since
        plan('p-reviewed', { familyId: 'fam-3', startDate: '2026-09-01' }), // reviewed 10 November: due 22 December
        plan('p-agreed', { familyId: 'fam-4', startDate: '2026-09-01', nextReviewDate: '2026-11-25' }),
        plan('p-closed', { familyId: 'fam-5', startDate: '2026-09-01', statusHistory: [{ status: 'active', on: '2026-09-01', reason: '', recordedBy: 'Lee' }, { status: 'closed', on: '2026-10-01', reason: 'Done', recordedBy: 'Lee' }] }),
        plan('p-planned', { familyId: 'fam-6', startDate: '2026-09-01' }),
      ],
      heldReviews: new Map([['fam-3', ['2026-11-10', '2026-08-01']]]),
      reviewPlanned: new Set(['fam-6']),
    });
    expect(items.map((i) => [i.planId, i.dueOn, i.overdue])).toEqual([
      ['p-late', '2026-10-13', true],
      ['p-agreed', '2026-11-25', false],
      ['p-soon', '2026-12-01', false],
    ]);
    expect(items[0]).toMatchObject({ frequency: 'every 6 weeks', button: { label: 'Plan the review', target: { screen: 'meeting-new', familyId: 'fam-2' } } });
  });
});

describe('consents due for review', () => {
  it('lists consent in force whose review date is within two weeks or passed, soonest first', () => {
    const school = { type: 'share' as const, recipient: { kind: 'agency' as const, agency: 'School' }, purpose: '' };
    const items = consentsDue({
      today: TODAY,
      logs: new Map([
        ['fam-1', [consentGiven('c-1', '2026-06-01', '2026-12-01'), consentGiven('c-2', '2026-06-01', '2026-11-20', { scope: school })]],
        ['fam-2', [consentGiven('c-3', '2026-06-01', '2027-01-20', { familyId: 'fam-2' })]],
        ['fam-3', [consentGiven('c-4', '2026-06-01', null, { familyId: 'fam-3' })]],
      ]),
    });
    expect(items.map((i) => [i.familyId, i.scope.type, i.reviewBy, i.overdue])).toEqual([
      ['fam-1', 'share', '2026-11-20', true],
      ['fam-1', 'early-help', '2026-12-01', false],
    ]);
    expect(items[0]?.button.target).toEqual({ screen: 'consent', familyId: 'fam-1' });
  });

  it('leaves out consent that was withdrawn', () => {
    const withdrawn = { ...consentGiven('c-2', '2026-10-01', null), kind: 'withdrawn' as const, how: null };
    expect(consentsDue({ today: TODAY, logs: new Map([['fam-1', [consentGiven('c-1', '2026-06-01', '2026-11-20'), withdrawn]]]) })).toEqual([]);
  });
});

describe('drafts left half-way', () => {
  it('names each form, newest first, and opens it again; unknown forms are left out', () => {
    const drafts = [
      { key: 'family-form:new', savedAt: '2026-11-20T09:00:00Z' },
      { key: 'consent-form:fam-2', savedAt: '2026-11-22T09:00:00Z' },
      { key: 'plan-form:plan-9', savedAt: '2026-11-21T09:00:00Z' },
      { key: 'meeting-run:add-action:m-4', savedAt: '2026-11-19T09:00:00Z' },
      { key: 'minutes-review:v-1', savedAt: '2026-11-18T09:00:00Z' },
      { key: 'plan-status:plan-gone', savedAt: '2026-11-23T09:00:00Z' },
      { key: 'something-else:1', savedAt: '2026-11-23T09:00:00Z' },
    ];
    expect(draftReferences(drafts.map((d) => d.key))).toEqual({ planIds: ['plan-9', 'plan-gone'], meetingIds: ['m-4'], minutesIds: ['v-1'] });
    const items = draftsLeft({
      drafts,
      lookups: { planFamily: new Map([['plan-9', 'fam-3']]), meetingFamily: new Map([['m-4', 'fam-4']]), minutesMeeting: new Map([['v-1', { familyId: 'fam-5', meetingId: 'm-5' }]]) },
    });
    expect(items.map((i) => [i.form, i.button.target])).toEqual([
      ['Consent', { screen: 'consent', familyId: 'fam-2' }],
      ['Changes to the plan', { screen: 'plan-edit', familyId: 'fam-3' }],
      ['New family', { screen: 'family-new' }],
      ['An action in a meeting', { screen: 'meeting-run', familyId: 'fam-4', meetingId: 'm-4' }],
      ["The family's check of the minutes", { screen: 'minutes', familyId: 'fam-5', meetingId: 'm-5' }],
    ]);
  });

  it('opens the consent register again for answers to several agencies left half-way', () => {
    const items = draftsLeft({
      drafts: [{ key: 'agency-consent-form:fam-6', savedAt: '2026-11-22T09:00:00Z' }],
      lookups: { planFamily: new Map(), meetingFamily: new Map(), minutesMeeting: new Map() },
    });
    expect(items.map((i) => [i.form, i.familyId, i.button.target])).toEqual([['Consent for several agencies', 'fam-6', { screen: 'consent', familyId: 'fam-6' }]]);
  });
});

describe('dates of meetings', () => {
  it('reads the London date of a start, in summer time and from other offsets', async () => {
    const { londonDateOf } = await import('../../../shared/rules/home/window');
    expect(londonDateOf('2026-07-01T00:30:00+01:00[Europe/London]')).toBe('2026-07-01');
    expect(londonDateOf('2026-06-30T23:30:00Z')).toBe('2026-07-01');
    expect(londonDateOf('2026-12-03T16:00:00+00:00')).toBe('2026-12-03');
  });
});
