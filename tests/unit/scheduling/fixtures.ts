import bankHolidayJson from '../../../templates/calendar/bank-holidays-england-and-wales.json';
import termDatesJson from '../../../templates/calendar/term-dates-example.json';
import { parseBankHolidays, parseTermDates, type BankHolidayCalendar, type TermCalendar } from '../../../shared/rules/calendar-data';
import type { DayOfWeek } from '../../../shared/rules/clock';
import type { BusyKind, OneOffUnavailable, WeeklyBusyTime } from '../../../shared/domain/timetable';
import type { FindSlotsRequest, SlotInvitee } from '../../../shared/rules/slot-finder';

export const WEEKDAYS: DayOfWeek[] = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'];

export function bankHolidays(): BankHolidayCalendar {
  const parsed = parseBankHolidays(bankHolidayJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

export function exampleTerms(): TermCalendar {
  const parsed = parseTermDates(termDatesJson);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.value;
}

export function weekly(days: DayOfWeek[], start: string, end: string, label: string, kind: BusyKind, termTimeOnly?: boolean): WeeklyBusyTime {
  const entry: WeeklyBusyTime = { days, start, end, label, kind };
  if (termTimeOnly !== undefined) entry.termTimeOnly = termTimeOnly;
  return entry;
}

export function away(date: string, label: string, start?: string, end?: string): OneOffUnavailable {
  return start === undefined || end === undefined ? { date, label } : { date, label, start, end };
}

type PersonOptions = Partial<Omit<SlotInvitee, 'id' | 'name'>>;

export function familyMember(id: string, name: string, options: PersonOptions = {}): SlotInvitee {
  return { id, name, role: 'Parent', isFamily: true, busy: [], unavailable: [], ...options };
}

export function practitioner(id: string, name: string, role: string, options: PersonOptions = {}): SlotInvitee {
  return { id, name, role, isFamily: false, busy: [], unavailable: [], ...options };
}

/** 08:00 on 1 October 2026 (09:00 in England, in summer time). */
export const OCTOBER_NOW = new Date('2026-10-01T08:00:00Z');

/**
 * The benchmark scenario: 8 weeks (5 October to 29 November 2026, across half-term and the
 * clocks going back), 12 invitees (two parents, a child who should attend, nine
 * practitioners), 60-minute meeting, 15-minute steps, evenings allowed.
 */
export function makeBenchScenario(): FindSlotsRequest {
  const invitees: SlotInvitee[] = [
    familyMember('mum-0001', 'Mum', {
      pronoun: 'she',
      busy: [
        weekly(WEEKDAYS, '08:15', '09:00', 'School run', 'school-run'),
        weekly(WEEKDAYS, '15:00', '15:30', 'School run', 'school-run'),
        weekly(['monday', 'wednesday', 'friday'], '09:30', '14:30', 'Work at the café', 'work'),
        weekly(['tuesday'], '10:00', '12:00', 'Caring for Nan', 'caring'),
      ],
      unavailable: [away('2026-10-13', 'Hospital appointment', '10:00', '11:30'), away('2026-11-20', 'Family wedding')],
    }),
    familyMember('dad-0001', 'Dad', {
      pronoun: 'he',
      busy: [weekly(WEEKDAYS, '07:00', '16:30', 'Work', 'work')],
      unavailable: [away('2026-11-09', 'Training course')],
    }),
    familyMember('sam-0001', 'Sam', { role: 'Child', isChild: true, pronoun: 'he' }),
    practitioner('teach-001', 'Ms Okafor', 'Class teacher', { busy: [weekly(WEEKDAYS, '08:30', '15:30', 'Teaching', 'work', true)] }),
    practitioner('hv-000001', 'Priya Shah', 'Health visitor', {
      busy: [weekly(['tuesday'], '09:00', '12:00', 'Baby clinic', 'work'), weekly(['thursday'], '13:00', '16:00', 'Home visits', 'work')],
      unavailable: [away('2026-10-19', 'Annual leave'), away('2026-10-20', 'Annual leave')],
    }),
    practitioner('nurse-001', 'Tom Reid', 'School nurse', { busy: [weekly(['monday', 'friday'], '00:00', '24:00', 'Not a working day', 'other')] }),
    practitioner('fsw-00001', 'Jo Evans', 'Family support worker', { busy: [weekly(['wednesday'], '09:30', '11:00', 'Team meeting', 'work')] }),
    practitioner('house-001', 'Ali Khan', 'Housing officer', { busy: [weekly(['thursday'], '00:00', '24:00', 'Duty desk', 'work')] }),
    practitioner('camhs-001', 'Dr Lee', 'CAMHS practitioner', { busy: [weekly(['monday', 'tuesday', 'wednesday', 'thursday'], '09:00', '13:00', 'Clinic', 'work')] }),
    practitioner('youth-001', 'Kim Patel', 'Youth worker', { busy: [weekly(WEEKDAYS, '09:00', '12:00', 'Office hours', 'work')] }),
    practitioner('pcso-0001', 'Sgt Moss', 'Police community support officer', {
      busy: [weekly(['monday', 'tuesday'], '14:00', '22:00', 'Late shift', 'work')],
      unavailable: [away('2026-11-03', 'Court', '09:00', '17:00')],
    }),
    practitioner('senco-001', 'Mr Hughes', 'SENCO', { busy: [weekly(['friday'], '13:00', '17:00', 'Annual reviews', 'work')] }),
  ];
  return {
    from: '2026-10-05',
    to: '2026-11-29',
    lengthMinutes: 60,
    stepMinutes: 15,
    invitees,
    familyPreferences: {
      preferred: [{ days: ['thursday'], start: '16:30', end: '19:00', label: 'Thursday after work' }],
      eveningsAcceptable: true,
      weekendsAcceptable: false,
    },
    bankHolidays: bankHolidays(),
    terms: exampleTerms(),
    childShouldAttend: true,
    now: OCTOBER_NOW,
    limit: 10,
  };
}
