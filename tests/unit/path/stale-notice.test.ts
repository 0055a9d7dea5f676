import { describe, expect, test } from 'vitest';
import { familyNotYetTold, familyStillToBeTold } from '../../../shared/domain/meeting';
import { ids, meeting, NOW } from './fixtures';

const untold = (startsAt: string) =>
  meeting({ startsAt, changes: [{ id: 'change-0001', at: '2026-11-18T09:00:00.000Z', what: 'The time changed', told: [{ inviteeId: ids.mum, toldAt: null, how: null }] }] });

describe('the reminder to tell the family about a change', () => {
  test('shows while the meeting is still to come', () => {
    expect(familyStillToBeTold(untold('2026-12-03T16:00:00+00:00[Europe/London]'), NOW)).toBe(true);
  });

  test('is not shown once the meeting has started, though the record still says who was not told', () => {
    const past = untold('2026-11-23T09:30:00+00:00[Europe/London]');
    expect(familyNotYetTold(past)).toBe(true);
    expect(familyStillToBeTold(past, NOW)).toBe(false);
  });

  test('is not shown when the family have been told', () => {
    const told = meeting({ changes: [{ id: 'change-0001', at: '2026-11-18T09:00:00.000Z', what: 'The time changed', told: [{ inviteeId: ids.mum, toldAt: '2026-11-18T10:00:00.000Z', how: 'phone' }] }] });
    expect(familyStillToBeTold(told, NOW)).toBe(false);
  });
});
