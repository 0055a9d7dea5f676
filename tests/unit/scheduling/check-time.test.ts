import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS, SHIPPED_TERM_DATES } from '../../../renderer/data/repositories/settings';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { checkMeetingTime, type TimeCheckInput } from '../../../shared/rules/scheduling/check-time';

const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'] as const;
const family = upgradeFamilyV1({
  id: 'family000001',
  familyName: 'Shaw family',
  carers: [{ id: 'carer0000001', name: 'Jo Shaw', relationship: 'Mum', phone: '', email: '' }],
  children: [{ id: 'child0000001', name: 'Sam Shaw', dateOfBirth: '2016-02-03', school: '' }],
  createdAt: '',
  updatedAt: '',
  isPractice: false,
});

// Thursday 3 December 2026 is in the example autumn term.
const base: TimeCheckInput = {
  family,
  timetable: {
    id: 'family000001',
    familyId: 'family000001',
    updatedAt: '',
    members: {
      carer0000001: { busy: [{ days: [...WEEKDAYS], start: '09:00', end: '15:00', label: 'Work', kind: 'work' }], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
    },
  },
  practitioners: [{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', agency: 'NHS', phone: '0113 000 0000', secureEmail: '' }],
  unavailability: [{ id: 'away00000001', practitionerId: 'practitioner01', updatedAt: '', busy: [], unavailable: [{ date: '2026-12-03', label: 'Annual leave' }] }],
  invited: ['carer0000001'],
  date: '2026-12-03',
  startTime: '16:00',
  lengthMinutes: 60,
  childShouldAttend: false,
  bankHolidays: SHIPPED_BANK_HOLIDAYS,
  termDates: SHIPPED_TERM_DATES,
};

describe('checking a typed meeting time', () => {
  it('says nothing when the time suits everyone invited', () => {
    expect(checkMeetingTime(base)).toEqual([]);
  });

  it('names a bank holiday', () => {
    expect(checkMeetingTime({ ...base, date: '2026-12-25' })).toEqual(['25 December 2026 is a bank holiday (Christmas Day).']);
  });

  it("names a family clash from the family's own week", () => {
    expect(checkMeetingTime({ ...base, startTime: '14:30' })).toEqual(['Jo Shaw cannot come then: Work, 09:00 to 15:00.']);
  });

  it("warns about the school day only when the child should come, and only in term time", () => {
    const withChild = { ...base, invited: ['carer0000001', 'child0000001'], startTime: '15:00' };
    expect(checkMeetingTime(withChild)).toEqual([]);
    expect(checkMeetingTime({ ...withChild, childShouldAttend: true })).toEqual(['Sam Shaw is at school then (School, 08:45 to 15:15), and is meant to come to the meeting.']);
    // The Christmas holidays: no school.
    expect(checkMeetingTime({ ...withChild, childShouldAttend: true, date: '2026-12-22' })).toEqual([]);
  });

  it("names a practitioner's leave after the family", () => {
    expect(checkMeetingTime({ ...base, invited: ['carer0000001', 'practitioner01'], startTime: '14:30' })).toEqual([
      'Jo Shaw cannot come then: Work, 09:00 to 15:00.',
      'Priya Shah cannot come then: Annual leave, all day.',
    ]);
  });

  it("names a practitioner's working hours: 9 to 5 unless the directory says otherwise", () => {
    const evening = { ...base, date: '2026-12-04', invited: ['carer0000001', 'practitioner01'], startTime: '17:30' };
    expect(checkMeetingTime(evening)).toEqual(['Priya Shah cannot come then: outside working hours, 09:00 to 17:00.']);
    const late = base.practitioners.map((p) => ({ ...p, workEnd: '19:00' }));
    expect(checkMeetingTime({ ...evening, practitioners: late })).toEqual([]);
  });

  it('says only "cannot come" for someone a safety flag protects', () => {
    const flag = { id: 'flag00000001', subjectId: 'carer0000001', hiddenFrom: ['practitioner01'], covers: ['address' as const], reason: '', addedOn: '2026-11-01', addedBy: 'Sam Patel', ended: null };
    const flagged = { ...family, safetyFlags: [flag] };
    expect(checkMeetingTime({ ...base, family: flagged, startTime: '14:30' })).toEqual(['Jo Shaw cannot come then.']);
  });
});
