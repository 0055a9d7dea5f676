import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  attendanceWords,
  briefingTerms,
  checkSessionFigures,
  formatPercent,
  isPersistentAbsence,
  percentOneDecimal,
  schoolTermOn,
  summariseAttendance,
} from '../../../shared/rules/school-attendance';

describe('attendance percentages', () => {
  it('works out attendance to one decimal place', () => {
    expect(percentOneDecimal(148, 160)).toBe(92.5);
    expect(percentOneDecimal(105, 120)).toBe(87.5);
    expect(percentOneDecimal(1, 3)).toBe(33.3);
    expect(percentOneDecimal(2, 3)).toBe(66.7);
    expect(percentOneDecimal(160, 160)).toBe(100);
    expect(percentOneDecimal(0, 160)).toBe(0);
  });

  it('rounds an exact half up, in whole-number arithmetic (no floating-point slips)', () => {
    // 1/16 = 6.25% -> 6.3%; 1/80 = 1.25% -> 1.3%; 7/8 = 87.5% exactly.
    expect(percentOneDecimal(1, 16)).toBe(6.3);
    expect(percentOneDecimal(1, 80)).toBe(1.3);
    expect(percentOneDecimal(7, 8)).toBe(87.5);
    // 179/180 = 99.444...% -> 99.4%; 1799/1800 = 99.9444% -> 99.9%, never 100.0% for a missed session.
    expect(percentOneDecimal(179, 180)).toBe(99.4);
    expect(percentOneDecimal(1799, 1800)).toBe(99.9);
  });

  it('matches exact rational rounding for every pair of figures a term can have', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 0, max: 200 }), (possible, raw) => {
        const attended = raw % (possible + 1);
        const got = percentOneDecimal(attended, possible);
        // Exact: tenths t is right when t - 0.5 <= 1000 * attended / possible < t + 0.5.
        const t = Math.round(got * 10);
        expect(2 * 1000 * attended).toBeGreaterThanOrEqual((2 * t - 1) * possible);
        expect(2 * 1000 * attended).toBeLessThan((2 * t + 1) * possible);
      }),
    );
  });

  it('refuses to divide by nothing', () => {
    expect(() => percentOneDecimal(1, 0)).toThrow(RangeError);
    expect(() => percentOneDecimal(1.5, 10)).toThrow(RangeError);
  });

  it('shows percentages with one decimal place', () => {
    expect(formatPercent(100)).toBe('100.0%');
    expect(formatPercent(92.5)).toBe('92.5%');
    expect(formatPercent(0)).toBe('0.0%');
  });
});

describe('persistent absence', () => {
  it('is missing 10% or more of possible sessions, worked out from the whole numbers', () => {
    expect(isPersistentAbsence(100, 90)).toBe(true); // exactly 90%: missed 10%
    expect(isPersistentAbsence(100, 91)).toBe(false);
    expect(isPersistentAbsence(120, 105)).toBe(true); // 87.5%
    expect(isPersistentAbsence(130, 124)).toBe(false); // 95.4%
    // 1799 of 2000 = 89.95%, shown as 90.0% but still persistent absence: the flag never follows the rounding.
    expect(percentOneDecimal(1799, 2000)).toBe(90);
    expect(isPersistentAbsence(2000, 1799)).toBe(true);
    expect(isPersistentAbsence(0, 0)).toBe(false);
  });

  it('summarises a term and says it in plain words', () => {
    const summary = summariseAttendance({ possible: 120, attended: 105, late: 6 });
    expect(summary).toEqual({ possible: 120, attended: 105, late: 6, missed: 15, attendancePercent: 87.5, absencePercent: 12.5, latePercent: 5.7, persistentAbsence: true });
    expect(attendanceWords(summary)).toBe('Attended 105 of 120 sessions (87.5%). Missed 15 sessions (12.5%). Late for 6 sessions: 5.7% of the sessions attended. This counts as persistent absence.');
    expect(attendanceWords(summariseAttendance({ possible: 10, attended: 9, late: 1 }))).toBe(
      'Attended 9 of 10 sessions (90.0%). Missed 1 session (10.0%). Late for 1 session: 11.1% of the sessions attended. This counts as persistent absence.',
    );
    expect(attendanceWords(summariseAttendance({ possible: 10, attended: 0, late: 0 }))).toContain('Not late for any sessions.');
    expect(attendanceWords(summariseAttendance({ possible: 10, attended: 10, late: 0 }))).toContain('Not late for any sessions.');
  });
});

describe('figures as typed', () => {
  const term = 'Autumn term 2026';
  it('reads whole numbers, with late sessions optional', () => {
    expect(checkSessionFigures({ possible: ' 120 ', attended: '105', late: '' }, term)).toEqual({ ok: true, figures: { possible: 120, attended: 105, late: 0 } });
    expect(checkSessionFigures({ possible: '', attended: '', late: '' }, term)).toEqual({ ok: true, figures: null });
  });

  it('names each problem and its field', () => {
    expect(checkSessionFigures({ possible: '120', attended: '', late: '' }, term)).toEqual({
      ok: false,
      problems: [{ field: 'attended', message: 'Enter the number of sessions attended for the Autumn term 2026' }],
    });
    expect(checkSessionFigures({ possible: '12a', attended: '10', late: '' }, term)).toEqual({
      ok: false,
      problems: [{ field: 'possible', message: 'The number of sessions possible for the Autumn term 2026 must be a whole number, like 120' }],
    });
    expect(checkSessionFigures({ possible: '100', attended: '110', late: '' }, term)).toEqual({
      ok: false,
      problems: [{ field: 'attended', message: 'The sessions attended for the Autumn term 2026 (110) cannot be more than the sessions possible (100)' }],
    });
    expect(checkSessionFigures({ possible: '100', attended: '90', late: '95' }, term)).toEqual({
      ok: false,
      problems: [{ field: 'late', message: 'The late sessions for the Autumn term 2026 (95) cannot be more than the sessions attended (90)' }],
    });
    expect(checkSessionFigures({ possible: '0', attended: '0', late: '' }, term)).toMatchObject({ ok: false, problems: [{ field: 'possible' }] });
    expect(checkSessionFigures({ possible: '900', attended: '0', late: '' }, term)).toMatchObject({ ok: false, problems: [{ field: 'possible', message: expect.stringContaining('200 or fewer') }] });
  });
});

describe('terms', () => {
  it('names this term and last term from the date', () => {
    expect(briefingTerms('2026-11-23')).toEqual({
      thisTerm: { season: 'Autumn', year: 2026, name: 'Autumn term 2026' },
      lastTerm: { season: 'Summer', year: 2026, name: 'Summer term 2026' },
    });
    expect(briefingTerms('2027-02-10').lastTerm.name).toBe('Autumn term 2026');
    expect(briefingTerms('2027-02-10').thisTerm.name).toBe('Spring term 2027');
    expect(briefingTerms('2027-05-10').lastTerm.name).toBe('Spring term 2027');
    expect(schoolTermOn('2027-08-20').name).toBe('Summer term 2027');
    expect(schoolTermOn('2026-09-01').name).toBe('Autumn term 2026');
    expect(schoolTermOn('2027-03-31').name).toBe('Spring term 2027');
    expect(schoolTermOn('2027-04-01').name).toBe('Summer term 2027');
  });
});
