import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import {
  academicYearBounds,
  academicYearLabel,
  academicYearStart,
  schoolYearOn,
  yearGroupNumber,
} from '../../../shared/rules/academic-year';

describe('academic year', () => {
  it.each([
    ['2025-09-01', 2025, '2025 to 2026'],
    ['2026-08-31', 2025, '2025 to 2026'],
    ['2026-09-01', 2026, '2026 to 2027'],
    ['2026-01-15', 2025, '2025 to 2026'],
  ])('%s is in the academic year starting %i', (date, start, label) => {
    expect(academicYearStart(date)).toBe(start);
    expect(academicYearLabel(date)).toBe(label);
  });

  it('runs from 1 September to 31 August', () => {
    expect(academicYearBounds('2026-03-10')).toEqual({ first: '2025-09-01', last: '2026-08-31' });
  });
});

describe('school year from date of birth (English rule)', () => {
  // On 15 October 2025 (academic year 2025 to 2026).
  const on = '2025-10-15';
  it.each([
    ['2020-09-01', 'Reception'],
    ['2021-08-31', 'Reception'],
    ['2020-08-31', 'Year 1'],
    ['2019-09-01', 'Year 1'],
    ['2021-09-01', 'Nursery'],
    ['2022-08-31', 'Nursery'],
    ['2022-09-01', 'Not yet school age'],
    ['2025-10-01', 'Not yet school age'],
    ['2015-01-10', 'Year 6'],
    ['2014-08-31', 'Year 7'],
    ['2008-09-01', 'Year 12'],
    ['2007-09-01', 'Year 13'],
    ['2007-08-31', 'Left school'],
  ])('born %s → %s', (dob, label) => {
    expect(schoolYearOn(dob, on).label).toBe(label);
  });

  it('puts 1 September 2019 and 31 August 2020 in the same year group', () => {
    for (const day of ['2024-09-01', '2025-06-30', '2026-02-01']) {
      expect(schoolYearOn('2019-09-01', day)).toEqual(schoolYearOn('2020-08-31', day));
    }
    expect(schoolYearOn('2019-09-01', '2024-09-01')).toEqual({ kind: 'reception', label: 'Reception' });
    expect(schoolYearOn('2020-08-31', '2025-09-01')).toEqual({ kind: 'year', year: 1, label: 'Year 1' });
  });

  it('separates 31 August from the next day, 1 September', () => {
    expect(schoolYearOn('2019-08-31', '2025-01-01')).toEqual({ kind: 'year', year: 1, label: 'Year 1' });
    expect(schoolYearOn('2019-09-01', '2025-01-01')).toEqual({ kind: 'reception', label: 'Reception' });
  });

  it('moves up a year on 1 September, not on 31 August', () => {
    expect(schoolYearOn('2016-05-05', '2025-08-31').label).toBe('Year 4');
    expect(schoolYearOn('2016-05-05', '2025-09-01').label).toBe('Year 5');
  });

  it('handles children born on 29 February', () => {
    expect(schoolYearOn('2020-02-29', '2024-09-01').label).toBe('Reception');
    expect(schoolYearOn('2020-02-29', '2025-02-28').label).toBe('Reception');
    expect(schoolYearOn('2020-02-29', '2025-03-01').label).toBe('Reception');
    expect(schoolYearOn('2016-02-29', '2025-10-01').label).toBe('Year 5');
    expect(schoolYearOn('2020-02-29', '2020-02-29').label).toBe('Not yet school age');
  });

  it('is the same for everyone born in one 1 September to 31 August cohort (property)', () => {
    const day = fc.integer({ min: 0, max: 364 });
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2030 }), day, day, fc.integer({ min: 0, max: 7000 }), (cohort, a, b, later) => {
        const start = Temporal.PlainDate.from({ year: cohort, month: 9, day: 1 });
        const first = start.add({ days: a }).toString();
        const second = start.add({ days: b }).toString();
        const on = start.add({ days: later }).toString();
        expect(yearGroupNumber(first, on)).toBe(yearGroupNumber(second, on));
        // Reception starts in the September five years after the cohort starts.
        expect(yearGroupNumber(first, `${cohort + 5}-09-01`)).toBe(0);
      }),
    );
  });
});
