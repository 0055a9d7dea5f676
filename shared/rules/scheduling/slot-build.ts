import { Temporal } from 'temporal-polyfill';
import { minutesToClock } from '../clock';
import type { FamilyPreferences } from '../../domain/timetable';
import { accountFor } from './explain';
import type { Candidate } from './scan';
import type { Search } from './search';
import type { ProposedSlot } from './types';

const ZONE = 'Europe/London';

/**
 * A chosen start time as a slot people can read and calendars can use. The wall-clock time is
 * the one entered; the offset is whatever England uses that day, so 15:30 stays 15:30 when the
 * clocks change.
 */
export function buildSlot(search: Search, c: Candidate, preferences: FamilyPreferences): ProposedSlot {
  const day = search.days[c.day];
  if (day === undefined) throw new Error('A slot refers to a day outside the search');
  const length = search.input.settings.lengthMinutes;
  const date = Temporal.PlainDate.from(day.date);
  const start = zoned(date, c.minute);
  const end = zoned(date, c.minute + length);
  const account = accountFor(search, c, preferences);
  return {
    date: day.date,
    dayOfWeek: day.day,
    startTime: minutesToClock(c.minute),
    endTime: minutesToClock(c.minute + length),
    start: start.toString({ timeZoneName: 'never' }),
    end: end.toString({ timeZoneName: 'never' }),
    utcOffset: start.offset,
    timeZone: ZONE,
    fitsFamily: c.fitsFamily,
    canCome: account.canCome,
    cannotCome: account.cannotCome,
    preferredByFamily: c.preferred,
    evening: c.minute + length > search.input.settings.workEnd,
    weekend: day.weekend,
    schoolHolidays: day.term === 'holiday',
    reasons: account.reasons,
    explanation: account.reasons.join(' '),
  };
}

function zoned(date: Temporal.PlainDate, minutes: number): Temporal.ZonedDateTime {
  // A meeting ending at midnight ends at 00:00 the next day.
  const day = minutes >= 24 * 60 ? date.add({ days: 1 }) : date;
  const m = minutes % (24 * 60);
  return day.toZonedDateTime({ timeZone: ZONE, plainTime: Temporal.PlainTime.from({ hour: Math.floor(m / 60), minute: m % 60 }) });
}
