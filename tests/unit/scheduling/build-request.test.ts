import { describe, expect, it } from 'vitest';
import { SHIPPED_BANK_HOLIDAYS, SHIPPED_TERM_DATES } from '../../../renderer/data/repositories/settings';
import { upgradeFamilyV1 } from '../../../shared/domain/family-record';
import { buildRequest, type FindInputs } from '../../../shared/rules/scheduling/build-request';
import { familyInvited, familyPeople } from '../../../shared/rules/scheduling/family-people';
import { findSlots } from '../../../shared/rules/slot-finder';

describe('the slot finder request', () => {
  const family = upgradeFamilyV1({
    id: 'family000001',
    familyName: 'Shaw family',
    carers: [{ id: 'carer0000001', name: 'Jo Shaw', relationship: 'Mum', phone: '', email: '' }],
    children: [{ id: 'child0000001', name: 'Sam Shaw', dateOfBirth: '2016-02-03', school: '' }],
    createdAt: '',
    updatedAt: '',
    isPractice: false,
  });

  it('builds a request from what is stored and finds times around Mum’s work', () => {
    const built = buildRequest({
      family,
      timetable: {
        id: 'family000001',
        familyId: 'family000001',
        updatedAt: '',
        members: {
          carer0000001: { busy: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', label: 'Work', kind: 'work' }], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
          child0000001: { busy: [], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
        },
      },
      // She works until 19:00, so evenings after Mum's work suit her too.
      practitioners: [{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', agency: 'NHS', phone: '0113 000 0000', secureEmail: '', workStart: '10:00', workEnd: '19:00' }],
      unavailability: [{ id: 'away00000001', practitionerId: 'practitioner01', updatedAt: '', busy: [], unavailable: [{ date: '2026-12-01', label: 'Annual leave' }] }],
      invited: ['carer0000001', 'child0000001', 'practitioner01'],
      from: '2026-11-30',
      to: '2027-01-24',
      lengthMinutes: 60,
      childShouldAttend: false,
      bankHolidays: SHIPPED_BANK_HOLIDAYS,
      termDates: SHIPPED_TERM_DATES,
      now: new Date('2026-11-30T08:00:00Z'),
    });
    if (!built.ok) throw new Error(built.message);
    expect(built.request.to).toBe('2027-01-24');
    // Sam is not coming, so Sam is not an invitee even though the list names him.
    expect(built.request.invitees.map((i) => [i.id, i.isFamily])).toEqual([
      ['carer0000001', true],
      ['practitioner01', false],
    ]);
    expect(built.request.familyPreferences?.eveningsAcceptable).toBe(true);
    const result = findSlots(built.request);
    expect(result.slots.length).toBeGreaterThan(0);
    expect(result.slots.length).toBeLessThanOrEqual(10);
    for (const slot of result.slots) expect(slot.startTime >= '17:00' || slot.dayOfWeek === 'saturday' || slot.dayOfWeek === 'sunday').toBe(true);
    expect(result.slots[0]?.explanation).toContain('Jo Shaw finishes work at 17:00');
    // The health visitor's leave counts: no slot on that day has everyone.
    expect(result.slots.every((s) => s.date !== '2026-12-01' || s.cannotCome.some((c) => c.id === 'practitioner01'))).toBe(true);
    expect(result.slots.every((s) => s.cannotCome.length === 0)).toBe(true);
  });

  it("keeps to a practitioner's working hours: 9 to 5 unless the directory says otherwise", () => {
    const built = buildRequest({
      ...base,
      timetable: {
        id: 'family000001',
        familyId: 'family000001',
        updatedAt: '',
        members: {
          carer0000001: { busy: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', label: 'Work', kind: 'work' }], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
        },
      },
      practitioners: [{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', agency: 'NHS', phone: '0113 000 0000', secureEmail: '' }],
      invited: ['carer0000001', 'practitioner01'],
    });
    if (!built.ok) throw new Error(built.message);
    expect(built.request.invitees.find((i) => i.id === 'practitioner01')?.workingHours).toEqual({ start: '09:00', end: '17:00' });
    const result = findSlots(built.request);
    expect(result.slots.length).toBeGreaterThan(0);
    for (const slot of result.slots) {
      expect(slot.fitsFamily).toBe(true);
      expect(slot.cannotCome).toEqual([{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', isFamily: false, because: 'outside working hours, 09:00 to 17:00' }]);
    }
  });

  const base: FindInputs = {
    family,
    timetable: null,
    practitioners: [],
    unavailability: [],
    invited: ['carer0000001'],
    from: '2026-11-30',
    to: '2026-12-11',
    lengthMinutes: 60,
    childShouldAttend: false,
    bankHolidays: SHIPPED_BANK_HOLIDAYS,
    termDates: SHIPPED_TERM_DATES,
    now: new Date('2026-11-30T08:00:00Z'),
  };

  it('asks only about the people invited, practitioners after the family', () => {
    const built = buildRequest({ ...base, childShouldAttend: true, practitioners: [{ id: 'practitioner01', name: 'Priya Shah', role: 'Health visitor', agency: 'NHS', phone: '', secureEmail: '' }], invited: ['practitioner01'] });
    if (!built.ok) throw new Error(built.message);
    expect(built.request.invitees.map((i) => i.id)).toEqual(['child0000001', 'practitioner01']);
    expect(built.request.invitees[0]).toMatchObject({ isChild: true, isFamily: true, busy: [], unavailable: [] });
  });

  it('asks child by child when told which children come, and uses exactly that', () => {
    const twoChildren = { ...family, children: [...family.children, { ...family.children[0]!, id: 'child0000002', name: 'Alex Shaw' }] };
    const built = buildRequest({ ...base, family: twoChildren, childShouldAttend: false, childrenComing: ['child0000002'] });
    if (!built.ok) throw new Error(built.message);
    expect(built.request.invitees.map((i) => i.id)).toEqual(['carer0000001', 'child0000002']);
    expect(built.request.childShouldAttend).toBe(true);
    const none = buildRequest({ ...base, family: twoChildren, childShouldAttend: true, childrenComing: [] });
    if (!none.ok) throw new Error(none.message);
    expect(none.request.invitees.map((i) => i.id)).toEqual(['carer0000001']);
    expect(none.request.childShouldAttend).toBe(false);
  });

  it('says what is wrong with a damaged bank holiday or term dates file', () => {
    const noHolidays = buildRequest({ ...base, bankHolidays: {} as FindInputs['bankHolidays'] });
    expect(noHolidays.ok).toBe(false);
    const noTerms = buildRequest({ ...base, termDates: {} as FindInputs['termDates'] });
    expect(noTerms.ok).toBe(false);
  });

  it('keeps the routine of someone a safety flag protects private', () => {
    const flagged = { ...family, safetyFlags: [{ ...({} as (typeof family.safetyFlags)[number]), subjectId: 'carer0000001' }] };
    expect(familyPeople(flagged).find((p) => p.id === 'carer0000001')?.keepPrivate).toBe(true);
    expect(familyPeople(family).map((p) => [p.name, p.role])).toEqual([
      ['Jo Shaw', 'Mum'],
      ['Sam Shaw', 'Child'],
    ]);
  });

  describe('children come exactly when the child should attend', () => {
    // Sam says no evenings; Jo works until 17:00 and says evenings are fine.
    const timetable: FindInputs['timetable'] = {
      id: 'family000001',
      familyId: 'family000001',
      updatedAt: '',
      members: {
        carer0000001: { busy: [{ days: ['monday', 'tuesday', 'wednesday', 'thursday', 'friday'], start: '09:00', end: '17:00', label: 'Work', kind: 'work' }], preferred: [], unavailable: [], eveningsAcceptable: true, weekendsAcceptable: false },
        child0000001: { busy: [], preferred: [], unavailable: [], eveningsAcceptable: false, weekendsAcceptable: false },
      },
    };

    it('leaves a child out when they are not coming, even if the list names them, so their answers do not narrow the times', () => {
      const built = buildRequest({ ...base, timetable, invited: ['carer0000001', 'child0000001'], childShouldAttend: false });
      if (!built.ok) throw new Error(built.message);
      expect(built.request.invitees.map((i) => i.id)).toEqual(['carer0000001']);
      expect(built.request.familyPreferences?.eveningsAcceptable).toBe(true);
      const result = findSlots(built.request);
      expect(result.reason).toBeNull();
      expect(result.slots.length).toBeGreaterThan(0);
    });

    it('counts a child who should come, even if the list leaves them out', () => {
      const built = buildRequest({ ...base, timetable, invited: ['carer0000001'], childShouldAttend: true });
      if (!built.ok) throw new Error(built.message);
      expect(built.request.invitees.map((i) => i.id)).toEqual(['carer0000001', 'child0000001']);
      expect(built.request.familyPreferences?.eveningsAcceptable).toBe(false);
    });

    it('lists the family invited: the carers ticked, and the children only when they should come', () => {
      const people = familyPeople(family);
      expect(familyInvited(people, ['carer0000001'], false)).toEqual(['carer0000001']);
      expect(familyInvited(people, ['carer0000001', 'child0000001'], false)).toEqual(['carer0000001']);
      expect(familyInvited(people, [], true)).toEqual(['child0000001']);
      expect(familyInvited(people, ['carer0000001'], true)).toEqual(['carer0000001', 'child0000001']);
    });
  });
});
