import { describe, expect, test } from 'vitest';
import {
  appliesInTermTimeOnly,
  familyPreferencesFrom,
  validateFamilyMemberTimetable,
  validatePractitionerUnavailability,
  type FamilyMemberTimetable,
} from '../../../shared/domain/timetable';

const mumsWeek = {
  busy: [
    { days: ['friday', 'monday', 'monday'], start: '08:15', end: '09:00', label: ' School run ', kind: 'school-run' },
    { days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:30', end: '14:30', label: 'Work', kind: 'work' },
  ],
  unavailable: [{ date: '2026-11-05', label: 'Hospital appointment', start: '10:00', end: '11:30' }, { date: '2026-12-24', label: 'Away' }],
  preferred: [{ days: ['tuesday'], start: '10:00', end: '12:00', label: 'Tuesday mornings' }],
  eveningsAcceptable: true,
  weekendsAcceptable: false,
};

describe('family member timetable', () => {
  test('a real week is accepted, days put in order once each and labels trimmed', () => {
    const result = validateFamilyMemberTimetable(mumsWeek);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.busy[0]?.days).toEqual(['monday', 'friday']);
    expect(result.value.busy[0]?.label).toBe('School run');
  });

  test('an end before the start is refused, with a hint for night shifts', () => {
    const result = validateFamilyMemberTimetable({
      ...mumsWeek,
      busy: [{ days: ['monday'], start: '22:00', end: '06:00', label: 'Night shift', kind: 'work' }],
    });
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'busy.0.end',
          message: 'The end time must be after the start time. For a night shift, add two times: one until 24:00 and one from 00:00',
        },
      ],
    });
  });

  test('times must be on the clock; 24:00 may end a time but not start one', () => {
    const bad = validateFamilyMemberTimetable({
      ...mumsWeek,
      busy: [
        { days: ['monday'], start: '25:00', end: '26:00', label: 'Work', kind: 'work' },
        { days: ['monday'], start: '24:00', end: '24:00', label: 'Work', kind: 'work' },
        { days: ['monday'], start: '9.30', end: '10:00', label: 'Work', kind: 'work' },
      ],
    });
    expect(bad.ok ? [] : bad.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'busy.0.start: Enter the start time on the 24-hour clock, for example 09:30',
      'busy.0.end: Enter the end time on the 24-hour clock, for example 09:30',
      'busy.1.start: Enter the start time on the 24-hour clock, for example 09:30',
      'busy.2.start: Enter the start time on the 24-hour clock, for example 09:30',
    ]);
    const lateShift = validateFamilyMemberTimetable({
      ...mumsWeek,
      busy: [{ days: ['monday'], start: '18:00', end: '24:00', label: 'Late shift', kind: 'work' }],
    });
    expect(lateShift.ok).toBe(true);
  });

  test('missing details get plain messages', () => {
    const result = validateFamilyMemberTimetable({
      ...mumsWeek,
      busy: [{ days: [], start: '09:00', end: '10:00', label: '  ', kind: 'holiday' }],
      unavailable: [{ date: '2026-02-30', label: 'Dentist', start: '10:00' }],
    });
    expect(result.ok ? [] : result.errors.map((e) => `${e.path}: ${e.message}`)).toEqual([
      'busy.0.days: Choose at least one day',
      'busy.0.label: Say what this time is for, for example School run',
      'busy.0.kind: Choose what kind of time this is',
      'unavailable.0.date: Enter a real date, for example 2026-11-23',
      'unavailable.0.end: Enter both a start and an end time, or neither if it is the whole day',
    ]);
    const halfTimed = validateFamilyMemberTimetable({ ...mumsWeek, unavailable: [{ date: '2026-11-05', label: 'Dentist', start: '10:00' }] });
    expect(halfTimed.ok ? [] : halfTimed.errors).toEqual([{ path: 'unavailable.0.end', message: 'Enter both a start and an end time, or neither if it is the whole day' }]);
  });

  test('school runs and the school day are term-time only unless said otherwise', () => {
    expect(appliesInTermTimeOnly({ kind: 'school-run' })).toBe(true);
    expect(appliesInTermTimeOnly({ kind: 'school-day' })).toBe(true);
    expect(appliesInTermTimeOnly({ kind: 'work' })).toBe(false);
    expect(appliesInTermTimeOnly({ kind: 'school-run', termTimeOnly: false })).toBe(false);
    expect(appliesInTermTimeOnly({ kind: 'caring', termTimeOnly: true })).toBe(true);
  });
});

describe('family preferences', () => {
  const base: FamilyMemberTimetable = { busy: [], unavailable: [], preferred: [], eveningsAcceptable: true, weekendsAcceptable: true };

  test('evenings and weekends are fine only if everyone in the family says so', () => {
    expect(familyPreferencesFrom([base, { ...base, eveningsAcceptable: false }])).toMatchObject({ eveningsAcceptable: false, weekendsAcceptable: true });
    expect(familyPreferencesFrom([])).toMatchObject({ eveningsAcceptable: false, weekendsAcceptable: false });
  });

  test('preferred times are pooled without repeats', () => {
    const tuesday = { days: ['tuesday' as const], start: '10:00', end: '12:00' };
    const thursday = { days: ['thursday' as const], start: '16:00', end: '18:00' };
    const pooled = familyPreferencesFrom([{ ...base, preferred: [tuesday] }, { ...base, preferred: [tuesday, thursday] }]);
    expect(pooled.preferred).toEqual([tuesday, thursday]);
  });
});

describe('practitioner unavailability', () => {
  test('weekly commitments and leave, checked the same way', () => {
    expect(
      validatePractitionerUnavailability({
        busy: [{ days: ['tuesday'], start: '09:00', end: '12:00', label: 'Baby clinic', kind: 'work' }],
        unavailable: [{ date: '2026-10-19', label: 'Annual leave' }],
      }).ok,
    ).toBe(true);
    const bad = validatePractitionerUnavailability({ busy: [{ days: ['tuesday'], start: '12:00', end: '12:00', label: 'Clinic', kind: 'work' }], unavailable: [] });
    expect(bad.ok ? [] : bad.errors.map((e) => e.path)).toEqual(['busy.0.end']);
  });
});
