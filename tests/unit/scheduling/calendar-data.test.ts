import { describe, expect, test } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import bankHolidayJson from '../../../templates/calendar/bank-holidays-england-and-wales.json';
import termDatesJson from '../../../templates/calendar/term-dates-example.json';
import {
  bankHolidayName,
  bankHolidaysCover,
  isBankHoliday,
  isTermTime,
  parseBankHolidays,
  parseTermDates,
  termStatus,
} from '../../../shared/rules/calendar-data';
import { bankHolidays, exampleTerms } from './fixtures';

const datesIn = (year: number) =>
  bankHolidays()
    .events.filter((e) => e.date.startsWith(`${year}-`))
    .map((e) => e.date);

describe('bank holiday snapshot', () => {
  test('the shipped file validates and says where it came from', () => {
    const parsed = parseBankHolidays(bankHolidayJson);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.division).toBe('england-and-wales');
    expect(parsed.value.source).toContain('gov.uk');
    expect(parsed.value.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(bankHolidayJson.licence).toContain('Open Government Licence');
    expect([parsed.value.firstYear, parsed.value.lastYear]).toEqual([2025, 2028]);
  });

  test('2026 and 2027 are as published, with substitute days', () => {
    expect(datesIn(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    expect(datesIn(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);
  });

  test('Easter falls correctly in 2025 and 2028, and New Year 2028 moves to the Monday', () => {
    expect(datesIn(2025)).toEqual(['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']);
    expect(datesIn(2028)).toEqual(['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']);
  });

  test('every bank holiday is a weekday, and each year has eight', () => {
    for (const e of bankHolidays().events) expect(Temporal.PlainDate.from(e.date).dayOfWeek).toBeLessThanOrEqual(5);
    for (const year of [2025, 2026, 2027, 2028]) expect(datesIn(year)).toHaveLength(8);
  });

  test('isBankHoliday knows the substitute day from the real one', () => {
    const cal = bankHolidays();
    expect(isBankHoliday('2026-12-28', cal)).toBe(true);
    expect(isBankHoliday('2026-12-26', cal)).toBe(false);
    expect(bankHolidayName('2026-12-28', cal)).toBe('Boxing Day (substitute day)');
    expect(bankHolidaysCover('2028-06-01', cal)).toBe(true);
    expect(bankHolidaysCover('2029-06-01', cal)).toBe(false);
  });

  test('the whole gov.uk file is accepted too, taking the division asked for', () => {
    const govUk = {
      'england-and-wales': { division: 'england-and-wales', events: [{ title: 'Christmas Day', date: '2029-12-25', notes: '', bunting: true }] },
      scotland: { division: 'scotland', events: [{ title: 'St Andrew’s Day', date: '2029-11-30', notes: '', bunting: true }] },
    };
    const parsed = parseBankHolidays(govUk);
    expect(parsed.ok && isBankHoliday('2029-12-25', parsed.value)).toBe(true);
    const scotland = parseBankHolidays(govUk, 'scotland');
    expect(scotland.ok && isBankHoliday('2029-11-30', scotland.value)).toBe(true);
  });

  test('a bad file gives a message that says where the problem is', () => {
    const bad = { division: 'england-and-wales', events: [{ title: 'New Year’s Day', date: '2026-02-30', notes: '', bunting: true }] };
    expect(parseBankHolidays(bad)).toEqual({
      ok: false,
      message: 'The bank holiday list could not be read: bank holiday 1, date is not a real date (write it as YYYY-MM-DD, for example 2026-12-25).',
    });
    const missing = parseBankHolidays({ division: 'england-and-wales' });
    expect(missing.ok ? '' : missing.message).toBe('The bank holiday list could not be read: the list of bank holidays is missing or the wrong kind of value.');
    const notJson = parseBankHolidays('hello');
    expect(notJson.ok ? '' : notJson.message).toBe('The bank holiday list could not be read: the file is not in the expected shape.');
  });
});

describe('term dates', () => {
  test('the example file validates and is marked as an example', () => {
    const parsed = parseTermDates(termDatesJson);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.isExample).toBe(true);
    expect(parsed.value.terms).toHaveLength(6);
    expect([parsed.value.coversFrom, parsed.value.coversTo]).toEqual(['2026-09-01', '2028-08-31']);
  });

  test('term time leaves out half-terms, INSET days and holidays', () => {
    const terms = exampleTerms();
    expect(isTermTime('2026-10-21', terms)).toBe(true);
    expect(isTermTime('2026-10-27', terms)).toBe(false); // autumn half-term
    expect(isTermTime('2026-09-01', terms)).toBe(false); // INSET day
    expect(isTermTime('2026-09-03', terms)).toBe(true);
    expect(termStatus('2026-12-24', terms)).toBe('holiday');
    expect(termStatus('2027-08-10', terms)).toBe('holiday');
    expect(termStatus('2028-09-10', terms)).toBe('unknown');
    expect(termStatus('2026-10-21', undefined)).toBe('unknown');
  });

  test('half-terms and INSET days are optional', () => {
    const parsed = parseTermDates({ years: [{ academicYear: '2026/27', terms: [{ name: 'Autumn term', start: '2026-09-02', end: '2026-12-18' }] }] });
    expect(parsed.ok && isTermTime('2026-10-27', parsed.value)).toBe(true);
    expect(parsed.ok && parsed.value.isExample).toBe(false);
  });

  test('bad term dates give a plain message', () => {
    const halfTermOutside = parseTermDates({
      years: [{ academicYear: '2026/27', terms: [{ name: 'Autumn term', start: '2026-09-02', end: '2026-12-18', halfTerm: { start: '2027-02-15', end: '2027-02-19' } }] }],
    });
    expect(halfTermOutside.ok ? '' : halfTermOutside.message).toBe('The term dates could not be read: academic year 1, term 1, half-term must fall inside the term.');

    const backwards = parseTermDates({ years: [{ academicYear: '2026/27', terms: [{ name: 'Autumn term', start: '2026-12-18', end: '2026-09-02' }] }] });
    expect(backwards.ok ? '' : backwards.message).toBe('The term dates could not be read: academic year 1, term 1, end date must be on or after the start date.');

    const label = parseTermDates({ years: [{ academicYear: '2026-27', terms: [{ name: 'Autumn term', start: '2026-09-02', end: '2026-12-18' }] }] });
    expect(label.ok ? '' : label.message).toBe('The term dates could not be read: academic year 1, the year must be written like 2026/27.');

    const overlap = parseTermDates({
      years: [
        {
          academicYear: '2026/27',
          terms: [
            { name: 'Autumn term', start: '2026-09-02', end: '2026-12-18' },
            { name: 'Spring term', start: '2026-12-01', end: '2027-03-26' },
          ],
        },
      ],
    });
    expect(overlap.ok ? '' : overlap.message).toBe('The term dates could not be used: Autumn term (2026-09-02 to 2026-12-18) overlaps Spring term (2026-12-01 to 2027-03-26).');
  });
});
