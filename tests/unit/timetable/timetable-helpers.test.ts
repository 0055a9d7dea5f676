import { describe, expect, it } from 'vitest';
import { checkMember, checkWeek, emptyMember, fieldId, memberFromTimetable, type MemberDraft } from '../../../renderer/features/timetable/week-draft';
import { academicYearOf, draftFromFile, fileFromDraft } from '../../../renderer/features/timetable/term-draft';
import { agendaLengthHint, clockWords, defaultRange, lengthChoices, meetingLink, slotWords } from '../../../renderer/features/timetable/find-a-time';
import { SHIPPED_TERM_DATES } from '../../../renderer/data/repositories/settings';
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
  it('says dates and times the way people say them, and links to the meeting page', () => {
    expect(clockWords('16:00')).toBe('4pm');
    expect(clockWords('09:30')).toBe('9:30am');
    expect(clockWords('12:00')).toBe('midday');
    expect(clockWords('24:00')).toBe('midnight');
    expect(defaultRange('2026-11-30')).toEqual({ from: '2026-11-30', to: '2027-01-24' });
    expect(slotWords({ date: '2026-12-03', dayOfWeek: 'thursday', startTime: '16:00', endTime: '17:00' })).toBe('Thursday 3 December 2026, 4pm to 5pm');
    expect(meetingLink('family000001', { start: '2026-12-03T16:00:00+00:00' }, 60, true, ['a1', 'b2'])).toBe(
      '/families/family000001/meetings/new?startsAt=2026-12-03T16%3A00%3A00%2B00%3A00&lengthMinutes=60&childAttends=true&invitees=a1,b2',
    );
  });
});

describe('the length offered when finding a time', () => {
  it("includes the agenda's total among the usual lengths, once", () => {
    expect(lengthChoices(90)).toEqual([30, 45, 60, 90]);
    expect(lengthChoices(40)).toEqual([30, 40, 45, 60, 90]);
    expect(lengthChoices(75)).toEqual([30, 45, 60, 75, 90]);
  });

  it('says how long the agenda runs', () => {
    expect(agendaLengthHint('first', 90)).toBe('First meeting: the agenda runs 90 minutes.');
  });
});
