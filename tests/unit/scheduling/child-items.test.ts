import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS, SHIPPED_TERM_DATES } from '../../../renderer/data/repositories/settings';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { childChoicesParam, childParts, choiceProblem, readChildChoicesParam, itemOffsets, partOfMeeting, partReason } from '../../../shared/rules/child-items';
import { buildRequest, type FindInputs } from '../../../shared/rules/scheduling/build-request';
import { checkMeetingTime } from '../../../shared/rules/scheduling/check-time';
import { findSlots } from '../../../shared/rules/slot-finder';

// Welcome 10, worries 20, Leo's views 15, plan 30, next steps 15: 90 minutes.
const AGENDA = [10, 20, 15, 30, 15].map((minutes) => ({ minutes }));

describe("the time a child coming for some items is in the room", () => {
  it('follows the items in order, from their lengths', () => {
    expect(itemOffsets(AGENDA)).toEqual([[0, 10], [10, 30], [30, 45], [45, 75], [75, 90]]);
    expect(partOfMeeting(AGENDA, [3], 90)).toEqual({ items: [3], windows: [[30, 45]] });
  });

  it('joins items next to each other, keeps apart ones apart, and sorts and de-duplicates the numbers', () => {
    expect(partOfMeeting(AGENDA, [4, 3, 1, 3], 90)).toEqual({ items: [1, 3, 4], windows: [[0, 10], [30, 75]] });
  });

  it('cuts off anything after the meeting ends and leaves out numbers not on the agenda', () => {
    expect(partOfMeeting(AGENDA, [4, 5, 9, 0], 60)).toEqual({ items: [4, 5], windows: [[45, 60]] });
    expect(partOfMeeting(AGENDA, [5], 60).windows).toEqual([]);
  });

  it('says when, in plain words, from the meeting start', () => {
    const tenOClock = 10 * 60 - 10;
    expect(partReason('Leo', partOfMeeting(AGENDA, [3], 90), tenOClock)).toBe('Leo comes for item 3 only, 10:20 to 10:35.');
    expect(partReason('Leo', partOfMeeting(AGENDA, [1, 3], 90), tenOClock)).toBe('Leo comes for items 1 and 3 only, 09:50 to 10:00 and 10:20 to 10:35.');
  });

  it('counts only children who come, and gives a part only to those coming for some items', () => {
    const parts = childParts({ a: { comes: 'no', items: [1] }, b: { comes: 'whole', items: [2] }, c: { comes: 'items', items: [2] } }, AGENDA, 90);
    expect(parts).toEqual({ coming: ['b', 'c'], parts: { c: { items: [2], windows: [[10, 30]] } } });
  });

  it('needs at least one item for "Only some items"', () => {
    expect(choiceProblem({ comes: 'items', items: [] }, 'Leo')).toBe('Choose at least one item Leo comes for, or choose "The whole meeting"');
    expect(choiceProblem({ comes: 'items', items: [2] }, 'Leo')).toBeNull();
    expect(choiceProblem({ comes: 'whole', items: [] }, 'Leo')).toBeNull();
  });

  it('goes into an address and back, child by child', () => {
    const param = childChoicesParam({ leo: { comes: 'items', items: [3, 11] }, mia: { comes: 'whole', items: [2] } }, ['leo', 'mia', 'sam']);
    expect(param).toBe('leo:3.11,mia:whole,sam:no');
    expect(readChildChoicesParam(param)).toEqual({ leo: { comes: 'items', items: [3, 11] }, mia: { comes: 'whole', items: [] }, sam: { comes: 'no', items: [] } });
    expect(readChildChoicesParam('leo:3.1.3,<b>:2,mia:x,amy:0.4')).toEqual({ leo: { comes: 'items', items: [1, 3] }, amy: { comes: 'items', items: [4] } });
    expect(readChildChoicesParam(null)).toEqual({});
  });
});

const family = upgradeFamilyV1({
  id: 'family000001',
  familyName: 'Ruiz family',
  carers: [{ id: 'carer0000001', name: 'Ana Ruiz', relationship: 'Mum', phone: '', email: '' }],
  children: [{ id: 'child0000001', name: 'Leo Ruiz', dateOfBirth: '2016-02-03', school: '' }],
  createdAt: '',
  updatedAt: '',
  isPractice: false,
});

// Thursday 3 December 2026 is a school day in the example autumn term; the clock is fixed before it.
const inputs: FindInputs = {
  family,
  timetable: null,
  practitioners: [],
  unavailability: [],
  invited: ['carer0000001'],
  from: '2026-12-03',
  to: '2026-12-03',
  lengthMinutes: 90,
  childShouldAttend: false,
  agendaItems: AGENDA,
  bankHolidays: SHIPPED_BANK_HOLIDAYS,
  termDates: SHIPPED_TERM_DATES,
  now: new Date('2026-11-30T08:00:00Z'),
};

function slotsFor(choice: FindInputs['childChoices']) {
  const built = buildRequest({ ...inputs, childChoices: choice });
  if (!built.ok) throw new Error(built.message);
  return findSlots({ ...built.request, maxPerDay: 20, limit: 40 });
}

describe('the finder with a child coming for some items', () => {
  it('needs the child free for the whole meeting when they come for all of it', () => {
    const found = slotsFor({ child0000001: { comes: 'whole', items: [] } }).slots.filter((s) => s.fitsFamily);
    expect(found.length).toBeGreaterThan(0);
    for (const s of found) expect(s.startTime >= '15:15').toBe(true);
  });

  it('needs them free only during their item: a time in the school day is offered, with the reason', () => {
    // Item 5 runs from 75 to 90 minutes in: a 14:00 start has Leo there from 15:15, after school.
    const found = slotsFor({ child0000001: { comes: 'items', items: [5] } }).slots.filter((s) => s.fitsFamily);
    const two = found.find((s) => s.startTime === '14:00');
    expect(two?.reasons).toContain('Leo Ruiz comes for item 5 only, 15:15 to 15:30.');
    expect(two?.reasons).toContain('It is after school, so Leo Ruiz can come.');
    // 13:45 would have him there from 15:00, still in school.
    expect(found.some((s) => s.startTime === '13:45')).toBe(false);
  });

  it('says the child cannot come when school is during their item', () => {
    const all = slotsFor({ child0000001: { comes: 'items', items: [3] } }).slots;
    const nine = all.find((s) => s.startTime === '09:00');
    expect(nine?.fitsFamily).toBe(false);
    expect(nine?.cannotCome.map((c) => c.because)).toEqual(['School, 08:45 to 15:15']);
  });

  it('leaves a child who is not coming out, whatever the items say', () => {
    const built = buildRequest({ ...inputs, childChoices: { child0000001: { comes: 'no', items: [3] } } });
    expect(built.ok && built.request.invitees.map((i) => i.id)).toEqual(['carer0000001']);
  });
});

describe('checking a typed time with a child coming for some items', () => {
  const typed = { ...inputs, date: '2026-12-03', startTime: '14:00' };
  it('minds the school day only during their items', () => {
    expect(checkMeetingTime({ ...typed, childChoices: { child0000001: { comes: 'items', items: [5] } } })).toEqual([]);
    expect(checkMeetingTime({ ...typed, childChoices: { child0000001: { comes: 'items', items: [4] } } })).toEqual([
      'Leo Ruiz is at school then (School, 08:45 to 15:15), and is meant to come for item 4.',
    ]);
    expect(checkMeetingTime({ ...typed, childChoices: { child0000001: { comes: 'whole', items: [] } } })).toEqual([
      'Leo Ruiz is at school then (School, 08:45 to 15:15), and is meant to come to the meeting.',
    ]);
  });
});
