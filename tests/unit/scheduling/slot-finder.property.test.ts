import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { appliesInTermTimeOnly } from '../../../shared/domain/timetable';
import { termStatus } from '../../../shared/rules/calendar-data';
import { clockToMinutes, dayOfWeekFromNumber } from '../../../shared/rules/clock';
import { findSlots, type FindSlotsRequest, type ProposedSlot, type SlotInvitee } from '../../../shared/rules/slot-finder';
import { slotRequest } from './arbitraries';

/** Written straight from the rules, independently of the search: is this person busy during the slot? */
function busyDuring(request: FindSlotsRequest, invitee: SlotInvitee, slot: ProposedSlot): boolean {
  const start = clockToMinutes(slot.startTime);
  const end = start + request.lengthMinutes;
  const overlaps = (s: string, e: string) => clockToMinutes(s) < end && clockToMinutes(e) > start;
  const day = dayOfWeekFromNumber(Temporal.PlainDate.from(slot.date).dayOfWeek);
  const holidays = termStatus(slot.date, request.terms) === 'holiday';
  for (const b of invitee.busy) {
    if (!b.days.includes(day)) continue;
    if (holidays && appliesInTermTimeOnly(b)) continue;
    if (overlaps(b.start, b.end)) return true;
  }
  for (const u of invitee.unavailable) {
    if (u.date !== slot.date) continue;
    if (u.start === undefined || u.end === undefined || overlaps(u.start, u.end)) return true;
  }
  const schoolDayOfItsOwn = invitee.busy.some((b) => b.kind === 'school-day');
  if (invitee.isChild === true && !schoolDayOfItsOwn && !holidays && !slot.weekend && overlaps('08:45', '15:15')) return true;
  return false;
}

const counted = (request: FindSlotsRequest) => request.invitees.filter((i) => i.isChild !== true || request.childShouldAttend === true);
const isFamily = (i: SlotInvitee) => i.isFamily || i.isChild === true;

describe('slot finder properties', () => {
  test('no slot said to fit the family overlaps any family member’s busy time, and who cannot come is exactly who is busy', () => {
    fc.assert(
      fc.property(slotRequest, (request) => {
        const result = findSlots(request);
        for (const slot of result.slots) {
          const busy = counted(request).filter((i) => busyDuring(request, i, slot));
          expect(slot.fitsFamily).toBe(!busy.some(isFamily));
          expect(slot.cannotCome.map((c) => c.id).sort()).toEqual(busy.map((i) => i.id).sort());
          expect(slot.canCome.length + slot.cannotCome.length).toBe(counted(request).length);
        }
      }),
    );
  });

  test('slots keep to the agreed hours and days, and are never on bank holidays or in the past', () => {
    fc.assert(
      fc.property(slotRequest, (request) => {
        const prefs = request.familyPreferences;
        const latest = prefs?.eveningsAcceptable === true ? '20:00' : '17:00';
        for (const slot of findSlots(request).slots) {
          expect(request.bankHolidays.byDate.has(slot.date)).toBe(false);
          if (slot.weekend) expect(prefs?.weekendsAcceptable).toBe(true);
          expect(slot.startTime >= '09:00' && slot.endTime <= latest).toBe(true);
          expect(slot.date >= request.from && slot.date <= request.to).toBe(true);
          expect(Date.parse(slot.start)).toBeGreaterThan(request.now.getTime());
        }
      }),
    );
  });

  test('each slot’s offset and wall-clock time agree in Europe/London', () => {
    fc.assert(
      fc.property(slotRequest, (request) => {
        for (const slot of findSlots(request).slots) {
          const start = Temporal.Instant.from(slot.start).toZonedDateTimeISO('Europe/London');
          const end = Temporal.Instant.from(slot.end).toZonedDateTimeISO('Europe/London');
          expect(start.toPlainDate().toString()).toBe(slot.date);
          expect(start.toPlainTime().toString({ smallestUnit: 'minute' })).toBe(slot.startTime);
          expect(end.toPlainTime().toString({ smallestUnit: 'minute' })).toBe(slot.endTime);
          expect(start.offset).toBe(slot.utcOffset);
          expect(start.until(end).total('minutes')).toBe(request.lengthMinutes);
        }
      }),
    );
  });

  test('slots come in ranked order: fits the family, then most invitees, then preferred, then soonest', () => {
    fc.assert(
      fc.property(slotRequest, (request) => {
        const key = (s: ProposedSlot) => [s.fitsFamily ? 0 : 1, -s.canCome.length, s.preferredByFamily ? 0 : 1] as const;
        const slots = findSlots(request).slots;
        for (let i = 1; i < slots.length; i++) {
          const a = slots[i - 1];
          const b = slots[i];
          if (a === undefined || b === undefined) continue;
          const [ka, kb] = [key(a), key(b)];
          const order = ka[0] - kb[0] || ka[1] - kb[1] || ka[2] - kb[2];
          expect(order).toBeLessThanOrEqual(0);
          if (order === 0) expect(`${a.date} ${a.startTime}` < `${b.date} ${b.startTime}`).toBe(true);
        }
      }),
    );
  });

  test('the same request gives the same answer, whatever order the invitees are listed in', () => {
    const shuffled = slotRequest.chain((request) =>
      fc
        .shuffledSubarray([...request.invitees], { minLength: request.invitees.length, maxLength: request.invitees.length })
        .map((invitees) => ({ request, reordered: { ...request, invitees } })),
    );
    fc.assert(
      fc.property(shuffled, ({ request, reordered }) => {
        const first = findSlots(request);
        expect(findSlots(request)).toEqual(first);
        expect(findSlots(reordered)).toEqual(first);
      }),
    );
  });

  test('there is a reason exactly when no slot fits the family', () => {
    fc.assert(
      fc.property(slotRequest, (request) => {
        const result = findSlots(request);
        const anyFits = result.slots.some((s) => s.fitsFamily);
        if (anyFits) expect(result.reason).toBeNull();
        else expect(result.reason).toMatch(/\S/);
        if (result.reason !== null) expect(result.suggestions.length).toBeGreaterThan(0);
      }),
    );
  });
});
