import fc from 'fast-check';
import { Temporal } from 'temporal-polyfill';
import { BUSY_KINDS, type OneOffUnavailable, type PreferredTime, type WeeklyBusyTime } from '../../../shared/domain/timetable';
import { DAYS_OF_WEEK, minutesToClock } from '../../../shared/rules/clock';
import type { FindSlotsRequest, SlotInvitee } from '../../../shared/rules/slot-finder';
import { bankHolidays, exampleTerms } from './fixtures';

const HOLIDAYS = bankHolidays();
const TERMS = exampleTerms();
const FIRST_DAY = Temporal.PlainDate.from('2026-01-05');

const days = fc.subarray([...DAYS_OF_WEEK], { minLength: 1 });

/** A start and end on the clock, end after start, "24:00" allowed at the end. */
const timeRange = fc
  .tuple(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 1, max: 600 }))
  .map(([start, length]) => ({ start: minutesToClock(start), end: minutesToClock(Math.min(1440, start + length)) }));

const weeklyBusy: fc.Arbitrary<WeeklyBusyTime> = fc
  .record({ days, range: timeRange, kind: fc.constantFrom(...BUSY_KINDS), termTimeOnly: fc.option(fc.boolean(), { nil: undefined }) })
  .map(({ days: d, range, kind, termTimeOnly }) => {
    const entry: WeeklyBusyTime = { days: d, start: range.start, end: range.end, label: `Busy ${kind}`, kind };
    if (termTimeOnly !== undefined) entry.termTimeOnly = termTimeOnly;
    return entry;
  });

const oneOff = (from: Temporal.PlainDate, span: number): fc.Arbitrary<OneOffUnavailable> =>
  fc.record({ offset: fc.integer({ min: 0, max: span - 1 }), range: fc.option(timeRange, { nil: undefined }) }).map(({ offset, range }) => {
    const date = from.add({ days: offset }).toString();
    return range === undefined ? { date, label: 'Away' } : { date, label: 'Appointment', start: range.start, end: range.end };
  });

const preferred: fc.Arbitrary<PreferredTime> = fc.record({ days, range: timeRange }).map(({ days: d, range }) => ({ days: d, start: range.start, end: range.end }));

const NAMES = ['Mum', 'Dad', 'Nan', 'Sam', 'Alex', 'Priya'] as const;

function person(from: Temporal.PlainDate, span: number, kind: 'family' | 'child' | 'practitioner', index: number): fc.Arbitrary<SlotInvitee> {
  return fc
    .record({
      name: fc.constantFrom(...NAMES),
      busy: fc.array(weeklyBusy, { maxLength: kind === 'child' ? 1 : 4 }),
      unavailable: fc.array(oneOff(from, span), { maxLength: 3 }),
    })
    .map(({ name, busy, unavailable }) => ({
      id: `${kind}-${String(index).padStart(4, '0')}`,
      name,
      role: kind === 'practitioner' ? 'Practitioner' : kind === 'child' ? 'Child' : 'Parent',
      isFamily: kind !== 'practitioner',
      isChild: kind === 'child',
      busy,
      unavailable,
    }));
}

/** A random but valid request: up to three weeks somewhere in 2026-2027, up to nine invitees. */
export const slotRequest: fc.Arbitrary<FindSlotsRequest> = fc
  .record({ startOffset: fc.integer({ min: 0, max: 500 }), span: fc.integer({ min: 1, max: 21 }) })
  .chain(({ startOffset, span }) => {
    const from = FIRST_DAY.add({ days: startOffset });
    return fc
      .record({
        family: fc.integer({ min: 0, max: 3 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => person(from, span, 'family', i)))),
        child: fc.option(person(from, span, 'child', 0), { nil: undefined }),
        practitioners: fc.integer({ min: 0, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => person(from, span, 'practitioner', i)))),
        childShouldAttend: fc.boolean(),
        useTerms: fc.boolean(),
        preferred: fc.array(preferred, { maxLength: 2 }),
        eveningsAcceptable: fc.boolean(),
        weekendsAcceptable: fc.boolean(),
        lengthMinutes: fc.constantFrom(30, 45, 60, 90),
        stepMinutes: fc.constantFrom(15, 30),
        limit: fc.integer({ min: 1, max: 15 }),
        maxPerDay: fc.integer({ min: 1, max: 3 }),
        nowOffsetHours: fc.integer({ min: -48, max: 60 }),
      })
      .map((r): FindSlotsRequest => {
        const invitees = [...r.family, ...(r.child === undefined ? [] : [r.child]), ...r.practitioners];
        const now = from.toZonedDateTime({ timeZone: 'Europe/London', plainTime: '09:00' }).add({ hours: r.nowOffsetHours });
        const request: FindSlotsRequest = {
          from: from.toString(),
          to: from.add({ days: span - 1 }).toString(),
          lengthMinutes: r.lengthMinutes,
          stepMinutes: r.stepMinutes,
          invitees,
          familyPreferences: { preferred: r.preferred, eveningsAcceptable: r.eveningsAcceptable, weekendsAcceptable: r.weekendsAcceptable },
          bankHolidays: HOLIDAYS,
          childShouldAttend: r.childShouldAttend,
          now: new Date(now.epochMilliseconds),
          limit: r.limit,
          maxPerDay: r.maxPerDay,
        };
        if (r.useTerms) request.terms = TERMS;
        return request;
      });
  });
