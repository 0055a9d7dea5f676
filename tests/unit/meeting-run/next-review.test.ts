import { describe, expect, it } from 'vitest';
import { defaultNextReviewDate, meetingDateOf, nearestSlots, reviewSearchWindow } from '../../../shared/rules/meeting-run/next-review';

describe('the next review date', () => {
  it('reads the meeting day in England, whatever the offset written', () => {
    expect(meetingDateOf('2026-12-03T16:00:00+00:00[Europe/London]')).toBe('2026-12-03');
    // 23:30 UTC on 30 June is 00:30 on 1 July in British Summer Time.
    expect(meetingDateOf('2026-06-30T23:30:00+00:00')).toBe('2026-07-01');
  });

  it('follows the plan’s review frequency from the meeting', () => {
    expect(defaultNextReviewDate('2026-12-03', { count: 6, unit: 'weeks' })).toBe('2027-01-14');
    expect(defaultNextReviewDate('2027-01-31', { count: 1, unit: 'months' })).toBe('2027-02-28');
  });

  it('searches a week either side of the target, never on or before the meeting day', () => {
    expect(reviewSearchWindow('2027-01-14', '2026-12-03')).toEqual({ from: '2027-01-07', to: '2027-01-21' });
    expect(reviewSearchWindow('2026-12-05', '2026-12-03')).toEqual({ from: '2026-12-04', to: '2026-12-12' });
  });

  it('offers the slots the family can make first, then the closest to the target date, the earlier on a tie', () => {
    const slot = (date: string, fitsFamily: boolean, preferredByFamily = false) => ({ date, start: `${date}T16:00:00+00:00`, fitsFamily, preferredByFamily });
    const picked = nearestSlots(
      [slot('2027-01-08', true), slot('2027-01-14', false), slot('2027-01-15', true), slot('2027-01-13', true, true), slot('2027-01-20', true)],
      '2027-01-14',
    );
    expect(picked.map((s) => s.date)).toEqual(['2027-01-13', '2027-01-15', '2027-01-08']);
  });
});
