import { describe, expect, it } from 'vitest';
import { FUTURE_BIRTH_MESSAGE, isFutureBirth, readDateOfBirth, schoolYearWords } from '../../../shared/rules/date-of-birth';
import { validateFamilyRecord } from '../../../shared/rules/family-record-checks';

const TODAY = '2026-11-23';

describe('a child’s date of birth', () => {
  it('is needed, and says how to type it', () => {
    expect(readDateOfBirth('  ')).toEqual({ ok: false, message: "Enter the child's date of birth, for example 23/11/2016" });
  });

  it('is read the UK way and must be a real date', () => {
    expect(readDateOfBirth('3/2/2016')).toEqual({ ok: true, date: '2016-02-03' });
    expect(readDateOfBirth('31/02/2016')).toEqual({ ok: false, message: 'That date does not exist: this month has 29 days' });
  });

  it('is today or in the past', () => {
    expect(isFutureBirth(TODAY, TODAY)).toBe(false);
    expect(isFutureBirth('2026-11-24', TODAY)).toBe(true);
    const record = { children: [{ dateOfBirth: '2026-11-24' }] };
    const checked = validateFamilyRecord(record, TODAY);
    expect(checked.ok ? [] : checked.errors).toContainEqual({ path: 'children.0.dateOfBirth', message: FUTURE_BIRTH_MESSAGE });
  });

  it('gives the school year by age only once the date is real and not in the future', () => {
    expect(schoolYearWords('03/02/2016', TODAY)).toBe('Year 6 in 2026 to 2027');
    expect(schoolYearWords('03/02/20', TODAY)).toBe('');
    expect(schoolYearWords('24/11/2026', TODAY)).toBe('');
  });
});
