/**
 * Changes an area makes to its bank holiday list: add one (a local holiday, or one the government
 * announced after the app shipped), move one to another date, or take one off. Pure: each returns
 * the new list, sorted by date, or a message for the field it concerns.
 */
import type { BankHolidayEvent, BankHolidayFile } from './calendar-data';
import { formatLongDate, parseUkDate, type IsoDate } from './dates';

export type BankHolidayEdit = { ok: true; file: BankHolidayFile; date: IsoDate } | { ok: false; field: 'date' | 'title'; message: string };

/** Marks a holiday the area added, so the list can say so. */
export const LOCAL_HOLIDAY_NOTE = 'Added by the area';

const byDate = (events: readonly BankHolidayEvent[]) => [...events].sort((a, b) => a.date.localeCompare(b.date));

function taken(file: BankHolidayFile, date: IsoDate, except?: IsoDate): BankHolidayEvent | undefined {
  return file.events.find((e) => e.date === date && e.date !== except);
}

export function addBankHoliday(file: BankHolidayFile, input: { date: string; title: string }): BankHolidayEdit {
  const parsed = parseUkDate(input.date);
  if (!parsed.ok) return { ok: false, field: 'date', message: parsed.message };
  const title = input.title.trim();
  if (title === '') return { ok: false, field: 'title', message: 'Enter the name of the holiday, for example Local election day' };
  if (title.length > 200) return { ok: false, field: 'title', message: 'The name must be 200 characters or fewer' };
  const clash = taken(file, parsed.date);
  if (clash) return { ok: false, field: 'date', message: `${formatLongDate(parsed.date)} is already on the list: ${clash.title}` };
  const event: BankHolidayEvent = { date: parsed.date, title, notes: LOCAL_HOLIDAY_NOTE, bunting: false };
  return { ok: true, file: { ...file, events: byDate([...file.events, event]) }, date: parsed.date };
}

export function moveBankHoliday(file: BankHolidayFile, from: IsoDate, to: string): BankHolidayEdit {
  const event = file.events.find((e) => e.date === from);
  if (!event) return { ok: false, field: 'date', message: 'That holiday is no longer on the list' };
  const parsed = parseUkDate(to);
  if (!parsed.ok) return { ok: false, field: 'date', message: parsed.message };
  const clash = taken(file, parsed.date, from);
  if (clash) return { ok: false, field: 'date', message: `${formatLongDate(parsed.date)} is already on the list: ${clash.title}` };
  const events = file.events.map((e) => (e.date === from ? { ...e, date: parsed.date } : e));
  return { ok: true, file: { ...file, events: byDate(events) }, date: parsed.date };
}

/** Takes a holiday off the list; the list always keeps at least one. */
export function removeBankHoliday(file: BankHolidayFile, date: IsoDate): BankHolidayEdit {
  if (!file.events.some((e) => e.date === date)) return { ok: false, field: 'date', message: 'That holiday is no longer on the list' };
  if (file.events.length === 1) return { ok: false, field: 'date', message: 'The list needs at least one holiday: add another before taking this one off' };
  return { ok: true, file: { ...file, events: file.events.filter((e) => e.date !== date) }, date };
}
