import { describe, expect, test } from 'vitest';
import { findSlots, type FindSlotsRequest, type SlotInvitee } from '../../../shared/rules/slot-finder';
import { away, bankHolidays, exampleTerms, familyMember, OCTOBER_NOW, practitioner, WEEKDAYS, weekly } from './fixtures';

function request(invitees: SlotInvitee[], overrides: Partial<FindSlotsRequest> = {}): FindSlotsRequest {
  return { from: '2026-11-02', to: '2026-11-06', lengthMinutes: 60, invitees, bankHolidays: bankHolidays(), now: OCTOBER_NOW, ...overrides };
}

const when = (s: { date: string; startTime: string }) => `${s.date} ${s.startTime}`;

describe('busy times', () => {
  test('no slot is offered while a family member is busy', () => {
    const mum = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '09:00', '14:00', 'Work', 'work')] });
    const result = findSlots(request([mum]));
    expect(result.reason).toBeNull();
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      expect(slot.startTime >= '14:00').toBe(true);
      expect(slot.endTime <= '17:00').toBe(true);
      expect(slot.fitsFamily).toBe(true);
    }
    expect(result.slots.slice(0, 2).map(when)).toEqual(['2026-11-02 14:00', '2026-11-02 15:00']);
  });

  test('a one-off day away is respected', () => {
    const mum = familyMember('mum-0001', 'Mum', { unavailable: [away('2026-11-02', 'Hospital appointment')] });
    const result = findSlots(request([mum], { maxPerDay: 1 }));
    // Times that fit the family come first; the day Mum is away comes last, marked as not fitting.
    expect(result.slots.map((s) => [s.date, s.fitsFamily])).toEqual([
      ['2026-11-03', true],
      ['2026-11-04', true],
      ['2026-11-05', true],
      ['2026-11-06', true],
      ['2026-11-02', false],
    ]);
    expect(result.slots[4]?.explanation).toBe('Mum cannot come (Hospital appointment, all day).');
  });

  test('times before now are not offered', () => {
    const result = findSlots(request([familyMember('mum-0001', 'Mum')], { now: new Date('2026-11-02T12:07:00Z') }));
    expect(when(result.slots[0] ?? { date: '', startTime: '' })).toBe('2026-11-02 12:15');
  });
});

describe('bank holidays and weekends', () => {
  test('bank holidays are skipped, weekends offered only when the family accepts them', () => {
    const mum = familyMember('mum-0001', 'Mum');
    const prefs = { preferred: [], eveningsAcceptable: false, weekendsAcceptable: true };
    const withWeekends = findSlots(request([mum], { from: '2026-12-24', to: '2026-12-29', familyPreferences: prefs, maxPerDay: 1 }));
    expect(withWeekends.slots.map((s) => s.date)).toEqual(['2026-12-24', '2026-12-26', '2026-12-27', '2026-12-29']);
    const weekdaysOnly = findSlots(request([mum], { from: '2026-12-24', to: '2026-12-29', maxPerDay: 1 }));
    expect(weekdaysOnly.slots.map((s) => s.date)).toEqual(['2026-12-24', '2026-12-29']);
  });

  test('a search of only bank holidays and weekends says so, and what would help', () => {
    const result = findSlots(request([familyMember('mum-0001', 'Mum')], { from: '2026-12-25', to: '2026-12-28' }));
    expect(result.slots).toEqual([]);
    expect(result.reason).toBe(
      'There are no meeting times in these 4 days: every day left is a bank holiday (Christmas Day and Boxing Day (substitute day)) or a weekend, and the family has not said weekends are fine. Try allowing weekends.',
    );
    expect(result.suggestions.map((s) => s.text)).toEqual([
      'Try allowing weekends.',
      'Try looking further ahead: the first time that fits the family is Tuesday 29 December 2026 at 09:00.',
      'Ask the family when suits them: their week may have changed since it was written down.',
    ]);
  });
});

describe('clock changes (Europe/London)', () => {
  // Mum is free only from 15:30 to 16:30 on weekdays, so each weekday offers exactly 15:30.
  const mum = familyMember('mum-0001', 'Mum', {
    busy: [weekly(WEEKDAYS, '09:00', '15:30', 'Work', 'work'), weekly(WEEKDAYS, '16:30', '17:00', 'Collecting Nan', 'caring')],
  });

  test('week of 25 October 2026: 15:30 stays 15:30, the offset changes from +01:00 to +00:00', () => {
    const result = findSlots(request([mum], { from: '2026-10-22', to: '2026-10-28', limit: 5 }));
    expect(result.slots.map((s) => [s.date, s.startTime, s.utcOffset])).toEqual([
      ['2026-10-22', '15:30', '+01:00'],
      ['2026-10-23', '15:30', '+01:00'],
      ['2026-10-26', '15:30', '+00:00'],
      ['2026-10-27', '15:30', '+00:00'],
      ['2026-10-28', '15:30', '+00:00'],
    ]);
    const [before, , after] = result.slots;
    expect(before?.start).toBe('2026-10-22T15:30:00+01:00');
    expect(before?.end).toBe('2026-10-22T16:30:00+01:00');
    expect(after?.start).toBe('2026-10-26T15:30:00+00:00');
    expect(after?.end).toBe('2026-10-26T16:30:00+00:00');
    expect(new Date(before?.start ?? '').toISOString()).toBe('2026-10-22T14:30:00.000Z');
    expect(new Date(after?.start ?? '').toISOString()).toBe('2026-10-26T15:30:00.000Z');
  });

  test('week of 29 March 2026: 15:30 stays 15:30, the offset changes from +00:00 to +01:00', () => {
    const result = findSlots(request([mum], { from: '2026-03-26', to: '2026-03-31', limit: 4, now: new Date('2026-03-01T09:00:00Z') }));
    expect(result.slots.map((s) => [s.date, s.startTime, s.utcOffset])).toEqual([
      ['2026-03-26', '15:30', '+00:00'],
      ['2026-03-27', '15:30', '+00:00'],
      ['2026-03-30', '15:30', '+01:00'],
      ['2026-03-31', '15:30', '+01:00'],
    ]);
    expect(new Date(result.slots[2]?.start ?? '').toISOString()).toBe('2026-03-30T14:30:00.000Z');
  });

  test('on the Sundays the clocks change, a weekend morning has the new offset', () => {
    const prefs = { preferred: [], eveningsAcceptable: false, weekendsAcceptable: true };
    const free = familyMember('mum-0001', 'Mum');
    const autumn = findSlots(request([free], { from: '2026-10-25', to: '2026-10-25', familyPreferences: prefs, limit: 1 }));
    expect(autumn.slots[0]?.start).toBe('2026-10-25T09:00:00+00:00');
    const spring = findSlots(
      request([free], { from: '2026-03-29', to: '2026-03-29', familyPreferences: prefs, limit: 1, now: new Date('2026-03-01T09:00:00Z') }),
    );
    expect(spring.slots[0]?.start).toBe('2026-03-29T09:00:00+01:00');
  });
});

describe('when nothing fits the family', () => {
  const mum = familyMember('mum-0001', 'Mum', { pronoun: 'she', busy: [weekly(WEEKDAYS, '08:00', '18:00', 'Work', 'work')] });
  const hv = practitioner('hv-000001', 'Priya', 'Health visitor');
  const eightWeeks = { from: '2026-11-02', to: '2026-12-27' };

  test('the reason names who is busy and when, and what to try', () => {
    const result = findSlots(request([mum, hv], eightWeeks));
    expect(result.reason).toBe(
      'No time in these 8 weeks fits everyone in the family: Mum works every weekday until 18:00. Try allowing evenings (meetings until 20:00).',
    );
    expect(result.suggestions.map((s) => s.kind)).toEqual(['allow-evenings', 'allow-weekends', 'ask-the-family']);
    expect(result.slots.every((s) => !s.fitsFamily)).toBe(true);
    expect(result.slots[0]?.explanation).toBe('Mum cannot come (Work, 08:00 to 18:00).');
  });

  test('allowing evenings then finds a time after work, and says why', () => {
    const prefs = { preferred: [], eveningsAcceptable: true, weekendsAcceptable: false };
    const result = findSlots(request([mum, hv], { ...eightWeeks, familyPreferences: prefs }));
    expect(result.reason).toBeNull();
    expect(when(result.slots[0] ?? { date: '', startTime: '' })).toBe('2026-11-02 18:00');
    expect(result.slots[0]?.reasons).toEqual([
      'Mum finishes work at 18:00, so she can come.',
      'It is in the evening, which the family said is fine.',
      'Everyone invited can come.',
    ]);
  });

  test('when the family are never free together, each person is named', () => {
    const morning = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '09:00', '13:00', 'Work', 'work')] });
    const afternoon = familyMember('dad-0001', 'Dad', { busy: [weekly(WEEKDAYS, '13:00', '17:00', 'Work', 'work')] });
    const result = findSlots(request([morning, afternoon]));
    expect(result.reason).toBe(
      'No time in these 5 days fits everyone in the family at once: Dad works every weekday from 13:00; Mum works every weekday until 13:00. Try allowing evenings (meetings until 20:00).',
    );
  });

  test('when the child cannot come in school hours, other ways to take part are suggested', () => {
    const lateShift = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '15:30', '20:00', 'Work', 'work')] });
    const sam = familyMember('sam-0001', 'Sam', { role: 'Child', isChild: true });
    const prefs = { preferred: [], eveningsAcceptable: true, weekendsAcceptable: false };
    const result = findSlots(
      request([lateShift, sam], { from: '2026-10-19', to: '2026-10-23', terms: exampleTerms(), childShouldAttend: true, familyPreferences: prefs }),
    );
    expect(result.reason).toBe(
      'No time in these 5 days fits everyone in the family at once: Mum works every weekday from 15:30; Sam is at school every weekday until 15:15 in term time. ' +
        'Without Sam there, there are times that fit: Sam could join for part of the meeting, or share their views another way.',
    );
    expect(result.suggestions.map((s) => s.text)).toEqual([
      'Without Sam there, there are times that fit: Sam could join for part of the meeting, or share their views another way.',
      'Try looking further ahead: the first time that fits the family is Monday 26 October 2026 at 09:00.',
      'Ask the family when suits them: their week may have changed since it was written down.',
    ]);
  });
});

describe('ranking', () => {
  const mum = familyMember('mum-0001', 'Mum', { busy: [weekly(['monday'], '09:00', '17:00', 'College', 'other')] });
  const a = practitioner('prac-000a', 'Alex', 'Youth worker', { busy: [weekly(['tuesday'], '09:00', '17:00', 'Out of area', 'work')] });
  const b = practitioner('prac-000b', 'Bea', 'School nurse', {
    busy: [weekly(['tuesday'], '09:00', '12:00', 'Clinic', 'work'), weekly(['wednesday'], '09:00', '17:00', 'Training', 'work')],
  });
  const threeDays = { from: '2026-11-02', to: '2026-11-04', limit: 6 };

  test('fits the family first, then most invitees, then soonest', () => {
    const result = findSlots(request([mum, a, b], threeDays));
    expect(result.slots.map(when)).toEqual([
      '2026-11-03 12:00',
      '2026-11-03 13:00',
      '2026-11-04 09:00',
      '2026-11-04 10:00',
      '2026-11-02 09:00',
      '2026-11-02 10:00',
    ]);
    expect(result.slots.map((s) => s.fitsFamily)).toEqual([true, true, true, true, false, false]);
  });

  test("the family's preferred times come before others that as many can make", () => {
    const prefs = { preferred: [{ days: ['wednesday' as const], start: '14:00', end: '16:00', label: 'Wednesday afternoons' }], eveningsAcceptable: false, weekendsAcceptable: false };
    const result = findSlots(request([mum, a, b], { ...threeDays, familyPreferences: prefs }));
    expect(result.slots.slice(0, 3).map(when)).toEqual(['2026-11-04 14:00', '2026-11-04 15:00', '2026-11-03 12:00']);
    expect(result.slots[0]?.preferredByFamily).toBe(true);
    expect(result.slots[0]?.reasons[0]).toBe('It is at a time the family said suits them (Wednesday afternoons).');
  });

  test('no two slots overlap, and no day has more than the most asked for', () => {
    const result = findSlots(request([familyMember('mum-0001', 'Mum')], { limit: 20, maxPerDay: 3 }));
    const perDay = new Map<string, number>();
    for (const s of result.slots) perDay.set(s.date, (perDay.get(s.date) ?? 0) + 1);
    expect(Math.max(...perDay.values())).toBe(3);
    for (const x of result.slots) {
      for (const y of result.slots) {
        if (x !== y && x.date === y.date) expect(x.startTime >= y.endTime || y.startTime >= x.endTime).toBe(true);
      }
    }
  });
});

describe('explanations', () => {
  test('the slot explains itself from the family’s week', () => {
    const mum = familyMember('mum-0001', 'Mum', { pronoun: 'she', busy: [weekly(WEEKDAYS, '15:00', '15:30', 'School run', 'school-run')] });
    const dad = familyMember('dad-0001', 'Dad', { pronoun: 'he', busy: [weekly(WEEKDAYS, '08:00', '17:00', 'Work', 'work')] });
    const priya = practitioner('hv-000001', 'Priya', 'Health visitor', { busy: [weekly(['tuesday'], '17:00', '19:00', 'Late clinic', 'work')] });
    const prefs = { preferred: [], eveningsAcceptable: true, weekendsAcceptable: false };
    const result = findSlots(request([priya, mum, dad], { from: '2026-11-03', to: '2026-11-03', familyPreferences: prefs }));
    const [best, second] = result.slots;
    expect(when(best ?? { date: '', startTime: '' })).toBe('2026-11-03 19:00');
    expect(second?.startTime).toBe('17:00');
    expect(second?.explanation).toBe(
      'Dad finishes work at 17:00, so he can come. Fits around the school run. It is in the evening, which the family said is fine. ' +
        'Cannot come: Priya (Health visitor: Late clinic, 17:00 to 19:00). They could send a written report.',
    );
    expect(second?.cannotCome).toEqual([{ id: 'hv-000001', name: 'Priya', role: 'Health visitor', isFamily: false, because: 'Late clinic, 17:00 to 19:00' }]);
    expect(second?.canCome).toEqual(['dad-0001', 'mum-0001']);
  });

  test("a parent whose routine must stay private is only said to be free or not", () => {
    const dad = familyMember('dad-0001', 'Dad', { keepTimetablePrivate: true, busy: [weekly(WEEKDAYS, '08:00', '15:00', 'Work at the depot', 'work')] });
    const mum = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '15:00', '15:30', 'School run', 'school-run')] });
    const result = findSlots(request([dad, mum], { from: '2026-11-03', to: '2026-11-03', maxPerDay: 3, limit: 3 }));
    const text = result.slots.map((s) => s.explanation).join(' ');
    expect(result.slots[0]?.explanation).toBe('Fits around the school run. Everyone invited can come.');
    expect(text).toContain('Dad cannot come (Not free then).');
    expect(text).not.toMatch(/depot|08:00|15:00/);
    const never = findSlots(request([{ ...dad, busy: [weekly(WEEKDAYS, '08:00', '18:00', 'Work at the depot', 'work')] }, mum]));
    expect(never.reason).toBe('No time in these 5 days fits everyone in the family: Dad is not free at the times searched. Try allowing evenings (meetings until 20:00).');
  });

  test('caring, work starting later, and a quiet day each get their own words', () => {
    const mum = familyMember('mum-0001', 'Mum', {
      busy: [weekly(['monday'], '09:00', '10:00', 'Caring for Nan', 'caring'), weekly(['monday'], '12:00', '17:00', 'Work', 'work')],
    });
    const result = findSlots(request([mum], { from: '2026-11-02', to: '2026-11-03', maxPerDay: 1 }));
    expect(result.slots[0]?.reasons).toEqual(["Fits around Mum's caring for Nan.", 'Mum can come before starting work at 12:00.', 'Everyone invited can come.']);
    expect(result.slots[1]?.reasons).toEqual(['No one in the family has said they are busy around this time.', 'Everyone invited can come.']);
  });

  test('a child who should attend is offered after-school times in term and daytime in half-term', () => {
    const mum = familyMember('mum-0001', 'Mum');
    const sam = familyMember('sam-0001', 'Sam', { role: 'Child', isChild: true });
    const result = findSlots(
      request([mum, sam], { from: '2026-10-19', to: '2026-10-30', terms: exampleTerms(), childShouldAttend: true, maxPerDay: 1, limit: 20 }),
    );
    const byDate = new Map(result.slots.map((s) => [s.date, s]));
    expect(byDate.get('2026-10-19')?.startTime).toBe('15:15');
    expect(byDate.get('2026-10-19')?.reasons).toContain('It is after school, so Sam can come.');
    expect(byDate.get('2026-10-26')?.startTime).toBe('09:00');
    expect(byDate.get('2026-10-26')?.schoolHolidays).toBe(true);
    expect(byDate.get('2026-10-26')?.reasons).toContain('It is in the school holidays, so Sam can come.');
    expect(result.notes).toEqual(["The term dates are only an example: replace them with your area's or school's own before relying on the school holidays."]);

    const without = findSlots(request([mum, sam], { from: '2026-10-19', to: '2026-10-19', terms: exampleTerms() }));
    expect(without.slots[0]?.startTime).toBe('09:00');
    expect(without.slots[0]?.canCome).toEqual(['mum-0001']);
  });
});

describe('requests and notes', () => {
  const mum = familyMember('mum-0001', 'Mum');

  test('a request that cannot be searched says why in plain words', () => {
    const backwards = findSlots(request([mum], { from: '2026-11-10', to: '2026-11-01' }));
    expect(backwards).toEqual({
      slots: [],
      reason: 'The last day to search is before the first. Swap them round.',
      suggestions: [{ kind: 'fix-request', text: 'The last day to search is before the first. Swap them round.' }],
      notes: [],
    });
    expect(findSlots(request([mum, { ...mum }])).reason).toBe('Two invitees have the same id (mum-0001): each person needs their own.');
    expect(findSlots(request([mum], { lengthMinutes: 720 })).reason).toBe('A 12-hour meeting will not fit between 09:00 and 20:00. Try a shorter meeting.');
  });

  test('the chair is told when bank holidays or term dates are not known', () => {
    const withRun = familyMember('mum-0001', 'Mum', { busy: [weekly(WEEKDAYS, '15:00', '15:30', 'School run', 'school-run')] });
    const result = findSlots(request([withRun], { from: '2029-01-08', to: '2029-01-12' }));
    expect(result.notes).toEqual([
      'The bank holiday list covers 2025 to 2028 only, so bank holidays in 2029 were not left out. Check those dates on gov.uk/bank-holidays, or update the list.',
      'No term dates were given, so school runs and school hours were taken to happen on every weekday, including the holidays.',
    ]);
    expect(findSlots(request([practitioner('hv-000001', 'Priya', 'Health visitor')])).notes).toEqual([
      'No one from the family is among the invitees. Ask the family when suits them before choosing a time.',
    ]);
  });
});
