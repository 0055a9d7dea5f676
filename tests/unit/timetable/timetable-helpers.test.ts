import { describe, expect, it } from 'vitest';
import { checkMember, checkWeek, emptyMember, fieldId, memberFromTimetable, type MemberDraft } from '../../../renderer/features/timetable/week-draft';
import { academicYearOf, draftFromFile, fileFromDraft } from '../../../renderer/features/timetable/term-draft';
import { buildRequest, clockWords, defaultRange, meetingLink, slotWords } from '../../../renderer/features/timetable/find-a-time';
import { SHIPPED_BANK_HOLIDAYS, SHIPPED_TERM_DATES } from '../../../renderer/data/repositories/settings';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { findSlots } from '../../../shared/rules/slot-finder';
import { parseTermDates, termStatus } from '../../../shared/rules/calendar-data';

const row = { key: 'k', days: ['monday' as const], start: '09:00', end: '17:00', kind: 'work' as const, label: '' };

describe('the family week draft', () => {
  it('gives a blank description the kind of time, and reads dates the UK way', () => {
    const draft: MemberDraft = { ...emptyMember(), busy: [row], unavailable: [{ key: 'd', date: '3/12/2026', start: '', end: '', label: 'Hospital' }] };
    const result = checkMember(draft);
    expect(result).toEqual({ ok: true, value: expect.objectContaining({ busy: [{ days: ['monday'], start: '09:00', end: '17:00', kind: 'work', label: 'Work' }], unavailable: [{ date: '2026-12-03', label: 'Hospital' }] }) });
  });

  it('puts each problem at its field: end before start, no days, no kind, an impossible date', () => {
    const draft: MemberDraft = {
      ...emptyMember(),
      busy: [{ ...row, start: '17:00', end: '09:00' }, { ...row, days: [], kind: '' }],
      unavailable: [{ key: 'd', date: '31/02/2026', start: '', end: '', label: 'Away' }],
    };
    const result = checkMember(draft);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath['busy.0.end']).toMatch(/The end time must be after the start time/);
    expect(byPath['busy.1.days']).toBe('Choose at least one day');
    expect(byPath['busy.1.kind']).toBe('Choose what kind of time this is');
    expect(byPath['unavailable.0.date']).toBe('That date does not exist: this month has 28 days');
  });

  it('checks every person, prefixing their id, and round-trips a saved timetable', () => {
    const week = checkWeek({ members: { carer0000001: { ...emptyMember(), busy: [{ ...row, end: '08:00' }] } } }, ['carer0000001', 'child0000001']);
    expect(week.ok).toBe(false);
    if (!week.ok) expect(week.errors[0]?.path).toBe('carer0000001.busy.0.end');
    expect(fieldId('week-carer0000001', 'busy.0.end')).toBe('week-carer0000001-busy-0-end');
    const saved = checkMember({ ...emptyMember(), busy: [row] });
    if (!saved.ok) throw new Error('expected ok');
    const again = checkMember(memberFromTimetable(saved.value));
    expect(again).toEqual(saved);
  });
});

describe('the term dates draft', () => {
  it('round-trips the shipped term dates, keeping INSET days', () => {
    const result = fileFromDraft(draftFromFile(SHIPPED_TERM_DATES), SHIPPED_TERM_DATES);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.years.map((y) => y.academicYear)).toEqual(SHIPPED_TERM_DATES.years.map((y) => y.academicYear));
    expect(result.value.years[0]?.insetDays).toEqual(SHIPPED_TERM_DATES.years[0]?.insetDays);
    expect(result.value.example).toBeUndefined();
  });

  it('changes which days count as term time', () => {
    const draft = draftFromFile(SHIPPED_TERM_DATES);
    const autumn = draft.terms[0];
    if (!autumn) throw new Error('no term');
    autumn.end = '11/12/2026';
    const result = fileFromDraft(draft, SHIPPED_TERM_DATES);
    if (!result.ok) throw new Error(result.errors[0]?.message);
    const before = parseTermDates(SHIPPED_TERM_DATES);
    const after = parseTermDates(result.value);
    if (!before.ok || !after.ok) throw new Error('unreadable');
    expect(termStatus('2026-12-15', before.value)).toBe('term');
    expect(termStatus('2026-12-15', after.value)).toBe('holiday');
  });

  it('says what is wrong at the field', () => {
    const draft = { terms: [{ key: 'a', name: '', start: '01/09/2026', end: '01/09/2027', halfTermStart: '26/10/2026', halfTermEnd: '' }] };
    const result = fileFromDraft(draft, SHIPPED_TERM_DATES);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.errors.map((e) => [e.path, e.message]));
    expect(byPath['terms.0.name']).toMatch(/Give the term a name/);
    expect(byPath['terms.0.end']).toBe('A term must end by 31/08/2027, in the school year it starts');
    expect(byPath['terms.0.halfTermEnd']).toMatch(/Enter when half-term ends/);
    expect(academicYearOf('2027-04-12')).toBe('2026/27');
    expect(fileFromDraft({ terms: [] }, SHIPPED_TERM_DATES)).toEqual({ ok: false, errors: [{ path: 'terms', message: 'Add at least one term' }] });
  });
});

describe('finding a time', () => {
  const family = upgradeFamilyV1({
    id: 'family000001',
    familyName: 'Shaw family',
    carers: [{ id: 'carer0000001', name: 'Jo Shaw', relationship: 'Mum', phone: '', email: '' }],
    children: [{ id: 'child0000001', name: 'Sam Shaw', dateOfBirth: '2016-02-03', school: '' }],
    createdAt: '',
    updatedAt: '',
    isPractice: false,
  });

  it('builds a request from what is stored and finds times around Mum’s work', () => {
    const built = buildRequest({
      family,
      timetable: {
        id: 'family000001',
        familyId: 'family000001',
        updatedAt: '',
        members: {
          carer0000001: { busy: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', label: 'Work', kind: 'work' }], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
          child0000001: { busy: [], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
        },
      },
      practitioners: [{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', agency: 'NHS', phone: '0113 000 0000', secureEmail: '' }],
      unavailability: [{ id: 'away00000001', practitionerId: 'practitioner01', updatedAt: '', busy: [], unavailable: [{ date: '2026-12-01', label: 'Annual leave' }] }],
      invited: ['carer0000001', 'child0000001', 'practitioner01'],
      ...defaultRange('2026-11-30'),
      lengthMinutes: 60,
      childShouldAttend: false,
      bankHolidays: SHIPPED_BANK_HOLIDAYS,
      termDates: SHIPPED_TERM_DATES,
      now: new Date('2026-11-30T08:00:00Z'),
    });
    if (!built.ok) throw new Error(built.message);
    expect(built.request.to).toBe('2027-01-24');
    expect(built.request.invitees.map((i) => [i.id, i.isFamily])).toEqual([
      ['carer0000001', true],
      ['child0000001', true],
      ['practitioner01', false],
    ]);
    expect(built.request.familyPreferences?.eveningsAcceptable).toBe(true);
    const result = findSlots(built.request);
    expect(result.slots.length).toBeGreaterThan(0);
    expect(result.slots.length).toBeLessThanOrEqual(10);
    for (const slot of result.slots) expect(slot.startTime >= '17:00' || slot.dayOfWeek === 'saturday' || slot.dayOfWeek === 'sunday').toBe(true);
    expect(result.slots[0]?.explanation).toContain('Jo Shaw finishes work at 17:00');
    // The health visitor's leave counts: no slot on that day has everyone.
    expect(result.slots.every((s) => s.date !== '2026-12-01' || s.cannotCome.some((c) => c.id === 'practitioner01'))).toBe(true);
    expect(result.slots.every((s) => s.cannotCome.length === 0)).toBe(true);
  });

  it('says dates and times the way people say them, and links to the meeting page', () => {
    expect(clockWords('16:00')).toBe('4pm');
    expect(clockWords('09:30')).toBe('9:30am');
    expect(clockWords('12:00')).toBe('midday');
    expect(slotWords({ date: '2026-12-03', dayOfWeek: 'thursday', startTime: '16:00', endTime: '17:00' })).toBe('Thursday 3 December 2026, 4pm to 5pm');
    expect(meetingLink('family000001', { start: '2026-12-03T16:00:00+00:00' }, 60, true, ['a1', 'b2'])).toBe(
      '/families/family000001/meetings/new?startsAt=2026-12-03T16%3A00%3A00%2B00%3A00&lengthMinutes=60&childAttends=true&invitees=a1,b2',
    );
  });
});
