/**
 * The home status day (decision 0064): the earliest day, from the day it is worked out, on which a
 * family could be on reviews due, consents due or the drift alerts. Dates are fixed; `today` is
 * passed in, never the clock.
 */
import { describe, expect, it } from 'vitest';
import { summariseMeeting } from '../../../shared/domain/meeting-summary';
import type { ConsentEvent } from '../../../shared/domain/consent';
import type { Plan } from '../../../shared/domain/plan';
import { DEFAULT_DRIFT_THRESHOLDS } from '../../../shared/rules/home/drift';
import { dateOfDay, dayNumber, homeDueFrom, type HomeStatusInput } from '../../../shared/rules/home/status';
import { consentGiven, meeting, plan } from './builders';

/** Sunday 1 November 2026. */
const TODAY = '2026-11-01';

function dueFrom(over: Partial<HomeStatusInput> & { plans: Plan[] }): string | null {
  return homeDueFrom({ today: TODAY, thresholds: DEFAULT_DRIFT_THRESHOLDS, meetings: [], consent: [], carriedOn: [], ...over });
}

const review = (id: string, date: string, extra: Parameters<typeof meeting>[2] = {}) => summariseMeeting(meeting(id, `${date}T10:00:00+00:00[Europe/London]`, extra));

describe('home status day', () => {
  it('counts days to and from ISO dates', () => {
    expect(dateOfDay(dayNumber('2026-11-01') + 30)).toBe('2026-12-01');
    expect(dayNumber('2026-03-29') - dayNumber('2026-03-28')).toBe(1);
  });

  it('is none for a family with no open plan', () => {
    const closed = plan('p1', { statusHistory: [{ status: 'active', on: '2026-10-01', reason: '', recordedBy: 'Lee' }, { status: 'closed', on: '2026-10-20', reason: 'Done', recordedBy: 'Lee' }] });
    expect(dueFrom({ plans: [] })).toBeNull();
    expect(dueFrom({ plans: [closed] })).toBeNull();
  });

  it('is two weeks before the review is due, when it is due later', () => {
    // Started 1 October, every six weeks: due 12 November, so on reviews due from 29 October: today.
    expect(dueFrom({ plans: [plan('p1')] })).toBe(TODAY);
    // Started 20 October: due 1 December, listed from 17 November.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })] })).toBe('2026-11-17');
    // A date the team agreed comes first.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20', nextReviewDate: '2026-11-25' })] })).toBe('2026-11-11');
  });

  it('is today when the review is overdue', () => {
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-08-01' })] })).toBe(TODAY);
  });

  it('waits for the review after a planned one, and for the drift margin while a review is planned late', () => {
    // Started 20 October, due 1 December, the review planned for that day: listed only before the
    // next one is due (1 December + 6 weeks = 12 January, less two weeks).
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-01')] })).toBe('2026-12-29');
    // Planned ten days late: within the margin, so listed only before the next one (22 January less two weeks).
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-11')] })).toBe('2027-01-08');
    // Planned 19 days late: no review for longer than 1 December + 14 days from 16 December.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-20')] })).toBe('2026-12-16');
    // Planned for that very day: the alert shows that morning, before the review is held.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-16')] })).toBe('2026-12-16');
    // A pre-meeting is no review planned; a cancelled review is none either.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-01', { kind: 'pre-meeting' })] })).toBe('2026-11-17');
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-01', { status: 'cancelled' })] })).toBe('2026-11-17');
  });

  it('counts only reviews held after the plan started', () => {
    // An earlier plan's review on 10 October does not count: still due 1 December (not 21 November).
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r0', '2026-10-10')] })).toBe('2026-11-17');
  });

  it("is the day after the area's months for a plan open that long (scaling is not looked at)", () => {
    const reviewed = [review('r1', '2026-10-30'), review('r2', '2026-12-11'), review('r3', '2027-01-22')];
    // Started 18 September, reviewed every six weeks up to January: next due 5 March, so listed from
    // 19 February; six months are up on 18 March.
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-09-18' })], meetings: reviewed })).toBe('2027-02-19');
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-09-18' })], meetings: reviewed, thresholds: { ...DEFAULT_DRIFT_THRESHOLDS, planOpenMonths: 3 } })).toBe('2026-12-19');
  });

  it('is the day of a review with an action carried forward, for thirteen weeks after it', () => {
    const upToDate = { plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-01')] };
    expect(dueFrom({ ...upToDate, carriedOn: ['2026-10-30'] })).toBe(TODAY);
    expect(dueFrom({ ...upToDate, carriedOn: ['2026-11-10'] })).toBe('2026-11-10');
    // Thirteen weeks and more ago it can no longer be the latest review looked at.
    expect(dueFrom({ ...upToDate, carriedOn: ['2026-07-01'] })).toBe('2026-12-29');
  });

  it('is two weeks before consent is due for review, from the log as on the day or a decision dated later', () => {
    const upToDate = { plans: [plan('p1', { startDate: '2026-10-20' })], meetings: [review('r1', '2026-12-01')] };
    expect(dueFrom({ ...upToDate, consent: [consentGiven('c1', '2026-10-20', '2026-12-10')] })).toBe('2026-11-26');
    expect(dueFrom({ ...upToDate, consent: [consentGiven('c1', '2026-06-01', '2026-10-10')] })).toBe(TODAY);
    // Withdrawn: not due.
    const withdrawn = { ...consentGiven('c2', '2026-10-25', null), kind: 'withdrawn', how: null } as ConsentEvent;
    expect(dueFrom({ ...upToDate, consent: [consentGiven('c1', '2026-10-20', '2026-12-10'), withdrawn] })).toBe('2026-12-29');
    // Given on a later day (typed in ahead): due from that day at the earliest.
    expect(dueFrom({ ...upToDate, consent: [consentGiven('c1', '2026-11-20', '2026-11-30')] })).toBe('2026-11-20');
  });

  it('is the earliest day over all the open plans', () => {
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' }), plan('p2', { startDate: '2026-10-27', reviewFrequency: { count: 2, unit: 'weeks' } })] })).toBe('2026-11-01');
    expect(dueFrom({ plans: [plan('p1', { startDate: '2026-10-20' }), plan('p2', { startDate: '2026-10-30', reviewFrequency: { count: 4, unit: 'weeks' } })] })).toBe('2026-11-13');
  });
});
