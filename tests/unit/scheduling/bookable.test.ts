import { describe, expect, test } from 'vitest';
import { bookableSlots } from '../../../shared/rules/scheduling/bookable';
import { findSlots, type FindSlotsRequest, type SlotInvitee } from '../../../shared/rules/slot-finder';
import { bankHolidays, familyMember, OCTOBER_NOW, practitioner, WEEKDAYS, weekly } from './fixtures';

function request(invitees: SlotInvitee[], overrides: Partial<FindSlotsRequest> = {}): FindSlotsRequest {
  return { from: '2026-11-02', to: '2026-11-06', lengthMinutes: 60, invitees, bankHolidays: bankHolidays(), now: OCTOBER_NOW, ...overrides };
}

describe('the times offered for booking', () => {
  const mum = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '08:00', '18:00', 'Work', 'work')] });

  test('when every candidate clashes with the family, none is offered, and the reason says what to relax', () => {
    const result = findSlots(request([mum, practitioner('hv-000001', 'Priya', 'Health visitor')]));
    // The finder still ranks the times most people can make; none of them may be booked.
    expect(result.slots.length).toBeGreaterThan(0);
    expect(bookableSlots(result)).toEqual([]);
    expect(result.reason).toContain('Mum works every weekday until 18:00');
    expect(result.suggestions.map((s) => s.kind)).toContain('allow-evenings');
  });

  test('times that fit the family are offered even when a practitioner cannot come', () => {
    const busyHv = practitioner('hv-000001', 'Priya', 'Health visitor', { busy: [weekly(['monday'], '09:00', '17:00', 'Clinic', 'work')] });
    const result = findSlots(request([familyMember('mum-0001', 'Mum'), busyHv], { from: '2026-11-02', to: '2026-11-02' }));
    const offered = bookableSlots(result);
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.every((s) => s.fitsFamily)).toBe(true);
    expect(offered.some((s) => s.cannotCome.some((c) => c.id === 'hv-000001'))).toBe(true);
  });

  test('a clashing time is never offered, even alongside times that fit', () => {
    const morning = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '09:00', '16:00', 'Work', 'work')] });
    const result = findSlots(request([morning], { from: '2026-11-02', to: '2026-11-02', limit: 10, maxPerDay: 10 }));
    expect(result.slots.some((s) => !s.fitsFamily)).toBe(true);
    const offered = bookableSlots(result);
    expect(offered.map((s) => s.startTime)).toEqual(['16:00']);
  });
});
