import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TeamAroundDatabase } from '../../renderer/data/db';
import { createAuditRepository } from '../../renderer/data/repositories/audit';
import { createCalendarSettings, SHIPPED_TERM_DATES } from '../../renderer/data/repositories/settings';
import { createTimetableRepository } from '../../renderer/data/repositories/timetables';
import { createUnavailabilityRepository } from '../../renderer/data/repositories/unavailability';
import type { FamilyMemberTimetable } from '../../shared/domain/timetable';

let db: TeamAroundDatabase;
let n = 0;
const NOW = () => new Date('2026-11-23T10:00:00Z');

beforeEach(async () => {
  n += 1;
  db = new TeamAroundDatabase(`timetable-test-${n}`);
  await db.open();
});

afterEach(async () => {
  db.close();
  await db.delete();
});

const mumsWeek: FamilyMemberTimetable = {
  busy: [{ days: ['monday', 'tuesday'], start: '09:00', end: '17:00', label: 'Work', kind: 'work' }],
  preferred: [],
  unavailable: [{ date: '2026-12-03', label: 'Hospital appointment' }],
  eveningsAcceptable: true,
  weekendsAcceptable: false,
};

describe('the family timetable repository', () => {
  it('keeps one record per family, replacing it on each save, and audits create then update', async () => {
    const repo = createTimetableRepository(db, createAuditRepository(db, () => 'Test chair'), NOW);
    expect(await repo.forFamily('family000001')).toBeUndefined();
    const first = await repo.save('family000001', { carer0000001: mumsWeek });
    expect(first.ok).toBe(true);
    const second = await repo.save('family000001', { carer0000001: { ...mumsWeek, eveningsAcceptable: false }, child0000001: { ...mumsWeek, busy: [] } });
    expect(second.ok).toBe(true);
    expect(await db.timetables.count()).toBe(1);
    const stored = await repo.forFamily('family000001');
    expect(stored?.members.carer0000001?.eveningsAcceptable).toBe(false);
    expect(Object.keys(stored?.members ?? {})).toEqual(['carer0000001', 'child0000001']);
    expect(stored?.updatedAt).toBe('2026-11-23T10:00:00.000Z');
    const audit = await db.audit.toArray();
    expect(audit.map((a) => [a.action, a.recordType, a.familyId])).toEqual([
      ['create', 'timetable', 'family000001'],
      ['update', 'timetable', 'family000001'],
    ]);
  });

  it('refuses a timetable with an end before its start, naming the person and field, and writes nothing', async () => {
    const repo = createTimetableRepository(db, createAuditRepository(db, () => 'Test chair'), NOW);
    const bad = { ...mumsWeek, busy: [{ ...mumsWeek.busy[0], start: '17:00', end: '09:00' }] };
    const result = await repo.save('family000001', { carer0000001: bad });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toEqual({ path: 'members.carer0000001.busy.0.end', message: expect.stringContaining('The end time must be after the start time') });
    expect(await db.timetables.count()).toBe(0);
    expect(await db.audit.count()).toBe(0);
  });
});

describe('the practitioner unavailability repository', () => {
  it('keeps one record per practitioner and lists them all', async () => {
    const repo = createUnavailabilityRepository(db, NOW);
    const clinic = { busy: [{ days: ['wednesday'], start: '09:00', end: '12:00', label: 'Clinic', kind: 'work' }], unavailable: [] };
    expect((await repo.save('practitioner01', clinic)).ok).toBe(true);
    expect((await repo.save('practitioner01', { ...clinic, unavailable: [{ date: '2026-12-24', label: 'Annual leave' }] })).ok).toBe(true);
    expect((await repo.save('practitioner02', clinic)).ok).toBe(true);
    expect(await repo.list()).toHaveLength(2);
    expect((await repo.forPractitioner('practitioner01'))?.unavailable).toEqual([{ date: '2026-12-24', label: 'Annual leave' }]);
  });

  it('refuses a day that is not a day of the week', async () => {
    const repo = createUnavailabilityRepository(db, NOW);
    const result = await repo.save('practitioner01', { busy: [{ days: ['funday'], start: '09:00', end: '12:00', label: 'Clinic', kind: 'work' }], unavailable: [] });
    expect(result.ok).toBe(false);
    expect(await db.unavailability.count()).toBe(0);
  });
});

describe('calendar settings', () => {
  it('start from the shipped templates, keep edited term dates, and reset', async () => {
    const calendar = createCalendarSettings(db);
    expect((await calendar.bankHolidays()).events.some((e) => e.date === '2026-12-25')).toBe(true);
    expect(await calendar.termDates()).toEqual({ file: SHIPPED_TERM_DATES, shipped: true });
    const edited = { area: 'Leeds', years: [{ academicYear: '2026/27', terms: [{ name: 'Autumn term', start: '2026-09-03', end: '2026-12-11' }] }] };
    expect((await calendar.saveTermDates(edited)).ok).toBe(true);
    expect(await calendar.termDates()).toEqual({ file: edited, shipped: false });
    await calendar.resetTermDates();
    expect((await calendar.termDates()).shipped).toBe(true);
  });

  it('refuse overlapping terms with a plain message and keep what was there', async () => {
    const calendar = createCalendarSettings(db);
    const overlapping = {
      years: [
        {
          academicYear: '2026/27',
          terms: [
            { name: 'Autumn term', start: '2026-09-03', end: '2026-12-18' },
            { name: 'Winter term', start: '2026-12-01', end: '2027-01-20' },
          ],
        },
      ],
    };
    const result = await calendar.saveTermDates(overlapping);
    expect(result).toEqual({ ok: false, message: expect.stringContaining('overlaps') });
    expect((await calendar.termDates()).shipped).toBe(true);
  });
});
