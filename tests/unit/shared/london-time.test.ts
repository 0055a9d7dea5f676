import { describe, expect, it } from 'vitest';
import { clockTime, clockWords, dateTimeWords, dayWords, endTimeWords, formatLongDate, formatShortDate, londonDate, meetingTimeWords } from '../../../shared/time/london';

describe('London dates and times', () => {
  it('writes dates the UK way', () => {
    expect(formatLongDate('2026-11-23')).toBe('23 November 2026');
    expect(formatShortDate('2026-03-01')).toBe('01/03/2026');
    expect(dayWords('2026-11-23')).toBe('Monday 23 November 2026');
  });

  it('follows British Summer Time', () => {
    // 09:30 UTC is 10:30 in summer and 09:30 in winter.
    expect(clockTime('2026-07-23T09:30:00Z')).toBe('10:30');
    expect(clockTime(new Date('2026-12-23T09:30:00Z'))).toBe('09:30');
    expect(dateTimeWords('2026-07-23T09:30:00Z')).toBe('23 July 2026 at 10:30');
    expect(meetingTimeWords('2026-03-29T15:00:00+00:00')).toBe('Sunday 29 March 2026 at 4pm');
    expect(endTimeWords('2026-10-25T00:30:00+01:00', 90)).toBe('1am');
  });

  it('takes the date in England, not on the machine', () => {
    expect(londonDate(new Date('2026-06-30T23:30:00Z'))).toBe('2026-07-01');
    expect(londonDate(new Date('2026-12-31T23:30:00Z'))).toBe('2026-12-31');
  });

  it('says noon and midnight as letters and screens do', () => {
    expect(clockWords({ hour: 12, minute: 0 })).toBe('12 noon');
    expect(clockWords({ hour: 12, minute: 0 }, 'screen')).toBe('midday');
    expect(clockWords({ hour: 0, minute: 0 }, 'screen')).toBe('midnight');
    expect(clockWords({ hour: 16, minute: 5 })).toBe('4:05pm');
  });

  it('says what it was told for something that is not a time', () => {
    expect(dateTimeWords('not a time', 'an unknown time')).toBe('an unknown time');
    expect(() => dateTimeWords('not a time')).toThrow(RangeError);
  });
});
