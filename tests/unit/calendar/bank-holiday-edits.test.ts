import { describe, expect, it } from 'vitest';
import { addBankHoliday, LOCAL_HOLIDAY_NOTE, moveBankHoliday, removeBankHoliday } from '../../../shared/rules/bank-holiday-edits';
import type { BankHolidayFile } from '../../../shared/rules/calendar-data';

const FILE: BankHolidayFile = {
  division: 'england-and-wales',
  events: [
    { date: '2026-12-25', title: 'Christmas Day', notes: '', bunting: true },
    { date: '2027-01-01', title: 'New Year’s Day', notes: '', bunting: true },
  ],
};

describe('bank holiday edits', () => {
  it('adds a local holiday in date order, marked as the area’s', () => {
    const edit = addBankHoliday(FILE, { date: '28/12/2026', title: ' Kirkby Carnival Day ' });
    expect(edit).toMatchObject({ ok: true, date: '2026-12-28' });
    if (!edit.ok) return;
    expect(edit.file.events.map((e) => e.date)).toEqual(['2026-12-25', '2026-12-28', '2027-01-01']);
    expect(edit.file.events[1]).toEqual({ date: '2026-12-28', title: 'Kirkby Carnival Day', notes: LOCAL_HOLIDAY_NOTE, bunting: false });
  });

  it('names the field at fault: an impossible date, a date already taken, no name', () => {
    expect(addBankHoliday(FILE, { date: '31/02/2027', title: 'X' })).toEqual({ ok: false, field: 'date', message: 'That date does not exist: this month has 28 days' });
    expect(addBankHoliday(FILE, { date: '25/12/2026', title: 'X' })).toEqual({ ok: false, field: 'date', message: '25 December 2026 is already on the list: Christmas Day' });
    expect(addBankHoliday(FILE, { date: '28/12/2026', title: '  ' })).toMatchObject({ ok: false, field: 'title' });
  });

  it('moves a holiday, keeping its name, and refuses a date already taken', () => {
    const moved = moveBankHoliday(FILE, '2027-01-01', '04/01/2027');
    expect(moved.ok && moved.file.events.map((e) => [e.date, e.title])).toEqual([
      ['2026-12-25', 'Christmas Day'],
      ['2027-01-04', 'New Year’s Day'],
    ]);
    expect(moveBankHoliday(FILE, '2027-01-01', '25/12/2026')).toMatchObject({ ok: false, field: 'date' });
    expect(moveBankHoliday(FILE, '2027-05-01', '04/05/2027')).toMatchObject({ ok: false, message: 'That holiday is no longer on the list' });
  });

  it('takes a holiday off, but never the last one', () => {
    const removed = removeBankHoliday(FILE, '2026-12-25');
    expect(removed.ok && removed.file.events.map((e) => e.date)).toEqual(['2027-01-01']);
    if (!removed.ok) return;
    expect(removeBankHoliday(removed.file, '2027-01-01')).toMatchObject({ ok: false });
  });
});
